package vocabtest

import (
	"github.com/google/go-cmp/cmp"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// CmpOptions returns the go-cmp options for comparing values that contain
// vocab types. Date, Ratio and *Path compare through their Equal methods,
// which go-cmp uses automatically, and Period through its exported Date
// fields. The options add a view of *Problem that compares its path with
// Path.Equal and its Cause by message, so expected and actual problem lists
// diff field by field:
//
//	if diff := cmp.Diff(want, got, vocabtest.CmpOptions()...); diff != "" { ... }
func CmpOptions() []cmp.Option {
	return []cmp.Option{cmp.Transformer("vocab.Problem", problemOf)}
}

// problemView is the comparable content of a *vocab.Problem.
type problemView struct {
	Nil      bool
	Path     *vocab.Path
	Type     vocab.ProblemType
	Severity vocab.Severity
	Value    any
	Detail   string
	Allowed  []string
	Cause    string
}

func problemOf(p *vocab.Problem) problemView {
	if p == nil {
		return problemView{Nil: true}
	}
	v := problemView{Path: p.Path, Type: p.Type, Severity: p.Severity, Value: p.Value, Detail: p.Detail, Allowed: p.Allowed}
	if p.Cause != nil {
		v.Cause = p.Cause.Error()
	}
	return v
}
