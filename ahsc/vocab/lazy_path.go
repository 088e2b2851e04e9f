package vocab

// LazyPath is a path described but not yet built: a base [Path] and up to
// four more steps of a field name and an optional list index below it
// ("awards[3]", "conditions[0]", "programmes[2]"), held by value. Building a
// [Path] allocates one node per step; a validator that needs a location
// only when it finds a problem passes a LazyPath and calls [LazyPath.Path]
// then, so that valid input allocates no paths. The zero LazyPath is the
// document root. Deeper paths are built into the base as they grow.
type LazyPath struct {
	base  *Path
	n     int
	steps [lazySteps]lazyStep
}

const lazySteps = 4

// lazyStep is a field name (none when "") followed, when index ≥ 0, by a
// list index.
type lazyStep struct {
	name  string
	index int
}

// LazyAt returns the lazy path of base itself.
func LazyAt(base *Path) LazyPath { return LazyPath{base: base} }

// LazyPathOf returns the lazy path of a top-level field, as [NewPath] does.
func LazyPathOf(name string) LazyPath { return LazyPath{}.Child(name) }

// Child returns the lazy path of field name below l.
func (l LazyPath) Child(name string) LazyPath {
	if l.n == lazySteps {
		l = l.rebased()
	}
	l.steps[l.n] = lazyStep{name: name, index: -1}
	l.n++
	return l
}

// Index returns the lazy path of the i-th element of the list at l.
func (l LazyPath) Index(i int) LazyPath {
	if l.n > 0 && l.steps[l.n-1].index < 0 {
		l.steps[l.n-1].index = i
		return l
	}
	if l.n == lazySteps {
		l = l.rebased()
	}
	l.steps[l.n] = lazyStep{index: i}
	l.n++
	return l
}

// rebased returns l with its steps built into its base, to make room.
//
//go:noinline
func (l LazyPath) rebased() LazyPath { return LazyPath{base: l.Path()} }

// Path builds the path l describes.
func (l LazyPath) Path() *Path {
	p := l.base
	for _, s := range l.steps[:l.n] {
		if s.name != "" {
			p = p.Child(s.name)
		}
		if s.index >= 0 {
			p = p.Index(s.index)
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
