package ahscmodel

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"math/bits"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
)

// Cell is one funder class's money to one programme: the unit the model
// varies, caps and spends money in.
type Cell struct {
	// Class is the funder class.
	Class funding.FunderClass `json:"class"`
	// Programme is the programme; "" for money the awards leave
	// unallocated.
	Programme vocab.ProgrammeID `json:"programme,omitempty"`
}

// FundingYear is one financial year's money in one replication, in the
// ledger currency's minor units, each slice indexed like the model's
// cells ([Model.Cells]). Per cell, and so per year, money in equals money
// out:
//
//	Offered + CarriedIn + Backfilled = Kept + Refused + Deferred + Expired
type FundingYear struct {
	// Year is the financial year.
	Year vocab.FinancialYear
	// Capped reports whether the scenario's cap applied (the years from
	// the start's on, when the scenario has a cap).
	Capped bool
	// Offered is the new money funders offered in the year.
	Offered []int64
	// CarriedIn is money deferred from earlier years, offered again.
	CarriedIn []int64
	// Backfilled is money a backfilling class added for refused money.
	Backfilled []int64
	// Kept is the money the centre accepted and spends on the pipeline.
	Kept []int64
	// Refused is money declined under the cap.
	Refused []int64
	// Deferred is money moved to the next year.
	Deferred []int64
	// Expired is deferred money that could move no further.
	Expired []int64
	// CapBreaches counts, per cap applied ([Model.Caps]), the subjects
	// (the centre, or each programme) whose private share of Offered +
	// CarriedIn, the money before any cap, is above it: the findings
	// funding.Evaluate gives the cap's rule on that money.
	CapBreaches []int
	// Findings counts, per private-share cap of the centre's policy (in
	// [Inputs].PolicyCaps order), the findings funding.Evaluate gives it
	// on the Kept money.
	Findings []int
}

// Capper applies caps on private money to consecutive financial years,
// in order: for each year it fills CarriedIn, Backfilled, Kept, Refused,
// Deferred and Expired (allocated, one entry per cell) from Offered and
// what earlier years deferred, so that money in equals money out per cell
// and the money kept breaches none of the caps. The model calls it once
// per replication with the capped years. [NewCapper] returns the built-in
// one; funding's counterfactual (issue 16) plugs in as another, through
// [WithCapper].
type Capper interface {
	// Apply caps years (consecutive, in order) whose money per cell is
	// indexed like cells, filling in each year's outcome slices; it
	// reports parameters it cannot apply.
	Apply(cells []Cell, years []FundingYear) error
}

// NewCapper returns the built-in capper of caps, applied jointly each
// year, in order, to the year's offer pooled with the money earlier years
// deferred. For each cap and each of its subjects (the centre, or each
// programme, leaving out unallocated money) whose private share exceeds
// the cap it takes the smallest whole number of minor units x with
// (P − x)/(T − x) ≤ Cap, where P is the subject's private money (the
// cap's classes) and T all its money:
//
//	x = ⌈(P·d − n·T) / (d − n)⌉ for Cap = n/d < 1, x = P for Cap = 0
//
// computed exactly. x comes from the newest money first (this year's
// offer, then money deferred once, twice, ...), split across the
// subject's private cells in proportion to their amounts (largest
// remainder, ties to the earlier cell). A cap in decline mode refuses x,
// and its backfilling class, if any, then adds ⌊Share × refused⌋ per
// programme; a cap in defer mode moves money deferred fewer than its
// ExpiresAfterYears times to the next year, where it is offered again,
// and the rest expires. Taking private money never raises any share, so
// the money kept meets every cap, as long as no cap counts another's
// backfilling class. Backfill cells must be among cells.
func NewCapper(caps ...scenario.FundingCap) Capper { return flowCapper{caps: caps} }

type flowCapper struct{ caps []scenario.FundingCap }

func capClasses(cs []funding.FunderClass) []funding.FunderClass {
	if len(cs) == 0 {
		return []funding.FunderClass{funding.FunderClassPrivate}
	}
	return cs
}

// subjects groups cell indices by what a rule of scope measures: one group
// of all cells for the centre, one per programme (in order of first
// appearance, unallocated cells left out) for programmes.
func subjects(cells []Cell, scope funding.Scope) [][]int {
	if scope != funding.ScopeProgramme {
		all := make([]int, len(cells))
		for i := range all {
			all[i] = i
		}
		return [][]int{all}
	}
	var out [][]int
	at := map[vocab.ProgrammeID]int{}
	for i, c := range cells {
		if c.Programme == "" {
			continue
		}
		j, ok := at[c.Programme]
		if !ok {
			j = len(out)
			at[c.Programme] = j
			out = append(out, nil)
		}
		out[j] = append(out[j], i)
	}
	return out
}

// capPlan is one cap ready to apply: which cells it counts, its
// subjects, the ages of money it defers, and its backfill cells.
type capPlan struct {
	c        scenario.FundingCap
	private  []bool
	groups   [][]int
	expire   int   // money of this age or older expires instead of moving (defer)
	backfill []int // per cell: the backfill cell of its programme, or -1
}

