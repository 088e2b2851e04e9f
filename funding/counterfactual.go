package funding

import (
	"cmp"
	"errors"
	"maps"
	"math/big"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Counterfactual is the result of [ApplyChange]: the ledger's disbursement
// flows as they were and as they would have been under the change, every
// piece of money the change moved, the difference per funder class,
// programme and financial year, and the policy's findings before and
// after. Every amount is exact. [Counterfactual.Report] writes it as
// Markdown.
type Counterfactual struct {
	// Change is the change applied.
	Change Change
	// AsOf is the date the flows were taken at; zero when every record
	// counted.
	AsOf vocab.Date
	// Before is the ledger's flows ([Ledger.FlowsAt]), in ledger order.
	Before []Flow
	// After is the counterfactual's flows, sorted by year, transaction,
	// programme and funder: the flows of Before less what was declined,
	// deferred or expired, plus what was deferred in and backfilled.
	// Deferred money may land in years after AsOf.
	After []Flow
	// Moves are the pieces of money moved, in the order the change moved
	// them: year by year, and within a year group by group (by programme,
	// or by funder), latest money first.
	Moves []Move
	// Differences has one entry per financial year, programme and funder
	// class with money before or after, sorted by year, programme and
	// class.
	Differences []Difference
	// FindingsBefore evaluates the policy, with the change's rule added as
	// its last rule, on the ledger; FindingsAfter on the counterfactual.
	// Both list every measured subject ([Evaluation.Measures]). Rules that
	// do not measure flows (peer review, conflicts of interest, ring-fence,
	// restricted purpose) see the ledger as it is in both.
	FindingsBefore, FindingsAfter *Evaluation
}

// Total returns the sum of the differences over every year, programme and
// class.
func (c *Counterfactual) Total() Difference {
	var t Difference
	for _, d := range c.Differences {
		t.add(d)
	}
	return t
}

// ApplyChange applies change to ledger as if its cap had been in force,
// taking the disbursements dated on or before asOf (every one when asOf is
// zero), and returns the counterfactual. policy, which may be nil, is the
// policy to evaluate before and after (with the change's rule added); env
// serves it as in [Evaluate]. It is deterministic: no randomness, and the
// result does not depend on the order of the ledger's lists.
//
// The flows ([Ledger.FlowsAt]) are taken year by year, in order. In each
// year the cap applies to (every year, or the rule's Year), the money is
// grouped as the rule measures it: the year's flows for a centre-scope
// private-share cap; each programme's for a programme-scope one
// (unallocated money is left alone); each funder's share of the year's for
// a funder-concentration cap. In each group the least money is taken out
// that brings the group within the cap, exactly, rounded up to the minor
// unit:
//
//   - a private-share cap with capped money p of a whole T and cap c takes
//     ⌈(p − c×T)/(1 − c)⌉ of the capped money (less with a backfill, which
//     adds to the whole; see [Change.BackfillShare]);
//   - a funder-concentration cap lowers every funder above it to one level
//     L, rounded down, with L = c×(the rest)/(1 − c×k) for the k funders
//     lowered, so that no funder is above it afterwards (lowering one
//     funder raises the others' shares, which this accounts for).
//
// The money taken out is the latest to arrive: money deferred into a year
// arrives on its first day, longest-deferred first, and the year's own
// money on its transaction's date (ties broken by transaction, programme
// and funder). In decline mode it is refused ([MoveKindDeclined]) and, with
// a backfill, partly replaced ([MoveKindBackfilled]); in defer mode it
// moves to the next year ([MoveKindDeferred]), where the cap applies
// again, until it has been deferred [Change.ExpiresAfter] times and
// expires ([MoveKindExpired]).
//
// So a cap of 100% changes nothing; the counterfactual never breaches the
// cap it applied; in decline mode the money before equals the money kept
// plus the money refused (less what was backfilled), and in defer mode the
// money before equals the money after plus the money expired.
//
// It reports, as a [vocab.Problems] error, the ledger's content problems
// (paths from the ledger's root), the policy's rules' (under "rules") and
// the change's (under "change").
func ApplyChange(ledger *Ledger, policy *Policy, change Change, asOf vocab.Date, env Env) (*Counterfactual, error) {
	if ledger == nil {
		return nil, errors.New("funding: ApplyChange needs a ledger")
	}
	if policy == nil {
		policy = &Policy{}
	}
	ps := policy.rulesProblems(ledger.contentProblems(new(vocab.Collector)))
	ps = ps.Add(change.Problems(vocab.NewPath("change"))...)
	if err := ps.Problems().Err(); err != nil {
		return nil, err
	}
	before, err := ledger.FlowsAt(asOf)
	if err != nil {
		return nil, err
	}
	cp, _ := capOf(change.Rule)
	w := &whatIf{change: change, cap: cp, cur: ledger.Currency, years: map[vocab.FinancialYear][]*cfPiece{}}
	dates := make(map[string]vocab.Date, len(ledger.Transactions))
	for _, t := range ledger.Transactions {
		dates[t.ID] = t.Date
	}
	for _, f := range before {
		w.years[f.Year] = append(w.years[f.Year], &cfPiece{flow: f, date: dates[f.Transaction]})
	}
	w.run()
	out := &Counterfactual{Change: change, AsOf: asOf, Before: before, After: w.after(), Moves: w.moves}
	out.Differences = differences(before, out.After, out.Moves)
	withRule := &Policy{Version: policy.Version, Rules: append(slices.Clone(policy.Rules), change.Rule)}
	measures := evaluateConfig{measures: true}
	out.FindingsBefore = evaluateFlows(ledger, before, withRule, asOf, env, measures)
	out.FindingsAfter = evaluateFlows(ledger, out.After, withRule, asOf, env, measures)
	return out, nil
}

// cfPiece is the part of one flow still in a year of the counterfactual.
type cfPiece struct {
	flow      Flow       // the money and where it is now (flow.Year)
	date      vocab.Date // the original disbursement's date
	deferrals int        // times deferred so far
}

// arrival orders pieces by when their money arrives in their year:
// deferred money on the year's first day, longest-deferred first, then the
// year's own money by date; ties by transaction, programme and funder.
func arrival(a, b *cfPiece) int {
	return cmp.Or(cmp.Compare(b.deferrals, a.deferrals), a.date.Compare(b.date),
		cmp.Compare(a.flow.Transaction, b.flow.Transaction), cmp.Compare(a.flow.Programme, b.flow.Programme),
		cmp.Compare(a.flow.Funder, b.flow.Funder))
}

// whatIf is the state of one [ApplyChange].
type whatIf struct {
	change Change
	cap    capRule
	cur    Currency
	years  map[vocab.FinancialYear][]*cfPiece
	moves  []Move
}

// run applies the cap year by year, in order; deferral adds pieces to the
// next year, which is then processed in turn.
func (w *whatIf) run() {
	order := slices.Sorted(maps.Keys(w.years))
	for i := 0; i < len(order); i++ {
		y := order[i]
		if ry := w.cap.year(); ry != 0 && ry != y {
			continue
		}
		var deferred []*cfPiece
		for _, g := range w.groups(y) {
			deferred = append(deferred, w.apply(y, g)...)
		}
		if len(deferred) == 0 {
			continue
		}
		next := y.Next()
		w.years[next] = append(w.years[next], deferred...)
		if i+1 == len(order) || order[i+1] != next {
			order = slices.Insert(order, i+1, next)
		}
	}
}

// groups returns year y's pieces grouped as the cap measures them, each
// group in arrival order, the groups in a fixed order.
func (w *whatIf) groups(y vocab.FinancialYear) [][]*cfPiece {
	pieces := slices.Clone(w.years[y])
	slices.SortFunc(pieces, arrival)
	if w.cap.private == nil || w.cap.private.Scope != ScopeProgramme {
		return [][]*cfPiece{pieces}
	}
	byProgramme := map[vocab.ProgrammeID][]*cfPiece{}
	for _, p := range pieces {
		if p.flow.Programme != "" {
			byProgramme[p.flow.Programme] = append(byProgramme[p.flow.Programme], p)
		}
	}
	out := make([][]*cfPiece, 0, len(byProgramme))
	for _, id := range slices.Sorted(maps.Keys(byProgramme)) {
		out = append(out, byProgramme[id])
	}
	return out
}

// apply brings one group of year y within the cap, and returns the pieces
// deferred to the next year.
func (w *whatIf) apply(y vocab.FinancialYear, g []*cfPiece) []*cfPiece {
	if w.cap.private != nil {
		classes := distinctClasses(w.cap.private.classes())
		capped := func(p *cfPiece) bool { return slices.Contains(classes, p.flow.Class) }
		var private, whole int64
		for _, p := range g {
			whole += p.flow.Amount.Minor
			if capped(p) {
				private += p.flow.Amount.Minor
			}
		}
		x, backfill := w.privateExcess(private, whole)
		return w.take(y, g, capped, x, backfill)
	}
	// Funder concentration: lower the funders above the cap to one level.
	byFunder := map[vocab.OrgID]int64{}
	pieces := map[vocab.OrgID][]*cfPiece{} // each funder's, in arrival order
	var whole int64
	for _, p := range g {
		byFunder[p.flow.Funder] += p.flow.Amount.Minor
		pieces[p.flow.Funder] = append(pieces[p.flow.Funder], p)
		whole += p.flow.Amount.Minor
	}
	var deferred []*cfPiece
	all := func(*cfPiece) bool { return true }
	for _, fa := range concentrationExcess(byFunder, whole, w.cap.concentration.Cap) {
		deferred = append(deferred, w.take(y, pieces[fa.funder], all, fa.excess, 0)...)
	}
	return deferred
}

// privateExcess returns the least amount x of capped money p to take out
// of a whole so that the rest is within the private-share cap, with the
// backfill ⌊share×x⌋ added to the whole, and that backfill. The test is
// monotone in x (each unit taken out lowers p−x by one and the cap's part
// of the whole by at most c), so x is found by bisection over [0, p].
func (w *whatIf) privateExcess(private, whole int64) (x, backfill int64) {
	c := w.cap.private.Cap
	share := w.change.BackfillShare
	if w.change.Backfill == "" {
		share = vocab.Ratio{}
	}
	bf := func(x int64) int64 {
		q, _ := mulDivFloor(uint64(x), share.Num(), share.Den())
		return int64(q)
	}
	within := func(x int64) bool {
		rest, total := private-x, whole-x+bf(x)
		if total == 0 {
			return rest == 0
		}
		return vocab.CompareFractions(rest, total, c.Num(), c.Den()) <= 0
	}
	x = searchInt64(private, within)
	return x, bf(x)
}

// searchInt64 returns the least x in [0, n] with ok(x), for ok monotone
// and ok(n) true: bisection, as sort.Search, over int64.
func searchInt64(n int64, ok func(int64) bool) int64 {
	lo, hi := int64(0), n
	for lo < hi {
		mid := lo + (hi-lo)/2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

// funderExcess is how much one funder's money must come down.
type funderExcess struct {
	funder vocab.OrgID
	excess int64
}

// concentrationExcess returns, for each funder above cap c of whole, how
// much its money must come down so that no funder is above the cap
// afterwards, in order of funder ID. With the funders sorted by amount,
// the k largest come down to a level L = c×S/(1 − c×k), where S is the
// sum of the others, for the least k with the (k+1)-th at most L; each
// keeps ⌊L⌋ (which stays within: ⌊L⌋ ≤ c×(S + k×⌊L⌋) since c×k < 1). When
// no k works (more money than the funders can hold under the cap), every
// funder's money comes out.
func concentrationExcess(byFunder map[vocab.OrgID]int64, whole int64, c vocab.Ratio) []funderExcess {
	type fa struct {
		id     vocab.OrgID
		amount int64
	}
	fs := make([]fa, 0, len(byFunder))
	for id, m := range byFunder {
		fs = append(fs, fa{id, m})
	}
	slices.SortFunc(fs, func(a, b fa) int { return cmp.Or(cmp.Compare(b.amount, a.amount), cmp.Compare(a.id, b.id)) })
	num, den := big.NewInt(c.Num()), big.NewInt(c.Den())
	rest := whole // S: the sum of the funders not lowered
	level := int64(0)
	k := 0
	for ; k < len(fs); k++ {
		// The k largest come down; is the next within the level?
		d := new(big.Int).Sub(den, new(big.Int).Mul(num, big.NewInt(int64(k))))
		if d.Sign() <= 0 {
			k = len(fs)
			break
		}
		bound := new(big.Int).Mul(num, big.NewInt(rest)) // m ≤ num×S/d, as m×d ≤ num×S
		if new(big.Int).Mul(big.NewInt(fs[k].amount), d).Cmp(bound) <= 0 {
			level = new(big.Int).Quo(bound, d).Int64() // ⌊num×S/d⌋ ≤ fs[k-1].amount
			break
		}
		rest -= fs[k].amount
	}
	if k == len(fs) {
		level = 0
	}
	var out []funderExcess
	for _, f := range fs[:k] {
		if f.amount > level {
			out = append(out, funderExcess{f.id, f.amount - level})
		}
	}
	slices.SortFunc(out, func(a, b funderExcess) int { return cmp.Compare(a.funder, b.funder) })
	return out
}

// take takes amount x of the money of group g's pieces that match, latest
// first, out of year y: declined (with backfill added, split over the
// pieces taken from in proportion) or deferred (or expired). It returns
// the pieces deferred to the next year.
func (w *whatIf) take(y vocab.FinancialYear, g []*cfPiece, match func(*cfPiece) bool, x, backfill int64) []*cfPiece {
	if x <= 0 {
		return nil
	}
	type taken struct {
		p      *cfPiece
		amount int64
	}
	var ts []taken
	for i := len(g) - 1; i >= 0 && x > 0; i-- {
		p := g[i]
		if !match(p) || p.flow.Amount.Minor == 0 {
			continue
		}
		a := min(x, p.flow.Amount.Minor)
		p.flow.Amount.Minor -= a
		x -= a
		ts = append(ts, taken{p, a})
	}
	var deferred []*cfPiece
	move := func(kind MoveKind, p *cfPiece, a int64) Move {
		return Move{Kind: kind, Transaction: p.flow.Transaction, Award: p.flow.Award, Funder: p.flow.Funder,
			Class: p.flow.Class, Programme: p.flow.Programme, Year: y, Deferrals: p.deferrals, Amount: Amount(w.cur, a)}
	}
	for _, t := range ts {
		switch {
		case w.change.Mode == ChangeModeDecline:
			w.moves = append(w.moves, move(MoveKindDeclined, t.p, t.amount))
		case t.p.deferrals >= w.change.ExpiresAfter || !y.Next().IsValid():
			w.moves = append(w.moves, move(MoveKindExpired, t.p, t.amount))
		default:
			m := move(MoveKindDeferred, t.p, t.amount)
			m.To = y.Next()
			w.moves = append(w.moves, m)
			d := &cfPiece{flow: t.p.flow, date: t.p.date, deferrals: t.p.deferrals + 1}
			d.flow.Year, d.flow.Amount.Minor = y.Next(), t.amount
			deferred = append(deferred, d)
		}
	}
	if backfill > 0 {
		var total int64
		for _, t := range ts {
			total += t.amount
		}
		shares := make([]vocab.Ratio, len(ts))
		for i, t := range ts {
			shares[i] = vocab.MustRatio(t.amount, total)
		}
		parts, _, _ := Apportion(Amount(w.cur, backfill), shares) // shares sum to one
		funder := vocab.OrgID("backfill-" + string(w.change.Backfill))
		for i, t := range ts {
			if parts[i].Minor == 0 {
				continue
			}
			b := &cfPiece{flow: t.p.flow, date: t.p.date}
			b.flow.Funder, b.flow.Class, b.flow.Amount = funder, w.change.Backfill, parts[i]
			w.years[y] = append(w.years[y], b)
			m := move(MoveKindBackfilled, b, parts[i].Minor)
			w.moves = append(w.moves, m)
		}
	}
	return deferred
}

// after returns every piece left with money, as flows sorted by year,
// transaction, programme and funder, one flow per key (backfills of
// several funders' refused money in one disbursement add up).
func (w *whatIf) after() []Flow {
	var out []Flow
	for _, ps := range w.years {
		for _, p := range ps {
			if p.flow.Amount.Minor > 0 {
				out = append(out, p.flow)
			}
		}
	}
	order := func(a, b Flow) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Transaction, b.Transaction),
			cmp.Compare(a.Programme, b.Programme), cmp.Compare(a.Funder, b.Funder))
	}
	slices.SortFunc(out, order)
	merged := out[:0]
	for _, f := range out {
		if n := len(merged); n > 0 && order(merged[n-1], f) == 0 {
			merged[n-1].Amount = sumMoney(merged[n-1].Amount, f.Amount)
			continue
		}
		merged = append(merged, f)
	}
	return merged
}

