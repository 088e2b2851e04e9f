//go:build !race

package strictjson_test

// raceScale is 1 without the race detector: the allocation tests use the
// full sizes of issue 10.
const raceScale = 1
