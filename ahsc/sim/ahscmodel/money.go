package ahscmodel

import (
	"errors"
	"fmt"
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
// one, funding.ApplyChange's rule; another plugs in through [WithCapper].
type Capper interface {
	// Apply caps years (consecutive, in order) whose money per cell is
	// indexed like cells, filling in each year's outcome slices; it
	// reports parameters it cannot apply.
	Apply(cells []Cell, years []FundingYear) error
}

// NewCapper returns the built-in capper of caps: funding.ApplyChange's
// rule, applied jointly. Each year, the caps apply in order to the year's
// offer pooled with the money earlier years deferred, each exactly as
// [funding.ApplyChange] applies its change ([CapChange]) to the ledger
// the money materialises as ([Ledger]): for each subject of the cap (the
// centre, or each programme, leaving out unallocated money) whose private
// share is above it, with P the subject's private money (the cap's
// classes), T all its money and Cap = n/d, it takes the least whole
// number of minor units x with
//
//	(P − x)·d ≤ n·(T − x + ⌊Share·x⌋)
//
// (Share the backfill's share, 0 without one; without it
// x = ⌈(P·d − n·T)/(d − n)⌉), from the newest money first: this year's
// offer, then money deferred once, twice and so on, and within each
// whole cells from the last to the first (the materialised ledger's
// latest transaction first). A cap in decline mode refuses x and its
// backfilling class adds ⌊Share·x⌋, split over the cells x was taken
// from in proportion (funding.Apportion), each to its programme's
// backfill cell; a cap in defer mode moves the money deferred fewer than
// ExpiresAfterYears times to the next year, where it is offered again,
// and lets the rest expire. For a single cap the outcome is
// ApplyChange's, cell by cell and year by year (a property test proves
// it); several caps apply one after another within each year, which one
// ApplyChange cannot express. Taking the money of a cap's classes never
// raises their share, so the money kept meets every cap when the caps
// count the same classes and none counts another's backfilling class.
// Backfill cells must be among cells.
func NewCapper(caps ...scenario.FundingCap) Capper { return flowCapper{caps: caps} }

// CapChange returns the funding change that applies cap c as
// [funding.ApplyChange] does: its private-share rule, mode, backfill
// (none when its share is 0) and expiry.
func CapChange(c scenario.FundingCap) funding.Change {
	ch := funding.Change{Rule: capRule(c), Mode: funding.ChangeMode(c.Mode), ExpiresAfter: c.ExpiresAfterYears}
	if b := c.Backfill; b != nil && c.Mode == scenario.CapDecline && b.Share.Sign() > 0 {
		ch.Backfill, ch.BackfillShare = b.Class, b.Share
	}
	return ch
}

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
	expire   int         // money of this age or older expires instead of moving (defer)
	share    vocab.Ratio // the backfill's share; 0 without one
	backfill []int       // per cell: the backfill cell of its programme, or -1
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
		if b := c.Backfill; b != nil && c.Mode == scenario.CapDecline && b.Share.Sign() > 0 {
			if !b.Share.InUnitInterval() || slices.Contains(classes, b.Class) {
				return fmt.Errorf("ahscmodel: backfill by %s at %s: a share in (0, 1] of a class the cap does not count", b.Class, b.Share)
			}
			pl.share = b.Share
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
	type taken struct {
		cell   int
		amount int64
	}
	var took []taken
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
		for _, pl := range plans {
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
				x := excess(p, t, pl.c.Cap, pl.share)
				bf := mulFloor(x, pl.share)
				// The newest money first: age 0, then 1, ...; within an
				// age, the last cell first.
				took = took[:0]
				for a := 0; a < ages && x > 0; a++ {
					for k := len(g) - 1; k >= 0 && x > 0; k-- {
						i := g[k]
						v := buckets[a][i]
						if !pl.private[i] || v == 0 {
							continue
						}
						part := min(x, v)
						buckets[a][i] -= part
						x -= part
						took = append(took, taken{i, part})
						switch {
						case pl.c.Mode == scenario.CapDecline:
							Y.Refused[i] += part
						case a < pl.expire:
							Y.Deferred[i] += part
							next[a+1][i] += part
						default:
							Y.Expired[i] += part
						}
					}
				}
				if bf > 0 {
					var total int64
					shares := make([]vocab.Ratio, len(took))
					for _, tk := range took {
						total += tk.amount
					}
					for k, tk := range took {
						shares[k] = vocab.MustRatio(tk.amount, total)
					}
					parts, _, err := funding.Apportion(funding.Amount(funding.GBP, bf), shares)
					if err != nil {
						return err
					}
					for k, tk := range took {
						j := pl.backfill[tk.cell]
						buckets[0][j] += parts[k].Minor
						Y.Backfilled[j] += parts[k].Minor
					}
				}
			}
		}
		for a := range ages {
			for i, v := range buckets[a] {
				Y.Kept[i] += v
			}
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

// excess returns the least x in [0, p] with
// (p − x)·d ≤ n·(t − x + ⌊share·x⌋) for r = n/d, exactly, for
// 0 ≤ p ≤ t: 0 when the share p/t is within r or t is 0. Without a
// backfill share it is ⌈(p·d − n·t)/(d − n)⌉ (p for r = 0); with one it
// is found by bisection, as funding.ApplyChange finds it (the test is
// monotone in x).
func excess(p, t int64, r vocab.Ratio, share vocab.Ratio) int64 {
	if t <= 0 || p <= 0 || vocab.CompareFractions(p, t, r.Num(), r.Den()) <= 0 {
		return 0
	}
	n, d := r.Num(), r.Den()
	if share.Sign() > 0 {
		within := func(x int64) bool {
			rest, total := p-x, t-x+mulFloor(x, share)
			if total == 0 {
				return rest == 0
			}
			return vocab.CompareFractions(rest, total, n, d) <= 0
		}
		lo, hi := int64(0), p
		for lo < hi {
			mid := lo + (hi-lo)/2
			if within(mid) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return lo
	}
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
// recipient "centre"), and one disbursement per cell and year with money
// ("t-<year>-<cell>", the cell's index in six digits, so that within a
// year the transactions sort in cell order), dated 1 April of the year
// and naming the cell's programme: funding.ApplyChange takes the money
// of the last cell first, as [NewCapper] does. money[k] is
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
					ID: fmt.Sprintf("t-%s-%06d", years[k], i), Award: vocab.AwardID(fmt.Sprintf("award-%d", i)),
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
