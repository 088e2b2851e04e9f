package governance

import (
	"cmp"
	"math"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Interest is one entry in the interests register: a person's interest in
// an organisation over a period. Interests are personal data; reports can
// redact them (see [ReportOptions]).
type Interest struct {
	// Person holds the interest.
	Person vocab.PersonID `json:"person"`
	// Organisation the interest is in; the Centre checks it is known.
	Organisation vocab.OrgID `json:"organisation"`
	// Kind is the nature of the interest.
	Kind InterestKind `json:"kind"`
	// Severity is what the interest does to a vote on a motion concerning
	// Organisation: hard recuses, soft is recorded.
	Severity ConflictSeverity `json:"severity"`
	// Period is when the interest is held; the start is required.
	Period vocab.Period `json:"period" jsonschema:"period=started"`
	// Description says what the interest is.
	Description string `json:"description,omitempty"`
}

// Problems checks the register entry at p.
func (in *Interest) Problems(p *vocab.Path) vocab.Problems {
	return in.collect(new(vocab.Collector), vocab.LazyAt(p)).Problems()
}

// collect adds [Interest.Problems] at p to ps, building paths only for
// problems found.
func (in *Interest) collect(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	return ps.Add(p.LocateChild("person", vocab.CheckID(nil, in.Person, true)),
		p.LocateChild("organisation", vocab.CheckID(nil, in.Organisation, true)),
		p.LocateChild("kind", interestKinds.Check(nil, in.Kind, true)),
		p.LocateChild("severity", conflictSeverities.Check(nil, in.Severity, true)),
		p.LocateChild("period", startedPeriodProblem(nil, in.Period, "the date the interest began")))
}

// Conflicts returns the conflicts of interest for m: its own declarations
// and, from the document's interests register, every interest held on m's
// date in an organisation m concerns (noted "from the interests
// register"), unless one is already declared for the same person and
// organisation. The result is a new slice sorted by person, then
// organisation; [Document.Decide] decides m with it.
func (d *Document) Conflicts(m *Motion) []Declaration {
	if m == nil {
		return nil
	}
	return indexRegister(d.Interests).conflicts(m)
}

// register indexes an interests register by organisation: each
// organisation's entries with valid periods, sorted by the first day they
// certainly cover, so that the entries in force on a date are found
// without reading the others (see orgInterests.inForce).
type register struct {
	interests []Interest
	byOrg     map[vocab.OrgID]*orgInterests
}

// orgInterests is one organisation's register entries with valid periods:
// their certain spans of days (certainSpan) in order of start, and, for
// more than a few, a tree of the latest end over ranges of them.
type orgInterests struct {
	spans []interestSpan
	tree  []int64 // tree[1] covers every span, tree[2k] and tree[2k+1] halve tree[k]; leaves from len(tree)/2
}

type interestSpan struct {
	lo, hi int64
	at     int // position in the register
}

// treeAbove is the number of spans above which inForce searches a tree
// instead of reading every span that starts early enough.
const treeAbove = 8

func indexRegister(interests []Interest) register {
	r := register{interests: interests, byOrg: make(map[vocab.OrgID]*orgInterests)}
	for i := range interests {
		in := &interests[i]
		if !in.Period.IsValid() {
			continue // contains no date
		}
		oi := r.byOrg[in.Organisation]
		if oi == nil {
			oi = &orgInterests{}
			r.byOrg[in.Organisation] = oi
		}
		lo, hi := certainSpan(in.Period)
		oi.spans = append(oi.spans, interestSpan{lo, hi, i})
	}
	for _, oi := range r.byOrg {
		slices.SortFunc(oi.spans, func(a, b interestSpan) int { return cmp.Or(cmp.Compare(a.lo, b.lo), cmp.Compare(a.at, b.at)) })
		if n := len(oi.spans); n > treeAbove {
			size := 1
			for size < n {
				size *= 2
			}
			oi.tree = make([]int64, 2*size)
			for k := range oi.tree[size:] {
				oi.tree[size+k] = math.MinInt64
			}
			for k, sp := range oi.spans {
				oi.tree[size+k] = sp.hi
			}
			for k := size - 1; k >= 1; k-- {
				oi.tree[k] = max(oi.tree[2*k], oi.tree[2*k+1])
			}
		}
	}
	return r
}

// inForce appends to out the register positions of the entries whose
// periods contain d ([vocab.Period.Contains]: they certainly start on or
// before d's first day and certainly end on or after its last), in no
// particular order. With the tree it visits O((k + 1) log n) nodes for k
// entries found, however many others there are.
func (oi *orgInterests) inForce(out []int, d vocab.Date) []int {
	if oi == nil || d.IsZero() {
		return out
	}
	day := func(d vocab.Date) int64 { return int64(d.DaysSince(vocab.Date{})) }
	first, last := day(d.First()), day(d.Last())
	k, _ := slices.BinarySearchFunc(oi.spans, first+1, func(s interestSpan, t int64) int { return cmp.Compare(s.lo, t) })
	if oi.tree == nil {
		for _, sp := range oi.spans[:k] {
			if sp.hi >= last {
				out = append(out, sp.at)
			}
		}
		return out
	}
	size := len(oi.tree) / 2
	type visit struct{ node, from, to int } // node covers spans [from, to)
	var buf [64]visit
	stack := append(buf[:0], visit{1, 0, size})
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case v.from >= k || oi.tree[v.node] < last:
		case v.node >= size:
			out = append(out, oi.spans[v.node-size].at)
		default:
			mid := (v.from + v.to) / 2
			stack = append(stack, visit{2*v.node + 1, mid, v.to}, visit{2 * v.node, v.from, mid})
		}
	}
	return out
}

// conflicts is [Document.Conflicts], in time linear in m's declarations
// and concerns plus O((k + 1) log n) per organisation concerned for its k
// entries in force, plus sorting.
func (r register) conflicts(m *Motion) []Declaration {
	decls := slices.Clone(m.Declarations)
	type pair struct {
		person vocab.PersonID
		org    vocab.OrgID
	}
	declared := make(map[pair]bool, len(decls))
	for _, d := range decls {
		declared[pair{d.Person, d.Organisation}] = true
	}
	var found []int
	for _, org := range m.Concerns {
		found = r.byOrg[org].inForce(found[:0], m.Date)
		slices.Sort(found) // register order: the first entry of a person wins
		for _, i := range found {
			in := &r.interests[i]
			if k := (pair{in.Person, in.Organisation}); !declared[k] {
				declared[k] = true
				decls = append(decls, Declaration{Person: in.Person, Organisation: in.Organisation, Kind: in.Kind,
					Severity: in.Severity, Note: "from the interests register"})
			}
		}
	}
	slices.SortStableFunc(decls, func(a, b Declaration) int {
		return cmp.Or(cmp.Compare(a.Person, b.Person), cmp.Compare(a.Organisation, b.Organisation))
	})
	return decls
}
