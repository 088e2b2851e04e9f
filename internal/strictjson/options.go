package strictjson

// Default limits used when the corresponding [Options] field is zero.
const (
	// DefaultMaxBytes is the default input size limit: 32 MiB.
	DefaultMaxBytes int64 = 32 << 20
	// DefaultMaxDepth is the default limit on nesting of objects and arrays.
	DefaultMaxDepth = 128
	// DefaultMaxProblems is the default number of problems collected before
	// decoding stops.
	DefaultMaxProblems = 100
)

// Options limits what [Decode] accepts. The zero value uses the defaults.
type Options struct {
	// MaxBytes is the input size limit; 0 means DefaultMaxBytes. Larger
	// input is reported as vocab.ErrOutOfRange at the root.
	MaxBytes int64
	// MaxDepth is the nesting limit; 0 means DefaultMaxDepth. A value nested
	// deeper is reported as vocab.ErrOutOfRange at its path.
	MaxDepth int
	// MaxProblems stops collecting after this many problems; 0 means
	// DefaultMaxProblems.
	MaxProblems int
}

// withDefaults returns o with zero (or negative) limits replaced by the defaults.
func (o Options) withDefaults() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxProblems <= 0 {
		o.MaxProblems = DefaultMaxProblems
	}
	return o
}
