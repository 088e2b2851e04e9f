package schema

import (
	"fmt"
	"strconv"
	"strings"
)

// ratioBounds are the bounds a field puts on a vocab.Ratio, read from its
// struct tag: `jsonschema:"minimum=0,maximum=1"` is a share from 0 to 1,
// `jsonschema:"exclusiveMinimum=0,maximum=1"` one above 0 and at most 1.
// Bounds are whole numbers: a lower bound of 0 (inclusive or exclusive) or
// a positive one (inclusive), and an optional inclusive upper bound.
type ratioBounds struct {
	lo       uint64
	loExcl   bool
	hi       uint64
	hasLo    bool
	hasUpper bool
}

// parseRatioBounds reads the bounds from a jsonschema tag's keywords; ok is
// false when the tag states none, and err says what it states that a
// pattern cannot express.
func parseRatioBounds(kw map[string]string) (b ratioBounds, ok bool, err error) {
	num := func(key string) (uint64, bool, error) {
		v, has := kw[key]
		if !has {
			return 0, false, nil
		}
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return 0, false, fmt.Errorf("ratio bound %s=%s: want a whole number ≥ 0", key, v)
		}
		return n, true, nil
	}
	lo, hasLo, err := num("minimum")
	if err != nil {
		return b, false, err
	}
	xlo, hasXLo, err := num("exclusiveMinimum")
	if err != nil {
		return b, false, err
	}
	hi, hasHi, err := num("maximum")
	if err != nil {
		return b, false, err
	}
	if _, has := kw["exclusiveMaximum"]; has {
		return b, false, fmt.Errorf("ratio bound exclusiveMaximum is not supported")
	}
	switch {
	case hasLo && hasXLo:
		return b, false, fmt.Errorf("ratio bounds: minimum and exclusiveMinimum together")
	case hasXLo && xlo != 0:
		return b, false, fmt.Errorf("ratio bound exclusiveMinimum=%d: only 0 is supported", xlo)
	case hasHi && !hasLo && !hasXLo:
		return b, false, fmt.Errorf("ratio bound maximum without a lower bound")
	}
	b = ratioBounds{lo: lo, loExcl: hasXLo, hi: hi, hasLo: hasLo || hasXLo, hasUpper: hasHi}
	if b.hasUpper && (b.hi < b.lo || b.hi == 0 && b.loExcl) {
		return b, false, fmt.Errorf("ratio bounds: empty range")
	}
	return b, b.hasLo, nil
}

// defName names the definition of ratios within b: "VocabRatioFrom0To1",
// "VocabRatioAbove0To1", "VocabRatioFrom0".
func (b ratioBounds) defName() string {
	name := "VocabRatioFrom" + strconv.FormatUint(b.lo, 10)
	if b.loExcl {
		name = "VocabRatioAbove" + strconv.FormatUint(b.lo, 10)
	}
	if b.hasUpper {
		name += "To" + strconv.FormatUint(b.hi, 10)
	}
	return name
}

// String describes b for a definition's description: "from 0 to 1".
func (b ratioBounds) String() string {
	s := "at least " + strconv.FormatUint(b.lo, 10)
	if b.loExcl {
		s = "above " + strconv.FormatUint(b.lo, 10)
	}
	if b.hasUpper {
		s += " and at most " + strconv.FormatUint(b.hi, 10)
	}
	return s
}

// pattern returns the anchored pattern of the ratio text vocab.ParseRatio
// accepts whose value lies within b. Decimals and percentages are bounded
// exactly; a fraction "n/d" only by its sign (n > 0, or n ≥ 0), since
// comparing n with a multiple of d is beyond a regular expression: that
// part, and whether the numbers fit in 64 bits, is left to the Go
// validator (the Go-only rule "ratio-fractions").
func (b ratioBounds) pattern() string {
	alts := []string{
		`\+?` + fracNumerator(b) + `/[0-9]*[1-9][0-9]*`,
		`\+?(` + decimalIn(b.lo, b.loExcl, b.hi, b.hasUpper) + `)`,
		`\+?(` + decimalIn(b.lo*100, b.loExcl, b.hi*100, b.hasUpper) + `)%`,
	}
	if b.lo == 0 && !b.loExcl { // minus zero is zero
		alts = append(alts, `-0+/[0-9]*[1-9][0-9]*`, `-`+decimalZero+`%?`)
	}
	return "^(" + strings.Join(alts, "|") + ")$"
}

