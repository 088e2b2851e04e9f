package ahscmodel

import (
	"math"
	"math/bits"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/programme"
)

// StandardLimit is how the model measures one NHS waiting-time standard in
// weekly steps: the limit in days, in whole weeks, and whether it counts
// the patients still waiting (incomplete pathways) or those treated.
type StandardLimit struct {
	// Days is the standard's limit in days.
	Days int
	// Weeks is the limit in whole weekly steps, ⌊Days/7⌋: a wait of that
	// many weeks is within the limit, one more is not.
	Weeks int
	// Incomplete reports whether the standard counts patients still
	// waiting at the end of each week (the 18-week RTT standard) rather
	// than patients treated that week (the cancer standards).
	Incomplete bool
}

// StandardLimits returns the model's measure of each NHS standard in
// programme.Standards, keyed by ID. The limits are in the standards'
// names and measures: 18 weeks of incomplete pathways; 28, 31 and 62 days
// to diagnosis or treatment. The 31-day standard runs from the decision
// to treat, which the model does not separate from referral.
func StandardLimits() map[programme.StandardID]StandardLimit {
	days := func(d int, incomplete bool) StandardLimit {
		return StandardLimit{Days: d, Weeks: d / 7, Incomplete: incomplete}
	}
	return map[programme.StandardID]StandardLimit{
		programme.StandardRTT18Weeks:     days(18*7, true),
		programme.StandardCancer28DayFDS: days(28, false),
		programme.StandardCancer31Day:    days(31, false),
		programme.StandardCancer62Day:    days(62, false),
	}
}

// facilityParams is one facility as a model point runs it.
type facilityParams struct {
	id             vocab.FacilityID
	capacity       int
	share          vocab.Ratio // the research share asked for
	ringFence      vocab.Ratio // the bound on share
	effective      vocab.Ratio // min(share, ring fence)
	draw           scenario.DrawMode
	perParticipant vocab.Ratio
	reserve        int // ⌊effective × capacity⌋
}

// useParams is a pathway's use of a facility: the capacity a referral
// needs and the pathway's fixed share of the facility's care capacity.
type useParams struct {
	facility           int
	per                vocab.Ratio
	shareNum, shareDen int64
}

// pathwayParams is one pathway as a model point runs it.
type pathwayParams struct {
	id        programme.PathwayID
	standard  programme.Standard
	limit     StandardLimit
	referrals vocab.Ratio
	ownSlots  int // -1: none
	uses      []useParams
	listCap   int
	initial   int
}

// care is a replication's front-line care: one engine Queue per pathway.
type care struct {
	fs     []facilityParams
	ps     []pathwayParams
	queues []*sim.Queue
	draws  []int // this week's research draw per facility
	avail  []int // this week's care capacity per facility
	weeks  []PathwayWeek
	totals []CareCounts
}

// PathwayWeek is what one week of one pathway did.
type PathwayWeek struct {
	// Referrals, Admitted and TurnedAway count the week's referrals.
	Referrals, Admitted, TurnedAway int
	// Slots is the week's treatment capacity.
	Slots int
	// Treated counts patients treated (or, for the diagnosis standard,
	// diagnosed).
	Treated int
	// Waiting is the list at the week's end.
	Waiting int
	// Within and Measured are the standard's numerator and denominator:
	// treated patients within the limit and all treated (cancer
	// standards), or patients waiting within the limit and all waiting
	// (RTT).
	Within, Measured int
}

// Performance returns Within/Measured, or 1 when nobody was measured.
func (w PathwayWeek) Performance() float64 {
	if w.Measured == 0 {
		return 1
	}
	return float64(w.Within) / float64(w.Measured)
}

// Meets reports whether the week meets target exactly: Within/Measured ≥
// target (a week with nobody measured meets it).
func (w PathwayWeek) Meets(target vocab.Ratio) bool {
	return w.Measured == 0 || vocab.CompareFractions(int64(w.Within), int64(w.Measured), target.Num(), target.Den()) >= 0
}

// CareCounts are a pathway's running totals. At every step Initial +
// Referrals = Treated + Waiting + TurnedAway.
type CareCounts struct {
	// Initial is the list when the warm-up began.
	Initial int64
	// Referrals, Treated and TurnedAway are totals since then.
	Referrals, Treated, TurnedAway int64
	// Waiting is the list now.
	Waiting int64
}

