//go:build race

package funding_test

// raceScale shrinks the large inputs of the memory tests under the race
// detector, which slows decoding about tenfold and multiplies memory; the
// bounds are relative to the input and the value decoded, so they hold at
// any size.
const raceScale = 10
