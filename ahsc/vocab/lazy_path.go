package vocab

import "math"

// LazyPath is a path described but not yet built: a base [Path] and up to
// three more steps of a field name and an optional list index below it
// ("awards[3]", "conditions[0]", "programmes[2]"), held by value. Building a
// [Path] allocates one node per step; a validator that needs a location
// only when it finds a problem passes a LazyPath and calls [LazyPath.Path]
// then, so that valid input allocates no paths. The zero LazyPath is the
// document root. Deeper paths are built into the base as they grow.
//
// A LazyPath is nine machine words with no arrays, so that it travels in
// registers: taking a step copies no memory.
type LazyPath struct {
	base *Path
	// n0, n1, n2 are the steps' field names ("" for none).
	n0, n1, n2 string
	// i01 holds steps 0 and 1's list indexes plus one (0 for none) in its
	// low and high 32 bits; i2n holds step 2's likewise in its low 32 bits
	// and the number of steps in its high bits.
	i01, i2n uint64
}

// LazyAt returns the lazy path of base itself.
func LazyAt(base *Path) LazyPath { return LazyPath{base: base} }

// LazyPathOf returns the lazy path of a top-level field, as [NewPath] does.
func LazyPathOf(name string) LazyPath { return LazyPath{n0: name, i2n: 1 << 32} }

// steps returns the number of steps l holds.
func (l *LazyPath) steps() uint64 { return l.i2n >> 32 }

// index returns step k's list index plus one, 0 for none.
func (l *LazyPath) index(k uint64) uint64 {
	switch k {
	case 0:
		return l.i01 & math.MaxUint32
	case 1:
		return l.i01 >> 32
	}
	return l.i2n & math.MaxUint32
}

// Child returns the lazy path of field name below l.
func (l LazyPath) Child(name string) LazyPath {
	switch l.steps() {
	case 0:
		l.n0 = name
	case 1:
		l.n1 = name
	case 2:
		l.n2 = name
	default:
		return LazyPath{base: l.Path(), n0: name, i2n: 1 << 32}
	}
	l.i2n += 1 << 32
	return l
}

// Index returns the lazy path of the i-th element of the list at l.
func (l LazyPath) Index(i int) LazyPath {
	k := l.steps()
	if uint64(i) >= math.MaxUint32 || k == 3 && l.i2n&math.MaxUint32 != 0 {
		return LazyAt(l.Path().Index(i)) // too large to hold, or no step left
	}
	if k == 0 || l.index(k-1) != 0 { // at the root or after an index: a step with no name
		l.i2n += 1 << 32
		k++
	}
	switch x := uint64(i) + 1; k {
	case 1:
		l.i01 |= x
	case 2:
		l.i01 |= x << 32
	default:
		l.i2n |= x
	}
	return l
}

// Path builds the path l describes.
func (l LazyPath) Path() *Path {
	p := l.base
	for k := range l.steps() {
		if name := [3]string{l.n0, l.n1, l.n2}[k]; name != "" {
			p = p.Child(name)
		}
		if x := l.index(k); x != 0 {
			p = p.Index(int(x - 1))
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
