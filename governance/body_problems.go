package governance

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Problems checks the body at at and returns every problem, errors and
// warnings: its fields, seats and terms (one holder per seat at a time, one
// chair seat at a time, one voting capacity per person at a time), terms of
// reference, and the composition rules that need no partner roster on
// every date in [Body.SeatChangeDates]: a rule broken is reported once per
// value and run of consecutive dates, naming the run's period
// ("during 2020-01-01/2022-12-31 there is no chair seat"). The rule that
// needs the roster is checked by [Document.RosterProblems] or
// [Body.CheckCompositionAt].
// They are listed in the body's document order ([vocab.DocumentOrder]).
func (b *Body) Problems(at *vocab.Path) vocab.Problems {
	c := new(vocab.Collector).OrderBy(vocab.DocumentOrder(b))
	return b.problems(c, nil).Problems().WithPath(at)
}

// problems is [Body.Problems] into ps.
func (b *Body) problems(ps *vocab.Collector, at *vocab.Path) *vocab.Collector {
	ps = b.structureProblems(ps, at)
	return b.seatRuleProblems(ps, at.Child("composition"))
}

// structureProblems is everything except composition: the checks Decide
// needs before it can count anything.
func (b *Body) structureProblems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	l := vocab.LazyAt(p)
	ps = ps.Add(l.LocateChild("id", vocab.CheckID(nil, b.ID, true)))
	if b.Name == "" {
		ps = ps.Add(vocab.Required(p.Child("name"), ""))
	}
	ps = ps.Add(l.LocateChild("kind", bodyKinds.Check(nil, b.Kind, true)))
	ps = ps.Add(l.LocateChild("reportsTo", vocab.CheckID(nil, b.ReportsTo, false)))
	if b.ReportsTo != "" && b.ReportsTo == b.ID {
		ps = ps.Add(vocab.Invalid(p.Child("reportsTo"), string(b.ReportsTo), "a body cannot report to itself"))
	}
	ps = ps.Add(l.LocateChild("period", startedPeriodProblem(nil, b.Period, "the date the body was established")))
	ps = ps.Add(l.LocateChild("meets", cadences.Check(nil, b.Meets, false)))
	ps = b.seatsProblems(ps, p.Child("seats"))
	ps = b.Rules.problems(ps, l.Child("rules"))
	ps = ps.Add(l.LocateAllChild("composition", b.Composition.problems(nil))...)
	if len(b.Sources) == 0 {
		return ps
	}
	return ps.Add(l.LocateAllChild("sources", vocab.CheckSources(nil, b.Sources))...)
}

func (b *Body) seatsProblems(ps *vocab.Collector, sp *vocab.Path) *vocab.Collector {
	ps = vocab.CollectUniqueIDsOf(ps, sp, "id", b.Seats, func(s *Seat) SeatID { return s.ID })
	for i := range b.Seats {
		ps = b.Seats[i].problems(ps, vocab.LazyAt(sp).Index(i), b)
	}
	ps = b.chairOverlapProblems(ps, sp)
	return b.personOverlapProblems(ps, sp)
}

func (s *Seat) problems(ps *vocab.Collector, p vocab.LazyPath, b *Body) *vocab.Collector {
	ps = ps.Add(p.LocateChild("id", vocab.CheckID(nil, s.ID, true)))
	if s.Label == "" {
		ps = ps.Add(vocab.Required(p.Child("label").Path(), ""))
	}
	ps = ps.Add(p.LocateChild("nominatedBy", vocab.CheckID(nil, s.NominatedBy, false)))
	switch {
	case s.NominatedBy == "" && !s.Independent:
		ps = ps.Add(vocab.Required(p.Child("nominatedBy").Path(), "a nominating partner, or independent: true"))
	case s.NominatedBy != "" && s.Independent:
		ps = ps.Add(vocab.Invalid(p.Child("independent").Path(), true, "an independent seat has no nominating partner"))
	}
	switch {
	case s.Weight < 0 || s.Weight > MaxWeight:
		ps = ps.Add(vocab.OutOfRange(p.Child("weight").Path(), s.Weight, fmt.Sprintf("must be 1..%d (0 means 1)", MaxWeight)))
	case s.Weight > 1 && !b.Rules.Weighted:
		ps = ps.Add(vocab.Invalid(p.Child("weight").Path(), s.Weight, "ignored: the body's rules do not enable weighted votes").AsWarning())
	case s.Weight > 1 && !s.Voting:
		ps = ps.Add(vocab.Invalid(p.Child("weight").Path(), s.Weight, "ignored: the seat is non-voting").AsWarning())
	}
	switch {
	case !s.Period.IsValid():
		ps = ps.Add(vocab.Invalid(p.Child("period").Path(), s.Period.String(), "ends before it starts"))
	case !s.Period.IsZero() && b.Period.IsValid() && !b.Period.MayCover(s.Period):
		ps = ps.Add(vocab.OutOfRange(p.Child("period").Path(), s.Period.String(), "must lie within the body's period "+b.Period.String()))
	}
	return s.termsProblems(ps, p.Child("terms"), b)
}

