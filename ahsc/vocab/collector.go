package vocab

import "strconv"

// Collector gathers the problems of one validation, listing at most Limit
// of them and counting the rest, so that validating hostile input (a
// million empty list elements) keeps a list of bounded length whatever the
// input holds. The zero Collector lists every problem.
//
// Validators take a *Collector, add to it and return it, in the style of
// append, so that they read as list-building code does:
//
//	func (s *Seat) problems(ps *vocab.Collector, at *vocab.Path) *vocab.Collector {
//		ps = ps.Add(vocab.CheckID(at.Child("id"), s.ID, true))
//		return vocab.CollectSources(ps, at.Child("sources"), s.Sources)
//	}
//
// Past the limit a problem costs what it took to build it and is then
// dropped; counting goes on, so the closing problem of [Collector.Problems]
// says exactly how many more were found. The documents' CollectProblems
// methods (ahsc.Centre, governance.Document, programme.Portfolio,
// funding.Ledger, funding.Policy, scenario.Scenario) take one, and their
// Problems methods are CollectProblems into the zero Collector. A Collector
// is not safe for concurrent use.
type Collector struct {
	// Limit is the most problems listed; 0 (or negative) lists every
	// problem. On a collector returned by [Collector.WithPath] it is
	// ignored: the collector it came from holds the limit and the list.
	Limit int

	root       *Collector // the collector a WithPath view adds to; nil for a root
	prefix     *Path
	list       Problems
	more       int  // problems found past the limit
	moreErrors bool // whether any of them is an error
}

// Add adds the problems, skipping nils, and returns c. Past the limit the
// problems are counted, not kept.
func (c *Collector) Add(ps ...*Problem) *Collector {
	r := c.rootOf()
	for _, p := range ps {
		switch {
		case p == nil:
		case r.Limit > 0 && len(r.list) >= r.Limit:
			r.more++
			r.moreErrors = r.moreErrors || !p.IsWarning()
		case c.prefix != nil:
			r.list = append(r.list, p.WithPath(c.prefix))
		default:
			r.list = append(r.list, p)
		}
	}
	return c
}

// WithPath returns a collector that adds to c with prefix prepended to
// every path, for the problems of an embedded document or a part checked
// at paths relative to itself. It shares c's limit, list and count.
func (c *Collector) WithPath(prefix *Path) *Collector {
	if prefix == nil {
		return c
	}
	return &Collector{root: c.rootOf(), prefix: c.prefix.Concat(prefix)}
}

// Len returns the number of problems found: those listed and those
// counted past the limit.
func (c *Collector) Len() int {
	r := c.rootOf()
	return len(r.list) + r.more
}

// Full reports whether the limit has been reached, so that further
// problems are only counted.
func (c *Collector) Full() bool {
	r := c.rootOf()
	return r.Limit > 0 && len(r.list) >= r.Limit
}

// HasErrors reports whether any problem found, listed or counted, is an
// error.
func (c *Collector) HasErrors() bool {
	r := c.rootOf()
	return r.moreErrors || r.list.HasErrors()
}

// Problems returns the problems listed, in the order they were added, and,
// when more were found than the limit, one closing [ErrOutOfRange] problem
// at the root saying how many more: "stopped listing after 100 problems;
// 3999900 more found". The closing problem is an error unless every
// problem found is a warning, so that many warnings alone never fail a
// document. It returns the whole list of the collector c was derived from.
func (c *Collector) Problems() Problems {
	r := c.rootOf()
	if r.more == 0 {
		return r.list
	}
	p := OutOfRange(nil, nil, "stopped listing after "+plural(len(r.list), "problem")+"; "+
		strconv.Itoa(r.more)+" more found")
	if !r.HasErrors() {
		p.AsWarning()
	}
	out := make(Problems, len(r.list), len(r.list)+1)
	copy(out, r.list)
	return append(out, p)
}

func (c *Collector) rootOf() *Collector {
	if c.root != nil {
		return c.root
	}
	return c
}

