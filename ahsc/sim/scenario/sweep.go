package scenario

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Point is one scenario of a sweep.
type Point struct {
	// Index is the point's position in the grid, from 0, the first axis
	// varying slowest.
	Index int
	// Values holds each axis's value at this point, in axis order.
	Values []vocab.Ratio
	// Scenario is the base scenario with the values applied and no sweep.
	Scenario *Scenario
}

// Points expands the sweep into its scenario points in grid order (the
// first axis varies slowest). A scenario without a sweep has one point, a
// copy of itself. It returns a [vocab.Problems] error when s is invalid.
func (s *Scenario) Points() ([]Point, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return s.points()
}

// NumPoints returns the number of grid points: the product of the axes'
// value counts (1 without a sweep), or -1 when it exceeds [MaxPoints].
func (s *Scenario) NumPoints() int {
	n := 1
	for _, a := range s.Sweep {
		if len(a.Values) == 0 {
			return 0
		}
		if n > MaxPoints/len(a.Values) {
			return -1
		}
		n *= len(a.Values)
	}
	return n
}

func (s *Scenario) points() ([]Point, error) {
	n := s.NumPoints()
	if n < 0 {
		return nil, fmt.Errorf("scenario: more than %d points", MaxPoints)
	}
	base := s.Clone()
	base.Sweep = nil
	out := make([]Point, 0, n)
	idx := make([]int, len(s.Sweep))
	for i := range n {
		p := Point{Index: i, Values: make([]vocab.Ratio, len(s.Sweep)), Scenario: base.Clone()}
		for a, ax := range s.Sweep {
			p.Values[a] = ax.Values[idx[a]]
			if err := p.Scenario.Set(ax.Parameter, p.Values[a]); err != nil {
				return nil, err
			}
		}
		out = append(out, p)
		for a := len(idx) - 1; a >= 0; a-- {
			if idx[a]++; idx[a] < len(s.Sweep[a].Values) {
				break
			}
			idx[a] = 0
		}
	}
	return out, nil
}

// reservedColumns are the output columns an axis name must not repeat.
var reservedColumns = []string{"scenario", "point", "replication", "seed", "period", "metric", "value", "unit",
	"replications", "mean", "sd"}

// errNoParameter and errNotNumber classify [Scenario.Set] failures.
var (
	errNoParameter = errors.New("no such parameter")
	errNotNumber   = errors.New("not a number parameter")
)

// Set sets the number parameter at the JSON Pointer ptr (such as
// "/queue/slotsPerWeek") to v. The parameter must exist (a component that
// is absent has no parameters), lie outside the sweep, and be a
// [vocab.Ratio] or a whole-number count, in which case v must be whole.
func (s *Scenario) Set(ptr string, v vocab.Ratio) error {
	f, err := s.field(ptr)
	if err != nil {
		return err
	}
	switch {
	case f.Type() == reflect.TypeFor[vocab.Ratio]():
		f.Set(reflect.ValueOf(v))
	case f.Kind() == reflect.Int:
		if v.Den() != 1 || v.Num() > math.MaxInt32 || v.Num() < math.MinInt32 {
			return fmt.Errorf("%s is a count: %s is not a whole number (at most 2147483647 in magnitude)", ptr, v)
		}
		f.SetInt(v.Num())
	default:
		return fmt.Errorf("%s: %w", ptr, errNotNumber)
	}
	return nil
}

// field resolves ptr to a settable field of s.
func (s *Scenario) field(ptr string) (reflect.Value, error) {
	if ptr == "" || ptr[0] != '/' {
		return reflect.Value{}, fmt.Errorf("%q is not a JSON Pointer: want a leading \"/\"", ptr)
	}
	tokens := strings.Split(ptr[1:], "/")
	for i, t := range tokens {
		tokens[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
	}
	if tokens[0] == "sweep" {
		return reflect.Value{}, fmt.Errorf("%s: a sweep cannot set its own axes: %w", ptr, errNoParameter)
	}
	v := reflect.ValueOf(s).Elem()
	for i, tok := range tokens {
		at := "/" + strings.Join(tokens[:i+1], "/")
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				return reflect.Value{}, fmt.Errorf("%s is absent: %w", strings.TrimSuffix(at, "/"+tok), errNoParameter)
			}
			v = v.Elem()
		}
		switch v.Kind() {
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[vocab.Ratio]() {
				return reflect.Value{}, fmt.Errorf("%s: %w", at, errNoParameter)
			}
			f, ok := jsonField(v, tok)
			if !ok {
				return reflect.Value{}, fmt.Errorf("%s: %w", at, errNoParameter)
			}
			v = f
		case reflect.Slice:
			n, err := strconv.Atoi(tok)
			if err != nil || n < 0 || n >= v.Len() || strconv.Itoa(n) != tok {
				return reflect.Value{}, fmt.Errorf("%s: %w (index out of range)", at, errNoParameter)
			}
			v = v.Index(n)
		default:
			return reflect.Value{}, fmt.Errorf("%s: %w", at, errNoParameter)
		}
	}
	for v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return reflect.Value{}, fmt.Errorf("%s is absent: %w", ptr, errNoParameter)
		}
		v = v.Elem()
	}
	if v.Type() != reflect.TypeFor[vocab.Ratio]() && v.Kind() != reflect.Int {
		return reflect.Value{}, fmt.Errorf("%s: %w", ptr, errNotNumber)
	}
	return v, nil
}

