package sim

import "math/rand/v2"

// StreamDerivation names the stream-derivation function [StreamSeed], and
// StreamDerivationVersion is its version. Both are written into every run
// manifest. The version changes whenever the function would give any
// (master seed, replication, name) a different generator; version 1 is:
//
//	mix(z)  = SplitMix64's finaliser: z ^= z>>30; z *= 0xbf58476d1ce4e5b9;
//	          z ^= z>>27; z *= 0x94d049bb133111eb; z ^= z>>31
//	γ       = 0x9e3779b97f4a7c15 (the golden-ratio increment)
//	h       = FNV-1a 64 of the stream name's UTF-8 bytes
//	seed1   = mix(mix(mix(master) + γ·(replication+1)) ^ h)
//	seed2   = mix(seed1 + γ)
//	stream  = math/rand/v2 PCG seeded with (seed1, seed2)
//
// All arithmetic is modulo 2^64. mix is a bijection, so for one master
// seed and name distinct replications get distinct seed1 values, and for
// one replication distinct names do unless their FNV-1a hashes collide.
// math/rand/v2 guarantees that a PCG's output for given seeds never changes
// between Go releases, so a (master seed, replication, name) triple and
// this version identify a stream's numbers exactly.
const (
	StreamDerivation        = "splitmix64-fnv1a-pcg"
	StreamDerivationVersion = 1
)

const golden = 0x9e3779b97f4a7c15

// mix is SplitMix64's output function (Steele, Lea & Flood, "Fast
// splittable pseudorandom number generators", OOPSLA 2014), a bijection
// on 64-bit words.
func mix(z uint64) uint64 {
	z ^= z >> 30
	z *= 0xbf58476d1ce4e5b9
	z ^= z >> 27
	z *= 0x94d049bb133111eb
	return z ^ z>>31
}

// fnv1a returns the 64-bit FNV-1a hash of s.
func fnv1a(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// StreamSeed returns the two PCG seeds of the stream named name in
// replication replication of a run with master seed master, by the
// derivation documented at [StreamDerivation]. The scenario is not an
// input, so every scenario of a sweep sees the same numbers in the same
// stream (common random numbers), and adding a stream changes no other.
func StreamSeed(master, replication uint64, name string) (seed1, seed2 uint64) {
	seed1 = mix(mix(mix(master)+golden*(replication+1)) ^ fnv1a(name))
	return seed1, mix(seed1 + golden)
}

// NewStream returns the generator of one stream: a math/rand/v2 PCG
// seeded by [StreamSeed]. It implements rand.Source, so it drives gonum's
// distributions (their Src field) or rand.New. A stream must be used by
// one goroutine at a time.
func NewStream(master, replication uint64, name string) *rand.PCG {
	return rand.NewPCG(StreamSeed(master, replication, name))
}

// Streams hands out the named streams of one replication.
type Streams struct {
	master      uint64
	replication int
}

// NewStreams returns the streams of replication replication (from 0) of a
// run with master seed master.
func NewStreams(master uint64, replication int) Streams {
	return Streams{master: master, replication: replication}
}

// Stream returns a new generator for the named stream: the same name gives
// the same sequence each time it is asked for.
func (s Streams) Stream(name string) *rand.PCG {
	return NewStream(s.master, uint64(s.replication), name)
}

// Replication returns the replication index, from 0.
func (s Streams) Replication() int { return s.replication }

// MasterSeed returns the run's master seed.
func (s Streams) MasterSeed() uint64 { return s.master }