// differences sums flows and moves by year, programme and class.
func differences(before, after []Flow, moves []Move) []Difference {
	type key struct {
		y vocab.FinancialYear
		p vocab.ProgrammeID
		c FunderClass
	}
	m := map[key]*Difference{}
	at := func(y vocab.FinancialYear, p vocab.ProgrammeID, c FunderClass) *Difference {
		k := key{y, p, c}
		if m[k] == nil {
			m[k] = &Difference{Year: y, Programme: p, Class: c}
		}
		return m[k]
	}
	for _, f := range before {
		d := at(f.Year, f.Programme, f.Class)
		d.Before = sumMoney(d.Before, f.Amount)
	}
	for _, f := range after {
		d := at(f.Year, f.Programme, f.Class)
		d.After = sumMoney(d.After, f.Amount)
	}
	for _, mv := range moves {
		d := at(mv.Year, mv.Programme, mv.Class)
		switch mv.Kind {
		case MoveKindDeclined:
			d.Declined = sumMoney(d.Declined, mv.Amount)
		case MoveKindBackfilled:
			d.Backfilled = sumMoney(d.Backfilled, mv.Amount)
		case MoveKindExpired:
			d.Expired = sumMoney(d.Expired, mv.Amount)
		case MoveKindDeferred:
			d.DeferredOut = sumMoney(d.DeferredOut, mv.Amount)
			in := at(mv.To, mv.Programme, mv.Class)
			in.DeferredIn = sumMoney(in.DeferredIn, mv.Amount)
		}
	}
	out := make([]Difference, 0, len(m))
	for _, d := range m {
		out = append(out, *d)
	}
	slices.SortFunc(out, func(a, b Difference) int {
		return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Programme, b.Programme), cmp.Compare(a.Class, b.Class))
	})
	return out
}