// jsonField returns the field of struct v whose JSON name is name.
func jsonField(v reflect.Value, name string) (reflect.Value, bool) {
	t := v.Type()
	for i := range t.NumField() {
		tag, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if tag == name && t.Field(i).IsExported() {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// sweepProblems checks the axes, then each value applied alone to the
// base scenario, then each combination none of whose values failed alone.
func (s *Scenario) sweepProblems() vocab.Problems {
	if len(s.Sweep) == 0 {
		return nil
	}
	sp := vocab.NewPath("sweep")
	var ps vocab.Problems
	if len(s.Sweep) > MaxAxes {
		return ps.Add(vocab.OutOfRange(sp, len(s.Sweep), "at most "+strconv.Itoa(MaxAxes)+" axes"))
	}
	base := s.Clone()
	base.Sweep = nil
	baseOK := !base.collectBase(&vocab.Collector{Limit: 1}).HasErrors()
	names := map[AxisID]bool{}
	params := map[string]bool{}
	bad := make([][]bool, len(s.Sweep)) // bad[a][j]: value j of axis a fails alone
	axesOK := true
	for a, ax := range s.Sweep {
		ap := sp.Index(a)
		bad[a] = make([]bool, len(ax.Values))
		if pr := vocab.CheckID(ap.Child("name"), ax.Name, true); pr != nil {
			ps = ps.Add(pr)
		} else if names[ax.Name] {
			ps = ps.Add(vocab.Duplicate(ap.Child("name"), string(ax.Name), "axis names must be unique"))
		} else if slices.Contains(reservedColumns, string(ax.Name)) {
			ps = ps.Add(&vocab.Problem{Path: ap.Child("name"), Type: vocab.ErrForbidden, Severity: vocab.SeverityError,
				Value: string(ax.Name), Detail: "an axis name is an output column and must differ from the fixed columns: " +
					strings.Join(reservedColumns, ", ")})
		}
		names[ax.Name] = true
		pp := ap.Child("parameter")
		paramOK := true
		switch _, err := base.field(ax.Parameter); {
		case ax.Parameter == "":
			ps = ps.Add(vocab.Required(pp, `a JSON Pointer to a number in the scenario, such as "/queue/slotsPerWeek"`))
			paramOK = false
		case err != nil:
			ps = ps.Add(&vocab.Problem{Path: pp, Type: vocab.ErrNotFound, Severity: vocab.SeverityError,
				Value: ax.Parameter, Detail: err.Error() + "; a sweep sets a ratio or count that the scenario has, outside the sweep"})
			paramOK = false
		case params[ax.Parameter]:
			ps = ps.Add(vocab.Duplicate(pp, ax.Parameter, "each parameter may be swept by one axis only"))
			paramOK = false
		}
		params[ax.Parameter] = true
		vp := ap.Child("values")
		switch {
		case len(ax.Values) == 0:
			ps = ps.Add(vocab.Required(vp, "at least one value"))
			axesOK = false
		case len(ax.Values) > MaxValuesPerAxis:
			ps = ps.Add(vocab.OutOfRange(vp, len(ax.Values), "at most "+strconv.Itoa(MaxValuesPerAxis)+" values an axis"))
			axesOK = false
			continue
		}
		seen := map[vocab.Ratio]bool{}
		for j, v := range ax.Values {
			if seen[v] {
				ps = ps.Add(vocab.Duplicate(vp.Index(j), v.String(), "the values of an axis must be distinct"))
				bad[a][j] = true
			}
			seen[v] = true
		}
		if !paramOK {
			axesOK = false
			continue
		}
		if !baseOK {
			continue // the base's own errors come first; its size is not yet bounded
		}
		for j, v := range ax.Values {
			if bad[a][j] {
				continue
			}
			c := base.Clone()
			if err := c.Set(ax.Parameter, v); err != nil {
				ps = ps.Add(vocab.Invalid(vp.Index(j), v.String(), err.Error()))
				bad[a][j] = true
				continue
			}
			for _, pr := range c.baseProblems().Errors() {
				ps = ps.Add(valueProblem(vp.Index(j), v, pr))
				bad[a][j] = true
			}
		}
	}
	if !axesOK || !baseOK {
		return ps
	}
	n := s.NumPoints()
	if n < 0 {
		return ps.Add(vocab.OutOfRange(sp, "more than "+strconv.Itoa(MaxPoints),
			"a sweep has at most "+strconv.Itoa(MaxPoints)+" points (the product of the axes' value counts)"))
	}
	if ps.HasErrors() {
		return ps
	}
	points, err := s.points()
	if err != nil {
		return ps.Add(vocab.Invalid(sp, nil, err.Error()))
	}
	notes := 0
	for _, p := range points {
		errs := p.Scenario.baseProblems().Errors()
		if len(errs) == 0 {
			continue
		}
		if notes++; notes > maxCombinationNotes {
			break
		}
		var desc []string
		for a, ax := range s.Sweep {
			desc = append(desc, string(ax.Name)+"="+p.Values[a].String())
		}
		for _, pr := range errs {
			ps = ps.Add(&vocab.Problem{Path: sp, Type: pr.Type, Severity: vocab.SeverityError,
				Value:  strings.Join(desc, ", "),
				Detail: fmt.Sprintf("point %d is invalid at %s: %s", p.Index, pr.Pointer(), pr.Error())})
		}
	}
	return ps
}

// valueProblem reports at p that axis value v makes the scenario invalid
// as pr says.
func valueProblem(p *vocab.Path, v vocab.Ratio, pr *vocab.Problem) *vocab.Problem {
	return &vocab.Problem{Path: p, Type: pr.Type, Severity: vocab.SeverityError, Value: v.String(),
		Detail: "makes the scenario invalid at " + pr.Pointer() + ": " + pr.Error(), Allowed: pr.Allowed}
}
