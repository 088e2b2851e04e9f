package sim

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/stat/distuv"
)

// QueueSpec is the configuration of a [Queue].
type QueueSpec struct {
	// ReferralsPerWeek is the mean number of referrals a week (Poisson),
	// finite and above 0.
	ReferralsPerWeek float64
	// SlotsPerWeek is the number treated a week when enough are waiting.
	SlotsPerWeek int
	// Capacity is the longest the waiting list can be, at least 1.
	Capacity int
	// Initial is the waiting-list length at the start, 0 to Capacity.
	Initial int
}

func (s QueueSpec) check() error {
	if !(s.ReferralsPerWeek > 0) || math.IsInf(s.ReferralsPerWeek, 0) || s.SlotsPerWeek < 0 ||
		s.Capacity < 1 || s.Initial < 0 || s.Initial > s.Capacity {
		return fmt.Errorf("sim: queue: %+v: want a finite referral rate above 0, slots ≥ 0, capacity ≥ 1 and 0 ≤ initial ≤ capacity", s)
	}
	return nil
}

// Queue is a waiting list in weekly steps, the time model of care. Each
// step first treats min(length, SlotsPerWeek) patients, longest-waiting
// first; then the week's referrals, Poisson with mean ReferralsPerWeek
// (gonum distuv.Poisson), join the list up to Capacity, and the rest are
// turned away. Its length at the end of a step is a Markov chain on
// 0..Capacity whose stationary distribution [QueueStationary] computes
// exactly from the transition matrix.
//
// Each patient treated reports how long they waited: the steps from the
// one they were referred in to the one they were treated in, so at least
// 1. Summed over weeks, the end-of-step lengths equal the treated
// patients' waits plus the waits so far of those still waiting; in the
// long run this is Little's law: mean length = admissions a week × mean
// wait.
type Queue struct {
	spec     QueueSpec
	d        distuv.Poisson
	fifo     []cohort // patients waiting, by referral week, oldest first
	head     int
	length   int
	admitted int64
}

// cohort is the patients still waiting who were referred in one week.
type cohort struct {
	week int
	n    int
}

// QueueStep is what one step of a queue did.
type QueueStep struct {
	// Referrals, Admitted and TurnedAway count the week's referrals, those
	// that joined the list and those that did not fit.
	Referrals, Admitted, TurnedAway int
	// Treated counts the patients treated; WaitWeeks sums their waits.
	Treated, WaitWeeks int
	// Length is the waiting-list length at the end of the step.
	Length int
}

// NewQueue returns a queue with spec.Initial patients waiting since the
// step before week start, drawing referrals from src.
func NewQueue(spec QueueSpec, start int, src rand.Source) (*Queue, error) {
	if err := spec.check(); err != nil {
		return nil, err
	}
	if src == nil {
		return nil, fmt.Errorf("sim: queue: no source")
	}
	q := &Queue{spec: spec, d: distuv.Poisson{Lambda: spec.ReferralsPerWeek, Src: src}, length: spec.Initial}
	if spec.Initial > 0 {
		q.fifo = append(q.fifo, cohort{week: start - 1, n: spec.Initial})
	}
	return q, nil
}

// Step simulates step week.
func (q *Queue) Step(week int) QueueStep {
	var r QueueStep
	for todo := min(q.length, q.spec.SlotsPerWeek); todo > 0; {
		c := &q.fifo[q.head]
		k := min(c.n, todo)
		r.Treated += k
		r.WaitWeeks += k * (week - c.week)
		c.n -= k
		todo -= k
		if c.n == 0 {
			q.head++
		}
	}
	q.length -= r.Treated
	if q.head > 32 && q.head*2 > len(q.fifo) {
		q.fifo = append(q.fifo[:0], q.fifo[q.head:]...)
		q.head = 0
	}
	r.Referrals = int(q.d.Rand())
	r.Admitted = min(r.Referrals, q.spec.Capacity-q.length)
	r.TurnedAway = r.Referrals - r.Admitted
	if r.Admitted > 0 {
		q.fifo = append(q.fifo, cohort{week: week, n: r.Admitted})
		q.length += r.Admitted
		q.admitted += int64(r.Admitted)
	}
	r.Length = q.length
	return r
}

// Length returns the waiting-list length.
func (q *Queue) Length() int { return q.length }

// Slots returns the number treated a step when enough are waiting.
func (q *Queue) Slots() int { return q.spec.SlotsPerWeek }

// SetSlots sets the number treated a step, from the next step on, to n
// (0 or more): a care model whose capacity varies week by week sets it
// before each step. It reports a negative n.
func (q *Queue) SetSlots(n int) error {
	if n < 0 {
		return fmt.Errorf("sim: queue: %d slots: want 0 or more", n)
	}
	q.spec.SlotsPerWeek = n
	return nil
}

// Waiting calls yield for the patients waiting, by the step they were
// referred in, oldest first: referred is that step (spec.Initial
// patients count as referred the step before the queue's start) and n the
// number still waiting from it, above 0. The next step treats them in
// this order. It stops when yield returns false. Time is linear in the
// number of distinct referral steps waiting.
func (q *Queue) Waiting(yield func(referred, n int) bool) {
	for _, c := range q.fifo[q.head:] {
		if c.n > 0 && !yield(c.week, c.n) {
			return
		}
	}
}

// QueueStationary returns the stationary distribution of a [Queue]'s
// end-of-step length: π[k] is the long-run share of steps that end with k
// waiting, for k = 0..Capacity. It builds the transition matrix
// P[i][j] = Pr(min(Capacity, max(i−Slots, 0) + A) = j), A Poisson with mean
// ReferralsPerWeek (probabilities from gonum distuv.Poisson), and solves
// πP = π, Σπ = 1 by Gaussian elimination with partial pivoting: O(K³) time
// and O(K²) memory for capacity K, so Capacity is limited to 1,000.
// spec.Initial is ignored.
func QueueStationary(spec QueueSpec) ([]float64, error) {
	spec.Initial = 0
	if err := spec.check(); err != nil {
		return nil, err
	}
	k := spec.Capacity
	if k > 1000 {
		return nil, fmt.Errorf("sim: queue stationary: capacity %d: at most 1000", k)
	}
	n := k + 1
	pois := distuv.Poisson{Lambda: spec.ReferralsPerWeek}
	pmf := make([]float64, n)
	for a := range pmf {
		pmf[a] = pois.Prob(float64(a))
	}
	// a holds the system (Pᵀ − I)π = 0 with its last row replaced by Σπ = 1,
	// augmented with the right-hand side.
	a := make([][]float64, n)
	for i := range a {
		a[i] = make([]float64, n+1)
	}
	for i := range n { // from state i
		j0 := max(i-spec.SlotsPerWeek, 0)
		rest := 1.0
		for j := j0; j < k; j++ {
			a[j][i] += pmf[j-j0]
			rest -= pmf[j-j0]
		}
		a[k][i] += max(rest, 0)
		a[i][i]--
	}
	for j := range n {
		a[k][j] = 1
	}
	a[k][n] = 1
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if a[p][c] == 0 {
			return nil, fmt.Errorf("sim: queue stationary: singular transition system")
		}
		a[c], a[p] = a[p], a[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			if f == 0 {
				continue
			}
			for j := c; j <= n; j++ {
				a[r][j] -= f * a[c][j]
			}
		}
	}
	pi := make([]float64, n)
	for c := n - 1; c >= 0; c-- {
		s := a[c][n]
		for j := c + 1; j < n; j++ {
			s -= a[c][j] * pi[j]
		}
		pi[c] = s / a[c][c]
	}
	return pi, nil
}