func (fc flowCapper) Apply(cells []Cell, years []FundingYear) error {
	n := len(cells)
	ages := 1
	plans := make([]capPlan, len(fc.caps))
	for k, c := range fc.caps {
		if !c.Cap.InUnitInterval() {
			return fmt.Errorf("ahscmodel: cap %s outside [0, 1]", c.Cap)
		}
		pl := capPlan{c: c, private: make([]bool, n), groups: subjects(cells, c.Scope)}
		classes := capClasses(c.Classes)
		for i, cl := range cells {
			pl.private[i] = slices.Contains(classes, cl.Class)
		}
		if c.Mode == scenario.CapDefer {
			pl.expire = c.ExpiresAfterYears
			ages = max(ages, c.ExpiresAfterYears+1)
		}
		if b := c.Backfill; b != nil && c.Mode == scenario.CapDecline {
			pl.backfill = make([]int, n)
			for i, cl := range cells {
				pl.backfill[i] = slices.Index(cells, Cell{Class: b.Class, Programme: cl.Programme})
				if pl.private[i] && pl.backfill[i] < 0 {
					return fmt.Errorf("ahscmodel: no %s cell for programme %q to backfill", b.Class, cl.Programme)
				}
			}
		}
		plans[k] = pl
	}
	carry := make([][]int64, ages) // carry[a]: money arriving with age a
	for a := range carry {
		carry[a] = make([]int64, n)
	}
	buckets := make([][]int64, ages)
	refused := make([]int64, n)
	weights := make([]int64, 0, n)
	idx := make([]int, 0, n)
	for y := range years {
		Y := &years[y]
		if len(Y.Offered) != n {
			return fmt.Errorf("ahscmodel: year %s offers %d cells, want %d", Y.Year, len(Y.Offered), n)
		}
		Y.allocOutcome(n)
		buckets[0] = slices.Clone(Y.Offered)
		for a := 1; a < ages; a++ {
			buckets[a] = carry[a]
			for i, v := range carry[a] {
				Y.CarriedIn[i] += v
			}
		}
		next := make([][]int64, ages)
		for a := range next {
			next[a] = make([]int64, n)
		}
		var backfills []struct {
			cell int
			add  int64
		}
		for _, pl := range plans {
			clear(refused)
			for _, g := range pl.groups {
				var p, t int64
				for _, i := range g {
					for a := range ages {
						t += buckets[a][i]
						if pl.private[i] {
							p += buckets[a][i]
						}
					}
				}
				x := excess(p, t, pl.c.Cap)
				for a := 0; a < ages && x > 0; a++ {
					weights, idx = weights[:0], idx[:0]
					var avail int64
					for _, i := range g {
						if pl.private[i] && buckets[a][i] > 0 {
							weights = append(weights, buckets[a][i])
							idx = append(idx, i)
							avail += buckets[a][i]
						}
					}
					if avail == 0 {
						continue
					}
					take := min(x, avail)
					for k, part := range splitProportional(take, weights, avail) {
						i := idx[k]
						buckets[a][i] -= part
						switch {
						case pl.c.Mode == scenario.CapDecline:
							Y.Refused[i] += part
							refused[i] += part
						case a < pl.expire:
							Y.Deferred[i] += part
							next[a+1][i] += part
						default:
							Y.Expired[i] += part
						}
					}
					x -= take
				}
			}
			if pl.backfill != nil {
				byCell := map[int]int64{} // backfill cell → money this cap refused in its programme
				for i, v := range refused {
					if v > 0 {
						byCell[pl.backfill[i]] += v
					}
				}
				for _, j := range slices.Sorted(maps.Keys(byCell)) {
					backfills = append(backfills, struct {
						cell int
						add  int64
					}{j, mulFloor(byCell[j], pl.c.Backfill.Share)})
				}
			}
		}
		for a := range ages {
			for i, v := range buckets[a] {
				Y.Kept[i] += v
			}
		}
		for _, b := range backfills {
			Y.Backfilled[b.cell] += b.add
			Y.Kept[b.cell] += b.add
		}
		carry = next
	}
	return nil
}

// allocOutcome gives the year zeroed outcome slices of n cells.
func (y *FundingYear) allocOutcome(n int) {
	for _, p := range []*[]int64{&y.CarriedIn, &y.Backfilled, &y.Kept, &y.Refused, &y.Deferred, &y.Expired} {
		*p = make([]int64, n)
	}
}

// excess returns the smallest x ≥ 0 with (p − x)/(t − x) ≤ r, for
// 0 ≤ p ≤ t, exactly: 0 when the share is within r or t is 0.
func excess(p, t int64, r vocab.Ratio) int64 {
	if t <= 0 || p <= 0 || vocab.CompareFractions(p, t, r.Num(), r.Den()) <= 0 {
		return 0
	}
	n, d := r.Num(), r.Den()
	if n == 0 {
		return p
	}
	// x = ⌈(p·d − n·t)/(d − n)⌉, with d > n since the share p/t ≤ 1 exceeds r.
	num := new(big.Int).Sub(new(big.Int).Mul(big.NewInt(p), big.NewInt(d)), new(big.Int).Mul(big.NewInt(n), big.NewInt(t)))
	den := big.NewInt(d - n)
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	if m.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return min(q.Int64(), p)
}