// CollectSources is [CheckSources] into ps: it adds every problem of the
// cited sources at p[i] and returns ps.
func CollectSources(ps *Collector, p *Path, sources []Source) *Collector {
	for i, s := range sources {
		if pr := s.Problems(nil); len(pr) > 0 {
			ps = ps.Add(LazyAt(p).Index(i).LocateAll(pr)...)
		}
	}
	return ps
}

// CollectUniqueIDs is [CheckUniqueIDs] into ps: it adds every ID after the
// first occurrence of its value as a duplicate at at(i), and returns ps.
func CollectUniqueIDs[I ~string](ps *Collector, ids []I, at func(i int) *Path) *Collector {
	first := make(map[I]int, len(ids))
	for i, id := range ids {
		if id == "" {
			continue
		}
		if j, ok := first[id]; ok {
			ps = ps.Add(Duplicate(at(i), string(id), "first used at "+at(j).String()))
			continue
		}
		first[id] = i
	}
	return ps
}

// CollectUniqueIDsOf is [CheckUniqueIDsOf] into ps: it adds every item of
// the list at path list whose ID repeats an earlier item's, at
// list[i].field, and returns ps.
func CollectUniqueIDsOf[T any, I ~string](ps *Collector, list *Path, field string, items []T, id func(*T) I) *Collector {
	first := make(map[I]int, len(items))
	for i := range items {
		v := id(&items[i])
		if v == "" {
			continue
		}
		if j, ok := first[v]; ok {
			ps = ps.Add(Duplicate(list.Index(i).Child(field), string(v),
				"first used at "+list.Index(j).Child(field).String()))
			continue
		}
		first[v] = i
	}
	return ps
}

// CollectSharesSumToOne is [CheckSharesSumToOne] into ps.
func CollectSharesSumToOne(ps *Collector, p *Path, shares []Ratio, at func(i int) *Path) *Collector {
	ps, sum := collectShares(ps, shares, at)
	if sum.compare(IntRatio(1)) != 0 {
		ps = ps.Add(Invalid(p, "sum "+sum.String(), "the shares must sum to exactly 1"))
	}
	return ps
}

// CollectSharesAtMostOne is [CheckSharesAtMostOne] into ps.
func CollectSharesAtMostOne(ps *Collector, p *Path, shares []Ratio, at func(i int) *Path) *Collector {
	ps, sum := collectShares(ps, shares, at)
	if sum.compare(IntRatio(1)) > 0 {
		ps = ps.Add(OutOfRange(p, "sum "+sum.String(), "the shares must sum to at most 1"))
	}
	return ps
}

func collectShares(ps *Collector, shares []Ratio, at func(i int) *Path) (*Collector, ratioSum) {
	sum := newRatioSum()
	for i, r := range shares {
		if !validShare(r) {
			ps = ps.Add(OutOfRange(at(i), r, "a share must be more than 0 and at most 1"))
		}
		sum.add(r)
	}
	return ps, sum
}

func validShare(r Ratio) bool { return r.Sign() > 0 && r.InUnitInterval() }

// SharesSumToOne reports whether [CheckSharesSumToOne] finds no problem
// with shares: each in (0, 1], summing to exactly 1. It allocates nothing
// while the sum's terms fit an int64, so a validator can check first and
// build paths only when it must report.
func SharesSumToOne(shares []Ratio) bool {
	sum := newRatioSum()
	for _, r := range shares {
		if !validShare(r) {
			return false
		}
		sum.add(r)
	}
	return sum.compare(IntRatio(1)) == 0
}

// SharesAtMostOne reports whether [CheckSharesAtMostOne] finds no problem
// with shares: each in (0, 1], summing to at most 1. Like
// [SharesSumToOne] it allocates nothing in the common case.
func SharesAtMostOne(shares []Ratio) bool {
	sum := newRatioSum()
	for _, r := range shares {
		if !validShare(r) {
			return false
		}
		sum.add(r)
	}
	return sum.compare(IntRatio(1)) <= 0
}
