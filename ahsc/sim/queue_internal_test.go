package sim

import (
	"testing"

	"pgregory.net/rapid"
)

// TestQueueInvariants: the list never exceeds its capacity; referrals are
// admitted or turned away; admitted patients are treated or still
// waiting; and, exactly at every step, the end-of-step lengths summed over
// steps equal the waits of those treated plus the waits so far of those
// still waiting (Little's law before taking limits).
func TestQueueInvariants(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		spec := QueueSpec{ReferralsPerWeek: rapid.Float64Range(0.01, 30).Draw(t, "rate"),
			SlotsPerWeek: rapid.IntRange(0, 30).Draw(t, "slots"), Capacity: rapid.IntRange(1, 50).Draw(t, "capacity")}
		spec.Initial = rapid.IntRange(0, spec.Capacity).Draw(t, "initial")
		start := rapid.IntRange(-50, 0).Draw(t, "start")
		q, err := NewQueue(spec, start, NewStream(rapid.Uint64().Draw(t, "seed"), 0, "q"))
		if err != nil {
			t.Fatal(err)
		}
		// The initial patients count as referred in step start−1, where
		// they were the list's length at that step's end.
		lengthSum, waited := spec.Initial, 0
		admitted, treated := spec.Initial, 0
		for w := start; w < start+rapid.IntRange(1, 200).Draw(t, "steps"); w++ {
			s := q.Step(w)
			if s.Length > spec.Capacity || s.Length != q.Length() || s.Referrals != s.Admitted+s.TurnedAway ||
				s.Treated > spec.SlotsPerWeek || s.Treated > 0 && s.WaitWeeks < s.Treated {
				t.Fatalf("step %d: %+v", w, s)
			}
			admitted += s.Admitted
			treated += s.Treated
			waited += s.WaitWeeks
			lengthSum += s.Length
			waiting := 0
			for _, c := range q.fifo[q.head:] {
				waiting += c.n * (w - c.week + 1) // counted at the ends of steps c.week..w
			}
			if admitted != treated+s.Length || lengthSum != waited+waiting {
				t.Fatalf("step %d: admitted %d, treated %d, length %d; length sum %d, waits %d + %d",
					w, admitted, treated, s.Length, lengthSum, waited, waiting)
			}
		}
	})
}
