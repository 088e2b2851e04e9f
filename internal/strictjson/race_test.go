//go:build race

package strictjson_test

// raceScale shrinks the large inputs of the allocation tests under the race
// detector, which slows decoding about tenfold; the bounds are relative to
// the input, so they hold at any size.
const raceScale = 8
