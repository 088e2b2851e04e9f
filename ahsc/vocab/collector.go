package vocab

import (
	"cmp"
	"slices"
	"strconv"
)

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
	// Order, when set, is the order [Collector.Problems] lists problems
	// in (problems it ranks equal keep the order they were added in), and
	// with a Limit the problems kept are the first Limit in that order,
	// whatever order they were found in. The documents' CollectProblems
	// methods set it to [DocumentOrder] when it is nil ([Collector.OrderBy]).
	// Nil lists problems in the order they were added. On a WithPath view
	// it is ignored, like Limit.
	Order func(a, b *Problem) int

	root       *Collector // the collector a WithPath view adds to; nil for a root
	prefix     *Path
	list       Problems
	seqs       []int // with Order and Limit: each listed problem's arrival number; list is then a max-heap
	added      int   // problems added, listed or not
	more       int   // problems found past the limit
	moreErrors bool  // whether any of them is an error
}

// OrderBy sets the order of the collector c adds to, unless it has one,
// and returns c. Each document's CollectProblems calls it with
// [DocumentOrder] of itself, so that a document embedded in another (a
// governance document in a Centre) lists its problems in the order of the
// outer document.
func (c *Collector) OrderBy(order func(a, b *Problem) int) *Collector {
	r := c.rootOf()
	if r.Order != nil || order == nil {
		return c
	}
	r.Order = order
	if r.Limit > 0 && r.seqs == nil {
		// Problems added before the order was set arrived in list order;
		// from now on the list is a heap of at most Limit problems.
		r.seqs = make([]int, len(r.list), max(len(r.list), min(r.Limit, 64)))
		for i := range r.seqs {
			r.seqs[i] = i
		}
		for i := range r.list {
			r.up(i)
		}
	}
	return c
}

// Add adds the problems, skipping nils, and returns c. Past the limit the
// problems are counted, not kept.
func (c *Collector) Add(ps ...*Problem) *Collector {
	r := c.rootOf()
	for _, p := range ps {
		switch {
		case p == nil:
			continue
		case r.Order != nil && r.Limit > 0:
			if c.prefix != nil {
				p = p.WithPath(c.prefix)
			}
			r.addRanked(p)
		case r.Limit > 0 && len(r.list) >= r.Limit:
			r.more++
			r.moreErrors = r.moreErrors || !p.IsWarning()
		case c.prefix != nil:
			r.list = append(r.list, p.WithPath(c.prefix))
		default:
			r.list = append(r.list, p)
		}
		r.added++
	}
	return c
}

// addRanked keeps p if it is among the first Limit problems in Order: the
// list is a max-heap by (Order, arrival), so the last of the kept
// problems is at its top and is dropped (counted) when p comes before it.
func (r *Collector) addRanked(p *Problem) {
	if len(r.list) < r.Limit {
		r.list, r.seqs = append(r.list, p), append(r.seqs, r.added)
		r.up(len(r.list) - 1)
		return
	}
	r.more++
	if r.rank(p, r.added, 0) >= 0 {
		r.moreErrors = r.moreErrors || !p.IsWarning()
		return
	}
	r.moreErrors = r.moreErrors || !r.list[0].IsWarning()
	r.list[0], r.seqs[0] = p, r.added
	r.down(0)
}

// rank compares problem p, added as number seq, with the kept problem i.
func (r *Collector) rank(p *Problem, seq, i int) int {
	return cmp.Or(r.Order(p, r.list[i]), cmp.Compare(seq, r.seqs[i]))
}

func (r *Collector) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if r.rank(r.list[i], r.seqs[i], parent) <= 0 {
			return
		}
		r.swap(i, parent)
		i = parent
	}
}

func (r *Collector) down(i int) {
	for {
		big := i
		if c := 2*i + 1; c < len(r.list) && r.rank(r.list[c], r.seqs[c], big) > 0 {
			big = c
		}
		if c := 2*i + 2; c < len(r.list) && r.rank(r.list[c], r.seqs[c], big) > 0 {
			big = c
		}
		if big == i {
			return
		}
		r.swap(i, big)
		i = big
	}
}

func (r *Collector) swap(i, j int) {
	r.list[i], r.list[j] = r.list[j], r.list[i]
	r.seqs[i], r.seqs[j] = r.seqs[j], r.seqs[i]
}

// listed returns the kept problems in order.
func (r *Collector) listed() Problems {
	if r.Order == nil {
		return r.list
	}
	if r.Limit <= 0 { // no limit: the list is in arrival order
		slices.SortStableFunc(r.list, r.Order)
		return r.list
	}
	idx := make([]int, len(r.list))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return r.rank(r.list[a], r.seqs[a], b) })
	out := make(Problems, len(idx))
	for i, j := range idx {
		out[i] = r.list[j]
	}
	return out
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

// Problems returns the problems listed, in Order (or in the order they
// were added, when Order is nil), and,
// when more were found than the limit, one closing [ErrOutOfRange] problem
// at the root saying how many more: "stopped listing after 100 problems;
// 3999900 more found". The closing problem is an error unless every
// problem found is a warning, so that many warnings alone never fail a
// document. It returns the whole list of the collector c was derived from.
func (c *Collector) Problems() Problems {
	r := c.rootOf()
	list := r.listed()
	if r.more == 0 {
		return list
	}
	p := OutOfRange(nil, nil, "stopped listing after "+plural(len(list), "problem")+"; "+
		strconv.Itoa(r.more)+" more found")
	if !r.HasErrors() {
		p.AsWarning()
	}
	out := make(Problems, len(list), len(list)+1)
	copy(out, list)
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
