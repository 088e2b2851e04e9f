package vocab

import (
	"cmp"
	"errors"
	"slices"
	"strconv"
	"strings"
)

// Problems is a list of validation problems in the order they were found.
// Validators append to it; [Problems.Err] turns it into an error that is nil
// when the list holds no errors (warnings alone never fail a document).
type Problems []*Problem

// Add appends the given problems, skipping nils, and returns the list.
func (ps Problems) Add(p ...*Problem) Problems {
	for _, q := range p {
		if q != nil {
			ps = append(ps, q)
		}
	}
	return ps
}

// Err returns the list as an error when it holds at least one error-severity
// problem, and nil otherwise. The returned error is the list itself, so
// errors.As(err, &problems) recovers warnings too.
func (ps Problems) Err() error {
	if ps.HasErrors() {
		return ps
	}
	return nil
}

// HasErrors reports whether any problem has error severity.
func (ps Problems) HasErrors() bool {
	return slices.ContainsFunc(ps, func(p *Problem) bool { return !p.IsWarning() })
}

// Errors returns the error-severity problems.
func (ps Problems) Errors() Problems {
	return slices.DeleteFunc(slices.Clone(ps), (*Problem).IsWarning)
}

// Warnings returns the warning-severity problems.
func (ps Problems) Warnings() Problems {
	return slices.DeleteFunc(slices.Clone(ps), func(p *Problem) bool { return !p.IsWarning() })
}

// WithPath returns a copy of the list with prefix prepended to every path.
func (ps Problems) WithPath(prefix *Path) Problems {
	if prefix == nil {
		return ps
	}
	out := make(Problems, len(ps))
	for i, p := range ps {
		out[i] = p.WithPath(prefix)
	}
	return out
}

// Filter returns the problems of the given type.
func (ps Problems) Filter(t ProblemType) Problems {
	return slices.DeleteFunc(slices.Clone(ps), func(p *Problem) bool { return p.Type != t })
}

// Sorted returns a copy ordered by JSON Pointer, then type, then message: a
// canonical order independent of the order validators ran in.
func (ps Problems) Sorted() Problems {
	type keyed struct {
		p                 *Problem
		ptr, typ, message string
	}
	ks := make([]keyed, len(ps))
	for i, p := range ps {
		ks[i] = keyed{p, p.Pointer(), string(p.Type), p.Error()}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		return cmp.Or(strings.Compare(a.ptr, b.ptr), strings.Compare(a.typ, b.typ),
			strings.Compare(a.message, b.message))
	})
	out := make(Problems, len(ks))
	for i, k := range ks {
		out[i] = k.p
	}
	return out
}

// Error lists the problems, one per line.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].Error()
	}
	var b strings.Builder
	b.WriteString(plural(len(ps), "problem"))
	b.WriteString(":")
	for _, p := range ps {
		b.WriteString("\n  ")
		b.WriteString(p.Error())
	}
	return b.String()
}

// Unwrap returns every problem, so errors.Is and errors.As see through the list.
func (ps Problems) Unwrap() []error {
	errs := make([]error, len(ps))
	for i, p := range ps {
		errs[i] = p
	}
	return errs
}

// ProblemsOf returns the problems inside err: the list itself when err wraps
// a Problems, a single problem when it wraps one, and nil otherwise.
func ProblemsOf(err error) Problems {
	if ps, ok := errors.AsType[Problems](err); ok {
		return ps
	}
	if p, ok := errors.AsType[*Problem](err); ok {
		return Problems{p}
	}
	return nil
}

func plural(n int, noun string) string {
	s := strconv.Itoa(n) + " " + noun
	if n != 1 {
		s += "s"
	}
	return s
}