func (s *Seat) termsProblems(ps *vocab.Collector, tp vocab.LazyPath, b *Body) *vocab.Collector {
	within := b.Period
	if !s.Period.IsZero() {
		within = s.Period
	}
	for i, t := range s.Terms {
		ip := tp.Index(i)
		ps = ps.Add(ip.LocateChild("person", vocab.CheckID(nil, t.Person, true)))
		ps = ps.Add(ip.LocateChild("alternate", vocab.CheckID(nil, t.Alternate, false)))
		if t.Alternate != "" && t.Alternate == t.Person {
			ps = ps.Add(vocab.Invalid(ip.Child("alternate").Path(), string(t.Alternate), "a member cannot be their own alternate"))
		}
		if q := startedPeriodProblem(nil, t.Period, "the date the term began"); q != nil {
			ps = ps.Add(ip.LocateChild("period", q))
		} else if within.IsValid() && !within.MayCover(t.Period) {
			ps = ps.Add(vocab.OutOfRange(ip.Child("period").Path(), t.Period.String(), "must lie within the seat's period "+within.String()))
		}
	}
	for _, pair := range overlappingPairs(len(s.Terms), func(i int) vocab.Period { return s.Terms[i].Period }) {
		ps = ps.Add(vocab.Invalid(tp.Index(pair[1]).Child("period").Path(), s.Terms[pair[1]].Period.String(),
			fmt.Sprintf("overlaps term %s (%s): a seat has one holder at a time", tp.Index(pair[0]).Path(), s.Terms[pair[0]].Period)))
	}
	return ps
}

// chairOverlapProblems reports a second chair seat existing at the same time
// as another, naming the first (in seat order) it overlaps: a seat with
// no period exists whenever the body does, so it overlaps every other.
// It finds the overlaps with one sweep ([overlapping]), not by comparing
// every two chair seats.
func (b *Body) chairOverlapProblems(ps *vocab.Collector, sp *vocab.Path) *vocab.Collector {
	firstValid, firstZero := -1, -1 // the first valid chair seat, and the first without a period
	var dated []int                 // valid chair seats with a period
	first := map[int]int{}          // chair seat -> the first earlier dated one it overlaps
	for i := range b.Seats {
		if s := &b.Seats[i]; s.Chair && s.Period.IsValid() && !s.Period.IsZero() {
			dated = append(dated, i)
		}
	}
	for _, pair := range overlapping(dated, func(i int) vocab.Period { return b.Seats[i].Period }) {
		if _, ok := first[pair[1]]; !ok {
			first[pair[1]] = pair[0] // pairs come by later seat, then earlier
		}
	}
	for k := range b.Seats {
		s := &b.Seats[k]
		if !s.Chair || !s.Period.IsValid() {
			continue
		}
		i := -1
		switch {
		case s.Period.IsZero():
			i = firstValid
		default:
			i = firstZero
			if j, ok := first[k]; ok && (i < 0 || j < i) {
				i = j
			}
		}
		if i >= 0 {
			ps = ps.Add(vocab.Invalid(sp.Index(k).Child("chair"), true,
				fmt.Sprintf("%s is also a chair seat at the same time: a body has one chair", sp.Index(i))))
		}
		if firstValid < 0 {
			firstValid = k
		}
		if firstZero < 0 && s.Period.IsZero() {
			firstZero = k
		}
	}
	return ps
}

// holding is one person's voting capacity on a body for a period: as the
// holder of a voting seat or as its alternate.
type holding struct {
	person     vocab.PersonID
	period     vocab.Period
	seat, term int // seats[seat].terms[term]
	alternate  bool
}

// pathIn returns the holding's path below the seats at sp: the term's
// person or alternate.
func (h holding) pathIn(sp *vocab.Path) *vocab.Path {
	tp := sp.Index(h.seat).Child("terms").Index(h.term)
	if h.alternate {
		return tp.Child("alternate")
	}
	return tp.Child("person")
}

// personOverlapProblems reports a person with two voting capacities on the
// body at once (holder or alternate of two voting seats), so every present
// person votes for at most one seat. The holdings are grouped by person
// with one sort and each person's checked with one sweep
// ([overlappingPairs]); paths are built only for the problems found.
func (b *Body) personOverlapProblems(ps *vocab.Collector, sp *vocab.Path) *vocab.Collector {
	var hs []holding
	for i := range b.Seats {
		s := &b.Seats[i]
		if !s.Voting {
			continue
		}
		for j, t := range s.Terms {
			if t.Person != "" {
				hs = append(hs, holding{t.Person, t.Period, i, j, false})
			}
			if t.Alternate != "" {
				hs = append(hs, holding{t.Alternate, t.Period, i, j, true})
			}
		}
	}
	order := make([]int, len(hs))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return cmp.Or(cmp.Compare(hs[x].person, hs[y].person), cmp.Compare(x, y)) })
	var found [][2]int
	for lo := 0; lo < len(order); {
		hi := lo + 1
		for hi < len(order) && hs[order[hi]].person == hs[order[lo]].person {
			hi++
		}
		if idx := order[lo:hi]; len(idx) > 1 {
			for _, pair := range overlappingPairs(len(idx), func(i int) vocab.Period { return hs[idx[i]].period }) {
				found = append(found, [2]int{idx[pair[0]], idx[pair[1]]})
			}
		}
		lo = hi
	}
	slices.SortFunc(found, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[1], b[1]), cmp.Compare(a[0], b[0])) })
	for _, pair := range found {
		a, c := hs[pair[0]], hs[pair[1]]
		ps = ps.Add(vocab.Invalid(c.pathIn(sp), string(c.person),
			fmt.Sprintf("also holds voting capacity at %s during %s: one voting seat per person at a time", a.pathIn(sp), c.period)))
	}
	return ps
}

func (c Composition) problems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	if c.MinVotingSeatsPerPartner < 0 {
		ps = ps.Add(vocab.OutOfRange(p.Child("minVotingSeatsPerPartner"), c.MinVotingSeatsPerPartner, "must not be negative"))
	}
	if !c.MaxPartnerShare.InUnitInterval() {
		ps = ps.Add(vocab.OutOfRange(p.Child("maxPartnerShare"), c.MaxPartnerShare, "must be between 0 and 1"))
	}
	return ps
}