// splitProportional splits total (0 ≤ total ≤ sum) across weights, which
// sum to sum > 0, in proportion: each part is ⌊total·w/sum⌋ and the rest
// goes one unit each to the largest remainders, ties to the earlier
// weight. Parts sum to total and none exceeds its weight.
func splitProportional(total int64, weights []int64, sum int64) []int64 {
	parts := make([]int64, len(weights))
	rems := make([]uint64, len(weights))
	var given int64
	for i, w := range weights {
		hi, lo := bits.Mul64(uint64(total), uint64(w))
		q, r := bits.Div64(hi, lo, uint64(sum))
		parts[i], rems[i] = int64(q), r
		given += int64(q)
	}
	for rest := total - given; rest > 0; rest-- {
		best := -1
		for i, r := range rems {
			if best < 0 || r > rems[best] {
				best = i
			}
		}
		parts[best]++
		rems[best] = 0
	}
	return parts
}

// mulFloor returns ⌊v × r⌋ for v ≥ 0 and r in [0, 1], exactly.
func mulFloor(v int64, r vocab.Ratio) int64 {
	hi, lo := bits.Mul64(uint64(v), uint64(r.Num()))
	q, _ := bits.Div64(hi, lo, uint64(r.Den()))
	return int64(q)
}

// Breaches returns the number of findings rule gives, for financial year
// year, on money per cell: the subjects (the centre, or each programme
// with money, unallocated money left out) whose share from the rule's
// classes is above its cap, compared exactly. It is what funding.Evaluate
// reports for the rule on [Ledger] of the same money.
func Breaches(rule funding.PrivateShareCap, year vocab.FinancialYear, cells []Cell, money []int64) int {
	if rule.Year != 0 && rule.Year != year {
		return 0
	}
	classes := capClasses(rule.Classes)
	n := 0
	for _, g := range subjects(cells, rule.Scope) {
		var p, t int64
		for _, i := range g {
			t += money[i]
			if slices.Contains(classes, cells[i].Class) {
				p += money[i]
			}
		}
		if t > 0 && vocab.CompareFractions(p, t, rule.Cap.Num(), rule.Cap.Den()) > 0 {
			n++
		}
	}
	return n
}

// Ledger materialises money per cell and financial year as a funding
// ledger that funding.Evaluate measures as the model does: one funder per
// class ("<class>-funders"), one award per cell with money ("award-<i>",
// recipient "centre"), and one disbursement per cell and year with money,
// dated 1 April of the year and naming the cell's programme. money[k] is
// year years[k]'s money per cell. It reports mismatched lengths and
// negative amounts.
func Ledger(currency funding.Currency, cells []Cell, years []vocab.FinancialYear, money [][]int64) (*funding.Ledger, error) {
	if len(years) != len(money) {
		return nil, errors.New("ahscmodel: one money slice per year")
	}
	l := &funding.Ledger{Version: vocab.CurrentVersion, Currency: currency}
	funderOf := func(c funding.FunderClass) vocab.OrgID { return vocab.OrgID(string(c) + "-funders") }
	for _, c := range funding.FunderClasses().Values() {
		if slices.ContainsFunc(cells, func(x Cell) bool { return x.Class == c }) {
			l.Funders = append(l.Funders, funding.Funder{ID: funderOf(c), Class: c})
		}
	}
	totals := make([]int64, len(cells))
	first := make([]vocab.FinancialYear, len(cells))
	for k, m := range money {
		if len(m) != len(cells) {
			return nil, fmt.Errorf("ahscmodel: year %s has %d cells, want %d", years[k], len(m), len(cells))
		}
		for i, v := range m {
			switch {
			case v < 0:
				return nil, fmt.Errorf("ahscmodel: year %s cell %d: negative amount %d", years[k], i, v)
			case v > 0:
				if totals[i] == 0 || years[k] < first[i] {
					first[i] = years[k]
				}
				totals[i] += v
				l.Transactions = append(l.Transactions, funding.Transaction{
					ID: fmt.Sprintf("t-%s-%d", years[k], i), Award: vocab.AwardID(fmt.Sprintf("award-%d", i)),
					Kind: funding.TransactionKindDisbursement, Date: years[k].Start(),
					Amount: funding.Amount(currency, v), Programme: cells[i].Programme})
			}
		}
	}
	for i, c := range cells {
		if totals[i] == 0 {
			continue
		}
		amt := funding.Amount(currency, totals[i])
		l.Awards = append(l.Awards, funding.Award{ID: vocab.AwardID(fmt.Sprintf("award-%d", i)), Recipient: "centre",
			Funders:       []funding.FunderShare{{Funder: funderOf(c.Class), Share: vocab.IntRatio(1)}},
			AmountAwarded: amt, AmountDisbursed: amt, AwardDate: first[i].Start()})
	}
	return l, nil
}
