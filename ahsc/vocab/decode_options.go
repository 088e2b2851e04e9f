package vocab

// The default limits of [DecodeOptions], used where a field is zero.
const (
	// DefaultMaxBytes is the default input size limit: 32 MiB.
	DefaultMaxBytes int64 = 32 << 20
	// DefaultMaxDepth is the default limit on nesting of JSON objects and
	// arrays: 128 levels.
	DefaultMaxDepth = 128
	// DefaultMaxProblems is the default number of problems listed before
	// one closing problem counts the rest: 100.
	DefaultMaxProblems = 100
)

// DecodeOptions limits what a decoder (ahsc.Decode, ahsc.DecodeFile,
// governance.Decode, programme.Decode, funding.DecodeLedger,
// funding.DecodePolicy, scenario.Decode) accepts and reports. The zero
// value uses the defaults; a zero or negative field means its default.
//
// Memory while decoding is the input (at most MaxBytes), the document
// decoded, a few words per nesting level, and at most MaxProblems problems:
// nothing is kept of content that is skipped or rejected, and problems past
// the limit are counted, not kept — in decoding and in the validation the
// decoders run.
type DecodeOptions struct {
	// MaxBytes is the input size limit in bytes; 0 means DefaultMaxBytes
	// (32 MiB). Longer input is one ErrOutOfRange problem at the root, with
	// the position of the first byte beyond the limit, whatever reader the
	// input comes from: decoders read at most MaxBytes+1 bytes.
	MaxBytes int64
	// MaxDepth is the nesting limit; 0 means DefaultMaxDepth (128). A value
	// nested deeper is an ErrOutOfRange problem at its path, and decoding
	// stops there.
	MaxDepth int
	// MaxProblems is the number of problems listed; 0 means
	// DefaultMaxProblems (100). Past it, decoding and validation go on
	// counting problems without keeping them, and one closing
	// ErrOutOfRange problem at the root says how many more were found, so
	// a list is at most MaxProblems+1 long. The closing problem is an error
	// unless every problem found is a warning.
	MaxProblems int
}

// WithDefaults returns o with every zero (or negative) limit replaced by
// its default.
func (o DecodeOptions) WithDefaults() DecodeOptions {
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