func newCare(fs []facilityParams, ps []pathwayParams, streams sim.Streams, first int) *care {
	c := &care{fs: fs, ps: ps, draws: make([]int, len(fs)), avail: make([]int, len(fs)),
		weeks: make([]PathwayWeek, len(ps)), totals: make([]CareCounts, len(ps))}
	for i := range ps {
		p := &ps[i]
		q, err := sim.NewQueue(sim.QueueSpec{ReferralsPerWeek: p.referrals.Float64(), SlotsPerWeek: 0, Capacity: p.listCap,
			Initial: p.initial}, first, streams.Stream("referrals-"+string(p.id)))
		if err != nil {
			panic("ahscmodel: " + err.Error()) // parameters are checked when the model is built
		}
		c.queues = append(c.queues, q)
		c.totals[i].Initial = int64(p.initial)
	}
	return c
}

// ceilMul returns ⌈n × r⌉ for n ≥ 0 and r ≥ 0, saturating at MaxInt.
func ceilMul(n int, r vocab.Ratio) int {
	hi, lo := bits.Mul64(uint64(n), uint64(r.Num()))
	if hi >= uint64(r.Den()) {
		return math.MaxInt
	}
	q, rem := bits.Div64(hi, lo, uint64(r.Den()))
	if rem > 0 {
		q++
	}
	return int(min(q, math.MaxInt))
}

// floorMulDiv returns ⌊n × num / den⌋ for n ≥ 0, 0 ≤ num, den > 0,
// saturating at MaxInt.
func floorMulDiv(n int, num, den int64) int {
	hi, lo := bits.Mul64(uint64(n), uint64(num))
	if hi >= uint64(den) {
		return math.MaxInt
	}
	q, _ := bits.Div64(hi, lo, uint64(den))
	return int(min(q, math.MaxInt))
}

// slots returns pathway i's treatment capacity this week: its own slots,
// and for each facility it uses its fixed share of the facility's care
// capacity divided by the need of a referral, all rounded down; the least.
func (c *care) slots(i int) int {
	p := &c.ps[i]
	s := math.MaxInt
	if p.ownSlots >= 0 {
		s = p.ownSlots
	}
	for _, u := range p.uses {
		alloc := floorMulDiv(c.avail[u.facility], u.shareNum, u.shareDen)
		s = min(s, floorMulDiv(alloc, u.per.Den(), u.per.Num()))
	}
	return min(s, p.listCap)
}

// step runs week given the participants trials recruited in it.
func (c *care) step(week, recruited int) {
	for f := range c.fs {
		fp := &c.fs[f]
		d := fp.reserve
		if fp.draw == scenario.DrawDemand {
			d = min(d, ceilMul(recruited, fp.perParticipant))
		}
		c.draws[f], c.avail[f] = d, fp.capacity-d
	}
	for i, q := range c.queues {
		p := &c.ps[i]
		slots := c.slots(i)
		_ = q.SetSlots(slots)
		var w PathwayWeek
		w.Slots = slots
		if !p.limit.Incomplete {
			todo := min(q.Length(), slots)
			q.Waiting(func(referred, n int) bool {
				k := min(n, todo)
				if week-referred <= p.limit.Weeks {
					w.Within += k
				}
				todo -= k
				return todo > 0
			})
		}
		r := q.Step(week)
		w.Referrals, w.Admitted, w.TurnedAway, w.Treated, w.Waiting = r.Referrals, r.Admitted, r.TurnedAway, r.Treated, r.Length
		if p.limit.Incomplete {
			// Waited at the week's end: week − referred + 1 weeks.
			over := 0
			q.Waiting(func(referred, n int) bool {
				if week-referred+1 <= p.limit.Weeks {
					return false
				}
				over += n
				return true
			})
			w.Within, w.Measured = r.Length-over, r.Length
		} else {
			w.Measured = r.Treated
		}
		c.weeks[i] = w
		t := &c.totals[i]
		t.Referrals += int64(r.Referrals)
		t.Treated += int64(r.Treated)
		t.TurnedAway += int64(r.TurnedAway)
		t.Waiting = int64(r.Length)
	}
}
