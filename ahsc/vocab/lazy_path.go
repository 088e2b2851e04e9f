package vocab

// LazyPath is a path described but not yet built: a base [Path] and up to
// three more steps of a field name and an optional list index below it
// ("awards[3]", "conditions[0]", "programmes[2]"), held by value. Building a
// [Path] allocates one node per step; a validator that needs a location
// only when it finds a problem passes a LazyPath and calls [LazyPath.Path]
// then, so that valid input allocates no paths. The zero LazyPath is the
// document root. Deeper paths are built into the base as they grow.
type LazyPath struct {
	base *Path
	// n0, n1, n2 are the steps' field names ("" for none), i0, i1, i2
	// their list indexes plus one (0 for none); n counts the steps.
	n0, n1, n2 string
	i0, i1, i2 int
	n          int
}

const lazySteps = 3

// LazyAt returns the lazy path of base itself.
func LazyAt(base *Path) LazyPath { return LazyPath{base: base} }

// LazyPathOf returns the lazy path of a top-level field, as [NewPath] does.
func LazyPathOf(name string) LazyPath { return LazyPath{n0: name, n: 1} }

// LazySteps returns the lazy path of three steps from the root, each a
// field name ("" for none) followed by a list index (−1 for none), in one
// step, for iterators that describe many paths:
//
//	vocab.LazySteps("awards", 3, "allocations", 1, "programme", -1)
//
// is vocab.LazyPathOf("awards").Index(3).Child("allocations").Index(1).Child("programme").
func LazySteps(n0 string, i0 int, n1 string, i1 int, n2 string, i2 int) LazyPath {
	return LazyPath{n0: n0, n1: n1, n2: n2, i0: max(i0, -1) + 1, i1: max(i1, -1) + 1, i2: max(i2, -1) + 1, n: 3}
}

// Child returns the lazy path of field name below l.
func (l LazyPath) Child(name string) LazyPath {
	switch l.n {
	case 0:
		l.n0 = name
	case 1:
		l.n1 = name
	case 2:
		l.n2 = name
	default:
		return LazyPath{base: l.Path(), n0: name, n: 1}
	}
	l.n++
	return l
}

// Index returns the lazy path of the i-th element of the list at l.
func (l LazyPath) Index(i int) LazyPath {
	if l.n == 0 || l.index(l.n-1) != 0 { // at the root or after an index: a step with no name
		if l.n == lazySteps {
			return LazyAt(l.Path().Index(i))
		}
		l.n++
	}
	switch l.n {
	case 1:
		l.i0 = i + 1
	case 2:
		l.i1 = i + 1
	default:
		l.i2 = i + 1
	}
	return l
}

// index returns step k's list index plus one, 0 for none.
func (l *LazyPath) index(k int) int {
	switch k {
	case 0:
		return l.i0
	case 1:
		return l.i1
	}
	return l.i2
}

// Path builds the path l describes.
func (l LazyPath) Path() *Path {
	p := l.base
	for k := range l.n {
		if name := [lazySteps]string{l.n0, l.n1, l.n2}[k]; name != "" {
			p = p.Child(name)
		}
		if x := l.index(k); x > 0 {
			p = p.Index(x - 1)
		}
	}
	return p
}

// Locate returns p placed at l: its path, relative to l (nil for l itself),
// prefixed with l's path, which is built only here. A nil p stays nil, so
// a check run at the root costs no path unless it finds a problem:
//
//	ps = ps.Add(at.Child("id").Locate(vocab.CheckID(nil, a.ID, true)))
//
// It changes p in place; use it on problems just made.
func (l LazyPath) Locate(p *Problem) *Problem {
	if p != nil {
		p.Path = l.Path().Concat(p.Path)
	}
	return p
}

// LocateChild is l.Child(name).Locate(p), without building the child's
// lazy path when p is nil: the common case of a check that passes.
//
//	ps = ps.Add(at.LocateChild("id", vocab.CheckID(nil, a.ID, true)))
func (l LazyPath) LocateChild(name string, p *Problem) *Problem {
	if p == nil {
		return nil
	}
	return l.locateChild(name, p)
}

// locateChild is the rest of LocateChild, apart so that the nil test
// inlines and a passing check copies no lazy path.
func (l *LazyPath) locateChild(name string, p *Problem) *Problem { return l.Child(name).Locate(p) }

// LocateAll is [LazyPath.Locate] for each problem of ps, building l's path
// once; it returns ps.
func (l LazyPath) LocateAll(ps Problems) Problems {
	if len(ps) == 0 {
		return ps
	}
	base := l.Path()
	for _, p := range ps {
		if p != nil {
			p.Path = base.Concat(p.Path)
		}
	}
	return ps
}

// LocateAllChild is l.Child(name).LocateAll(ps), without building the
// child's lazy path when ps is empty: the common case of checks that pass.
//
//	ps = ps.Add(at.LocateAllChild("sources", vocab.CheckSources(nil, x.Sources))...)
func (l LazyPath) LocateAllChild(name string, ps Problems) Problems {
	if len(ps) == 0 {
		return ps
	}
	return l.locateAllChild(name, ps)
}

// locateAllChild is the rest of LocateAllChild, apart so that the empty
// test inlines.
func (l *LazyPath) locateAllChild(name string, ps Problems) Problems {
	return l.Child(name).LocateAll(ps)
}