// decimalZero is a decimal whose value is zero: "0", "00.0", ".0", "0.".
const decimalZero = `(0+(\.0*)?|0*\.0+)`

func fracNumerator(b ratioBounds) string {
	if b.lo == 0 && !b.loExcl {
		return `[0-9]+`
	}
	return `[0-9]*[1-9][0-9]*`
}

// decimalIn returns a pattern of the unsigned decimals ("12", "0.5", ".5",
// "3.") whose value x satisfies lo ≤ x (lo < x when loExcl, which needs lo
// = 0) and, when hasHi, x ≤ hi. The whole part may have leading zeros.
func decimalIn(lo uint64, loExcl bool, hi uint64, hasHi bool) string {
	anyFrac := `(\.[0-9]*)?`
	var alts []string
	// Whole part 0: "0", "0.25", ".25".
	if lo == 0 {
		if loExcl {
			alts = append(alts, `0*\.[0-9]*[1-9][0-9]*`)
		} else {
			alts = append(alts, `0+`+anyFrac, `0*\.[0-9]+`)
		}
	}
	first := max(lo, 1) // the smallest positive whole part allowed with any fraction
	switch {
	case !hasHi:
		if first == 1 {
			alts = append(alts, `0*[1-9][0-9]*`+anyFrac)
		} else {
			alts = append(alts, `0*(`+intAtLeast(first)+`)`+anyFrac)
		}
	case hi == 0:
		// Only zero itself, handled above.
	default:
		if first <= hi-1 {
			alts = append(alts, `0*(`+intRange(first, hi-1)+`)`+anyFrac)
		}
		alts = append(alts, `0*`+strconv.FormatUint(hi, 10)+`(\.0*)?`)
	}
	return strings.Join(alts, "|")
}

// intAtLeast returns a pattern of the decimal integers ≥ n ≥ 1, without
// leading zeros.
func intAtLeast(n uint64) string {
	s := strconv.FormatUint(n, 10)
	return intRange(n, pow10(len(s))-1) + `|[1-9][0-9]{` + strconv.Itoa(len(s)) + `,}`
}

func pow10(n int) uint64 {
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p
}

// intRange returns a pattern (unanchored, alternatives joined with "|") of
// the decimal integers from lo to hi, without leading zeros: the classic
// split of the range into runs of equal length, then by leading digit.
func intRange(lo, hi uint64) string {
	var alts []string
	for lo <= hi {
		n := len(strconv.FormatUint(lo, 10))
		top := min(hi, pow10(n)-1)
		alts = append(alts, sameLength(strconv.FormatUint(lo, 10), strconv.FormatUint(top, 10))...)
		if top == hi {
			break
		}
		lo = top + 1
	}
	return strings.Join(alts, "|")
}

// sameLength returns patterns, one per alternative, of the digit strings
// of len(lo) from lo to hi (lo ≤ hi, same length).
func sameLength(lo, hi string) []string {
	if lo == hi {
		return []string{lo}
	}
	n := len(lo)
	if strings.Trim(lo[1:], "0") == "" && strings.Trim(hi[1:], "9") == "" {
		return []string{digitClass(lo[0], hi[0]) + anyDigits(n-1)}
	}
	if lo[0] == hi[0] {
		var out []string
		for _, rest := range sameLength(lo[1:], hi[1:]) {
			out = append(out, lo[:1]+rest)
		}
		return out
	}
	var out []string
	for _, rest := range sameLength(lo[1:], strings.Repeat("9", n-1)) {
		out = append(out, lo[:1]+rest)
	}
	if lo[0]+1 <= hi[0]-1 {
		out = append(out, digitClass(lo[0]+1, hi[0]-1)+anyDigits(n-1))
	}
	for _, rest := range sameLength(strings.Repeat("0", n-1), hi[1:]) {
		out = append(out, hi[:1]+rest)
	}
	return out
}

func digitClass(a, b byte) string {
	if a == b {
		return string(a)
	}
	return "[" + string(a) + "-" + string(b) + "]"
}

func anyDigits(n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "[0-9]"
	}
	return "[0-9]{" + strconv.Itoa(n) + "}"
}
