package sim

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
)

// Shard selects a deterministic slice of a run's tasks, for running one
// run as n independent processes: shard i of n runs tasks
// [⌊i·T/n⌋, ⌊(i+1)·T/n⌋) of the T tasks in run order (scenario point, then
// replication). The slices are contiguous and cover every task once, so
// the shards' rows, concatenated in shard order, are the whole run's rows
// ([Merge] does that and checks it). The zero Shard is the whole run, the
// same as 0/1.
type Shard struct {
	// Index is the shard, from 0.
	Index int
	// Count is the number of shards; 0 means 1.
	Count int
}

// wholeRun is the shard that is the whole run, 0/1.
var wholeRun = Shard{Index: 0, Count: 1}

// ParseShard parses "i/n" with 0 ≤ i < n.
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil {
		return Shard{}, fmt.Errorf("sim: shard %q: want i/n, such as 0/4", s)
	}
	sh := Shard{Index: i, Count: n}
	if err := sh.check(); err != nil {
		return Shard{}, err
	}
	return sh, nil
}

func (s Shard) norm() Shard {
	if s.Count == 0 && s.Index == 0 {
		return wholeRun
	}
	return s
}

func (s Shard) check() error {
	s = s.norm()
	if s.Count < 1 || s.Index < 0 || s.Index >= s.Count {
		return fmt.Errorf("sim: shard %d/%d: want 0 ≤ index < count", s.Index, s.Count)
	}
	return nil
}

// IsWhole reports whether s is the whole run.
func (s Shard) IsWhole() bool { return s.norm() == wholeRun }

// String returns "i/n".
func (s Shard) String() string {
	s = s.norm()
	return strconv.Itoa(s.Index) + "/" + strconv.Itoa(s.Count)
}

// Range returns the shard's tasks [lo, hi) out of total.
func (s Shard) Range(total int) (lo, hi int) {
	s = s.norm()
	return splitPoint(s.Index, s.Count, total), splitPoint(s.Index+1, s.Count, total)
}

// splitPoint returns ⌊i·total/n⌋ without overflow.
func splitPoint(i, n, total int) int {
	hi, lo := bits.Mul64(uint64(i), uint64(total))
	q, _ := bits.Div64(hi, lo, uint64(n))
	return int(q)
}
