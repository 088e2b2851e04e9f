package strictjson

// Default limits used when the corresponding [Options] field is zero.
const (
	// DefaultMaxBytes is the default input size limit: 32 MiB.
	DefaultMaxBytes int64 = 32 << 20
	// DefaultMaxDepth is the default limit on nesting of objects and arrays.
	DefaultMaxDepth = 128
	// DefaultMaxProblems is the default number of problems listed before
	// one closing problem counts the rest.
	DefaultMaxProblems = 100
)

// Options limits what [Decode] accepts and reports. The zero value uses the
// defaults; zero or negative fields mean the default.
type Options struct {
	// MaxBytes is the input size limit; 0 means DefaultMaxBytes (32 MiB).
	// Larger input is reported as vocab.ErrOutOfRange at the root, with the
	// position of the first byte beyond the limit, after reading
	// MaxBytes+1 bytes, whatever the reader. Memory for the input is at
	// most MaxBytes+1 bytes.
	MaxBytes int64
	// MaxDepth is the nesting limit; 0 means DefaultMaxDepth (128). A value
	// nested deeper is reported as vocab.ErrOutOfRange at its path, and
	// decoding stops there.
	MaxDepth int
	// MaxProblems is the number of problems listed; 0 means
	// DefaultMaxProblems (100). Past it, decoding goes on and counts
	// problems without building them, and one closing vocab.ErrOutOfRange
	// problem at the root says how many more were found, so a list is at
	// most MaxProblems+1 long.
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
