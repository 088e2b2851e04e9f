package sim

import (
	"fmt"
	"strconv"
)

// ShardFromEnv maps a batch engine's task index to a [Shard]; it is the
// one place the engines' variables are read, so a Slurm job array and a
// Kubernetes Indexed Job split a run the same way. getenv is os.Getenv or
// a stand-in; count is the number of shards when the caller knows it (a
// flag), or 0.
//
//   - Slurm job array (sbatch --array=0-(n-1)): the index is
//     (SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN) / SLURM_ARRAY_TASK_STEP
//     (MIN 0 and STEP 1 when unset) and the count SLURM_ARRAY_TASK_COUNT;
//     a non-zero count must agree with it.
//   - Kubernetes Indexed Job (completionMode: Indexed): the index is
//     JOB_COMPLETION_INDEX and count must be given, equal to the Job's
//     completions (Kubernetes does not pass it to the pod).
//
// ok is false when neither engine's index is set. Slurm wins when both are.
func ShardFromEnv(getenv func(string) string, count int) (s Shard, ok bool, err error) {
	num := func(name string, def int) (int, error) {
		v := getenv(name)
		if v == "" {
			return def, nil
		}
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("sim: %s=%q: want a whole number ≥ 0", name, v)
		}
		return n, nil
	}
	switch {
	case getenv("SLURM_ARRAY_TASK_ID") != "":
		id, err := num("SLURM_ARRAY_TASK_ID", 0)
		if err != nil {
			return Shard{}, false, err
		}
		lo, err := num("SLURM_ARRAY_TASK_MIN", 0)
		if err != nil {
			return Shard{}, false, err
		}
		step, err := num("SLURM_ARRAY_TASK_STEP", 1)
		if err != nil {
			return Shard{}, false, err
		}
		n, err := num("SLURM_ARRAY_TASK_COUNT", 0)
		if err != nil {
			return Shard{}, false, err
		}
		if n == 0 {
			return Shard{}, false, fmt.Errorf("sim: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not")
		}
		if step == 0 || id < lo || (id-lo)%step != 0 {
			return Shard{}, false, fmt.Errorf("sim: Slurm array task %d (min %d, step %d) is not on the array's grid", id, lo, step)
		}
		if count != 0 && count != n {
			return Shard{}, false, fmt.Errorf("sim: %d shards asked for, but the Slurm array has %d tasks", count, n)
		}
		s = Shard{Index: (id - lo) / step, Count: n}
	case getenv("JOB_COMPLETION_INDEX") != "":
		i, err := num("JOB_COMPLETION_INDEX", 0)
		if err != nil {
			return Shard{}, false, err
		}
		if count == 0 {
			return Shard{}, false, fmt.Errorf("sim: JOB_COMPLETION_INDEX is set: give the number of shards (the Job's completions)")
		}
		s = Shard{Index: i, Count: count}
	default:
		return Shard{}, false, nil
	}
	if err := s.check(); err != nil {
		return Shard{}, false, err
	}
	return s, true, nil
}
