//go:build !race

package funding_test

// raceScale is 1 without the race detector: the memory tests use the full
// sizes of issue 10.
const raceScale = 1
