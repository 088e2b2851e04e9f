// Package sim is ahsckit's simulation engine: seeded random streams,
// replications on a worker pool, sweeps over scenario parameters, shards
// that run on separate machines and merge back, tidy CSV outputs with a
// manifest, and small reusable components checked against known answers.
// Time is weekly.
//
// The same inputs and master seed give the same output bytes whatever the
// number of workers, their timing or the shard split. The engine never
// reads the clock or global random state.
//
// # Scenarios and plans
//
// A run's input is a [scenario.Scenario] document (package
// [github.com/ahsckit/ahsckit/ahsc/sim/scenario]; strict JSON decoding,
// validation with paths, a published JSON Schema). It fixes the start date,
// the weeks to report, the warm-up weeks run before them, the reporting
// period, the components with their parameters and initial conditions, and
// an optional sweep, a grid of parameter values. A [Plan] adds the model
// ([Components] or your own [Model] through a [Builder]), the master seed
// and the number of replications of each scenario point. Its tasks are the
// (point, replication) pairs, in that order.
//
// # Streams
//
// Every random process in a replication draws from its own named stream: a
// math/rand/v2 PCG whose seeds [StreamSeed] derives from (master seed,
// replication, name) by the function documented at [StreamDerivation],
// version [StreamDerivationVersion]. The scenario is not an input, so all
// points of a sweep see the same numbers in each stream (common random
// numbers), and adding a stream or a component changes no other stream.
// A published vector for other implementations:
// StreamSeed(42, 0, "arrivals") = (0x03fd91eb194c8da1, 0xc4cc98bbe2da0369),
// whose PCG's first Uint64 is 0x8740d415c2610330. Distributions are gonum's
// stat/distuv (Poisson, Bernoulli, Gamma, Student's t) driven by those
// streams; there are no hand-written samplers.
//
// # Components and their known answers
//
//   - [Arrivals]: Poisson counts a week; over w weeks mean and variance
//     w·rate.
//   - [Pipeline]: projects pass stages with geometric durations; the chance
//     of completing is ∏ Success and completers' mean time Σ MeanWeeks;
//     entered = in progress + completed + failed.
//   - [Recruitment]: Poisson–gamma recruitment across sites; totals are
//     negative binomial with mean n·m·w and variance n(m·w + (m·w)²/α).
//   - [Queue]: a waiting list with weekly treatment slots and a capacity;
//     [QueueStationary] computes the exact stationary distribution of its
//     length from the transition matrix, and Little's law links the mean
//     length, the treatments a week and the mean wait.
//
// The tests check each against its closed form with tolerances of 4.5
// standard errors, each standard error derived from the number of
// replications (or projects) averaged.
//
// The AHSC model (package [github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel])
// is built from these components. For it a queue's slots may change week
// by week ([Queue.SetSlots]) and its waiting patients can be listed by
// referral week ([Queue.Waiting]); a [Builder] may report the inputs it
// reads besides the scenario (Builder.Inputs), which every manifest then
// records as modelInputs.
//
// # Outputs
//
// [Run] writes the rows CSV; a whole run also returns the [Summary];
// [RunDir] writes all three files of an output into a directory, the
// manifest last:
//
//   - rows.csv (tidy): scenario, point, one column per sweep axis (named
//     after the axis, holding its value), replication (from 0), seed (the
//     master seed), period, metric, value, unit; one line per task,
//     reporting period and metric, in that order.
//   - summary.csv: scenario, point, the axis columns, period, metric, unit,
//     replications, mean, sd, tInterval95Low, tInterval95High: the mean
//     over replications and its 95% t-interval,
//     mean ∓ t(0.975, n − 1)·sd/√n (sd with n − 1; empty when n < 2).
//   - manifest.json ([Manifest]): library module, version and commit when
//     the build recorded them, Go version, model name and version, stream
//     derivation and its version, master seed, replications, the float
//     format, the full scenario with its sweep, every point's axis values,
//     the metrics, the shard and its task range, and each file's line
//     count, size and SHA-256.
//
// Floats are written one way, strconv.FormatFloat(v, 'g', -1, 64): the
// shortest decimal that parses back to the same float64 ("12", "0.1",
// "1e+06"), so merges recompute summaries from the rows exactly.
//
// Sizes: a 5-point × 1,000-replication × 15-financial-year run of the
// example sweep (10 metrics) writes 750,000 rows, 52.3 MB of rows.csv
// (4.1 MB gzipped), a 98 kB summary.csv and a 3.6 kB manifest, in about
// 4 CPU-seconds. Reporting weekly multiplies the rows by 52.
//
// # Shards and merging
//
// Shard i/n ([Shard]) runs tasks [⌊i·T/n⌋, ⌊(i+1)·T/n⌋) of the T tasks and
// writes "shard-i-of-n.rows.csv" and "shard-i-of-n.manifest.json".
// [Merge] (or [MergeDir]) checks that the shards are all of one run, each
// once, unaltered (digests) and line for line what the run's layout
// expects, then writes rows, summary and manifest byte for byte as one
// process running the whole plan would. [ShardFromEnv] is the one place
// that maps a batch engine's task index to a shard, for Slurm and
// Kubernetes alike.
//
// # Running a sweep
//
// Locally, with the example command:
//
//	go run ./examples/sweep -scenario my.json -reps 1000 -seed 42 -out out/
//
// In Go:
//
//	s, _, err := scenario.Decode(f, vocab.DecodeOptions{})
//	...
//	plan := sim.Plan{Scenario: s, Model: sim.Components(), MasterSeed: 42, Replications: 1000}
//	m, err := sim.RunDir(ctx, plan, sim.Options{Progress: report}, "out")
//
// On Slurm, as a job array (the shard comes from SLURM_ARRAY_TASK_ID and
// SLURM_ARRAY_TASK_COUNT), then a merge once every task has succeeded:
//
//	#!/bin/bash
//	#SBATCH --job-name=ahsc-sweep
//	#SBATCH --array=0-7
//	#SBATCH --cpus-per-task=4
//	#SBATCH --time=01:00:00
//	#SBATCH --output=logs/sweep-%A_%a.out
//	exec ./sweep -scenario scenario.json -reps 1000 -seed 42 \
//	    -workers "$SLURM_CPUS_PER_TASK" -out results/
//
//	jobid=$(sbatch --parsable sweep.sbatch)
//	sbatch --dependency=afterok:$jobid --wrap './sweep merge -out merged/ results/'
//
// .ci/slurm submits such an array to a single-node cluster it starts
// itself, merges the shards and compares the result with a single-process
// run, byte for byte.
//
// On Kubernetes, as an Indexed Job (the shard comes from
// JOB_COMPLETION_INDEX; -shards must equal completions), writing to a
// ReadWriteMany volume, then the same merge:
//
//	apiVersion: batch/v1
//	kind: Job
//	metadata:
//	  name: ahsc-sweep
//	spec:
//	  completionMode: Indexed
//	  completions: 8
//	  parallelism: 8
//	  backoffLimit: 16
//	  template:
//	    spec:
//	      restartPolicy: Never
//	      containers:
//	        - name: sweep
//	          image: registry.example.org/ahsc-sweep:v1 # holds the sweep binary
//	          args: ["-scenario", "/config/scenario.json", "-reps", "1000", "-seed", "42",
//	                 "-shards", "8", "-out", "/results"]
//	          resources:
//	            requests: {cpu: "4"}
//	          volumeMounts:
//	            - {name: config, mountPath: /config}
//	            - {name: results, mountPath: /results}
//	      volumes:
//	        - name: config
//	          configMap: {name: ahsc-scenario}
//	        - name: results
//	          persistentVolumeClaim: {claimName: ahsc-sweep-results}
//
// A retried task rewrites the same bytes (each file is written under a
// temporary name and renamed), so retries are safe.
package sim
