package governance_test

import (
	"fmt"
	"io"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// largeBody is a body of n voting seats spread over four partners, all
// present, with n ballots.
func largeBody(n int) (*governance.Body, []vocab.PersonID, []governance.Ballot) {
	b := fourSeats(governance.TermsOfReference{Quorum: governance.Quorum{Share: vocab.MustRatio(1, 2), EachPartner: true},
		Threshold: governance.TwoThirds(), Reserved: governance.ReservedMatters{Concurrence: true}})
	b.Seats = b.Seats[:1]
	present := []vocab.PersonID{"chair"}
	var ballots []governance.Ballot
	orgs := []vocab.OrgID{"kcl", "gstt", "kch", "slam"}
	for i := range n {
		p := vocab.PersonID(fmt.Sprintf("p%d", i))
		b.Seats = append(b.Seats, governance.Seat{ID: governance.SeatID(fmt.Sprintf("s%d", i)), Label: "seat", NominatedBy: orgs[i%4], Voting: true,
			Terms: []governance.Term{{Person: p, Period: vocab.PeriodFrom(vocab.MustParseDate("2024-01-01"))}}})
		present = append(present, p)
		ballots = append(ballots, governance.Ballot{Voter: p, Option: []governance.VoteOption{governance.VoteOptionYes, governance.VoteOptionNo, governance.VoteOptionAbstain}[i%3]})
	}
	return b, present, ballots
}

// perSeat runs the benchmark's operation on a body of n seats (each with
// a ballot) and reports ns/seat and allocs/seat besides the usual figures.
func perSeat(b *testing.B, n int, run func()) { perUnit(b, n, "seat", run) }

// perUnit runs the benchmark's operation on n units and reports ns, CPU
// time (see cpuTime) and allocations per unit besides the usual figures.
func perUnit(b *testing.B, n int, unit string, run func()) {
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := cpuTime()
	for b.Loop() {
		run()
	}
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&after)
	per := float64(b.N) * float64(n)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/per, "ns/"+unit)
	b.ReportMetric(float64(cpu.Nanoseconds())/per, "cpu-ns/"+unit)
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/per, "allocs/"+unit)
}

func BenchmarkDecide(b *testing.B) {
	for _, n := range []int{9, 100, 1000} {
		body, present, ballots := largeBody(n)
		m := governance.Motion{ID: "m", Text: "t", Date: vocab.MustParseDate("2025-01-01"), Reserved: true}
		b.Run(fmt.Sprintf("seats=%d", n), func(b *testing.B) {
			for b.Loop() {
				if _, err := governance.Decide(body, &m, present, ballots); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkValidateKHP(b *testing.B) {
	d := reference.KHPGovernance()
	for b.Loop() {
		if err := d.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReport(b *testing.B) {
	d := reportDoc()
	fy := vocab.MustParsePeriod("2024-04-01/2025-03-31")
	for b.Loop() {
		_ = d.Report(io.Discard, fy, governance.ReportOptions{RedactInterests: true})
	}
}

// BenchmarkDecideRules decides a motion before bodies of 1k, 10k and 100k
// voting seats, all present, half of them paired and the rest voting yes,
// no or abstaining, under a members-voting quorum and a members-present
// threshold; and ("one partner") the same ballots where every pair names
// p0 instead of its partner, so all but one are rejected: linear apart from
// sorting either way.
func BenchmarkDecideRules(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		body, present, ballots := largeBody(n)
		body.Rules.Quorum.Basis = governance.QuorumBasisMembersVoting
		body.Rules.Threshold = governance.Threshold{Rule: governance.ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2), MoreThan: true}
		for i := 0; i+1 < n; i += 4 {
			ballots[i] = paired(ballots[i].Voter, ballots[i+1].Voter)
			ballots[i+1] = paired(ballots[i+1].Voter, ballots[i].Voter)
		}
		oneTarget := make([]governance.Ballot, len(ballots))
		copy(oneTarget, ballots)
		for i := range oneTarget {
			if oneTarget[i].Option == governance.VoteOptionPaired && i > 1 {
				oneTarget[i].Pair = "p0"
			}
		}
		m := governance.Motion{ID: "m", Text: "t", Date: vocab.MustParseDate("2025-01-01"), Reserved: true}
		b.Run(fmt.Sprintf("seats=%d", n), func(b *testing.B) {
			perSeat(b, n, func() {
				if _, err := governance.Decide(body, &m, present, ballots); err != nil {
					b.Fatal(err)
				}
			})
		})
		b.Run(fmt.Sprintf("seats=%d/one-partner", n), func(b *testing.B) {
			perSeat(b, n, func() {
				if _, err := governance.Decide(body, &m, present, oneTarget); err == nil {
					b.Fatal("pairs naming one member were accepted")
				}
			})
		})
	}
}

// cpuTime returns the CPU time the process has used, user and system, all
// threads (the collector's included): on a machine shared with other jobs
// it varies less than elapsed time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
