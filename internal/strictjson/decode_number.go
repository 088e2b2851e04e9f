package strictjson

import (
	"math"
	"reflect"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func isInt(k reflect.Kind) bool { return k >= reflect.Int && k <= reflect.Int64 }

func isUint(k reflect.Kind) bool { return k >= reflect.Uint && k <= reflect.Uintptr }

func (d *Decoder) decodeInt(v *Value, rv reflect.Value, ps *vocab.Problems) {
	if n, prob := parseInt(v.raw, rv.Type().Bits()); !d.fail(prob, ps) {
		rv.SetInt(n)
	}
}

func (d *Decoder) decodeUint(v *Value, rv reflect.Value, ps *vocab.Problems) {
	if n, prob := parseUint(v.raw, rv.Type().Bits()); !d.fail(prob, ps) {
		rv.SetUint(n)
	}
}

func (d *Decoder) decodeFloat(v *Value, rv reflect.Value, ps *vocab.Problems) {
	if f, prob := parseFloat(v.raw, rv.Type().Bits()); !d.fail(prob, ps) {
		rv.SetFloat(f)
	}
}

// fail records prob, if any, at the current location and reports whether
// there was one.
func (d *Decoder) fail(prob *vocab.Problem, ps *vocab.Problems) bool {
	if prob == nil {
		return false
	}
	prob.Path = d.path()
	*ps = d.add(*ps, prob)
	return true
}

// parseFloat parses a JSON number literal as a float of the given size.
func parseFloat(text []byte, bits int) (float64, *vocab.Problem) {
	f, err := strconv.ParseFloat(string(text), bits)
	if err != nil {
		return 0, vocab.OutOfRange(nil, string(text), "does not fit in float"+strconv.Itoa(bits))
	}
	return f, nil
}

// parseInt parses a JSON number literal with a whole value as a signed
// integer of the given size.
func parseInt(text []byte, bits int) (int64, *vocab.Problem) {
	neg, mag, prob := wholeNumber(text)
	if prob != nil {
		return 0, prob
	}
	limit := uint64(1) << (bits - 1) // |min|; max is limit-1
	if (neg && mag > limit) || (!neg && mag >= limit) {
		return 0, intRange(text, "int"+strconv.Itoa(bits),
			strconv.FormatInt(-int64(limit-1)-1, 10), strconv.FormatUint(limit-1, 10))
	}
	if neg {
		return -int64(mag-1) - 1, nil // avoids overflow at the minimum
	}
	return int64(mag), nil
}

// parseUint parses a JSON number literal with a whole value as an unsigned
// integer of the given size.
func parseUint(text []byte, bits int) (uint64, *vocab.Problem) {
	neg, mag, prob := wholeNumber(text)
	if prob != nil {
		return 0, prob
	}
	limit := uint64(math.MaxUint64) >> (64 - bits)
	if (neg && mag > 0) || mag > limit {
		return 0, intRange(text, "uint"+strconv.Itoa(bits), "0", strconv.FormatUint(limit, 10))
	}
	return mag, nil
}

func intRange(text []byte, typ, lo, hi string) *vocab.Problem {
	return vocab.OutOfRange(nil, string(text), "want "+typ+" from "+lo+" to "+hi)
}

// wholeNumber returns the sign and magnitude of a JSON number literal whose
// value is whole ("12", "1.20e1", "-0"). It reports text that is not a
// number or not whole as vocab.ErrTypeInvalid, and a magnitude beyond
// uint64 as vocab.ErrOutOfRange. It never materialises huge exponents.
func wholeNumber(text []byte) (neg bool, mag uint64, prob *vocab.Problem) {
	if !isNumber(text) {
		return false, 0, &vocab.Problem{Type: vocab.ErrTypeInvalid, Severity: vocab.SeverityError,
			Value: string(text), Detail: "want integer"}
	}
	s := text
	if s[0] == '-' {
		neg, s = true, s[1:]
	}
	if mag, ok := plainDigits(s); ok {
		return neg && mag != 0, mag, nil
	}
	var intPart, frac []byte
	exp := 0
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intPart, s = s[:i], s[i:]
	if len(s) > 0 && s[0] == '.' {
		i = 1
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		frac, s = s[1:i], s[i:]
	}
	if len(s) > 0 { // exponent
		s = s[1:]
		sign := 1
		if s[0] == '+' || s[0] == '-' {
			if s[0] == '-' {
				sign = -1
			}
			s = s[1:]
		}
		for _, c := range s {
			if exp < 1e8 { // saturate: anything beyond is out of range or not whole anyway
				exp = exp*10 + int(c-'0')
			}
		}
		exp *= sign
	}
	// The value is mant × 10^exp with mant = intPart‖frac.
	mant := make([]byte, 0, len(intPart)+len(frac))
	mant = append(append(mant, intPart...), frac...)
	exp -= len(frac)
	for len(mant) > 0 && mant[0] == '0' {
		mant = mant[1:]
	}
	if len(mant) == 0 {
		return false, 0, nil
	}
	for mant[len(mant)-1] == '0' {
		mant = mant[:len(mant)-1]
		exp++
	}
	if exp < 0 {
		return false, 0, &vocab.Problem{Type: vocab.ErrTypeInvalid, Severity: vocab.SeverityError,
			Value: string(text), Detail: "want integer, got a fraction"}
	}
	tooBig := func() (bool, uint64, *vocab.Problem) {
		return false, 0, vocab.OutOfRange(nil, string(text), "magnitude exceeds 64 bits")
	}
	if len(mant)+exp > 20 {
		return tooBig()
	}
	mag, ok := plainDigits(mant)
	if !ok {
		return tooBig()
	}
	for range exp {
		if mag > math.MaxUint64/10 {
			return tooBig()
		}
		mag *= 10
	}
	return neg, mag, nil
}

// plainDigits returns the value of s when s is a non-empty run of decimal
// digits whose value fits in uint64.
func plainDigits(s []byte) (uint64, bool) {
	if len(s) == 0 {
		return 0, false
	}
	var n uint64
	for _, c := range s {
		if !isDigit(c) || n > (math.MaxUint64-uint64(c-'0'))/10 {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	return n, true
}

// isNumber reports whether text is exactly one JSON number literal.
func isNumber(text []byte) bool {
	if len(text) == 0 || (text[0] != '-' && !isDigit(text[0])) {
		return false
	}
	ps := parser{data: text}
	return ps.number() && ps.pos == len(text)
}
