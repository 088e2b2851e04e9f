package strictjson

import (
	"math"
	"reflect"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func isInt(k reflect.Kind) bool { return k >= reflect.Int && k <= reflect.Int64 }

func isUint(k reflect.Kind) bool { return k >= reflect.Uint && k <= reflect.Uintptr }

// numFault is why a number literal does not fit a Go number type. Parsing
// returns it instead of a problem, so that a number refused past the
// problem limit allocates nothing.
type numFault uint8

const (
	numOK       numFault = iota
	numNotInt            // not a number at all (map keys)
	numFraction          // not whole
	numTooBig            // magnitude beyond 64 bits
	numRange             // beyond the type's range
	numUnsafe            // a 64-bit integer beyond ±MaxSafeInteger
)

// MaxSafeInteger is 2^53−1, the largest magnitude a JSON number decoded
// into a 64-bit integer may have: beyond it a reader that holds numbers as
// IEEE 754 doubles (JavaScript, and many others) loses precision, so I-JSON
// (RFC 7493 §2.2) keeps integers within ±(2^53−1), and the published JSON
// Schemas bound every 64-bit integer to that range. Go code may still
// compute with the whole int64 range; only decoding refuses more.
const MaxSafeInteger = 1<<53 - 1

func (d *Decoder) decodeInt(rv reflect.Value, ps *vocab.Problems) {
	text, ok := d.lx.number()
	if !ok {
		d.syntax(ps)
		return
	}
	bits := rv.Type().Bits()
	if n, f := parseInt(text, bits); f != numOK {
		*ps = ps.Add(d.numProblem(f, text, "int"+strconv.Itoa(bits), false))
	} else {
		rv.SetInt(n)
	}
}

func (d *Decoder) decodeUint(rv reflect.Value, ps *vocab.Problems) {
	text, ok := d.lx.number()
	if !ok {
		d.syntax(ps)
		return
	}
	bits := rv.Type().Bits()
	if n, f := parseUint(text, bits); f != numOK {
		*ps = ps.Add(d.numProblem(f, text, "uint"+strconv.Itoa(bits), false))
	} else {
		rv.SetUint(n)
	}
}

func (d *Decoder) decodeFloat(rv reflect.Value, ps *vocab.Problems) {
	text, ok := d.lx.number()
	if !ok {
		d.syntax(ps)
		return
	}
	bits := rv.Type().Bits()
	if f, fault := parseFloat(text, bits); fault != numOK {
		*ps = ps.Add(d.numProblem(fault, text, "float"+strconv.Itoa(bits), false))
	} else {
		rv.SetFloat(f)
	}
}

// numProblem returns the problem for a number text refused as typ ("int8",
// "uint64", "float64"), or nil past the problem limit. For a map key, a
// key that is not an integer is invalid rather than of the wrong JSON type.
func (d *Decoder) numProblem(f numFault, text []byte, typ string, key bool) *vocab.Problem {
	if !d.keep() {
		return nil
	}
	value := clip(text)
	p := &vocab.Problem{Path: d.path(), Severity: vocab.SeverityError, Value: value, Position: d.position()}
	switch f {
	case numNotInt, numFraction:
		p.Type, p.Detail = vocab.ErrTypeInvalid, "want integer"
		if f == numFraction {
			p.Detail = "want integer, got a fraction"
		}
		if key {
			p.Type, p.Detail = vocab.ErrInvalid, "map key: "+p.Detail
		}
	case numTooBig:
		p.Type, p.Detail = vocab.ErrOutOfRange, "magnitude exceeds 64 bits"
	case numUnsafe:
		p.Type, p.Detail = vocab.ErrOutOfRange, "want an integer from -9007199254740991 to 9007199254740991 "+
			"(±(2^53−1), which every JSON reader holds exactly)"
		if typ[0] == 'u' {
			p.Detail = "want an integer from 0 to 9007199254740991 (2^53−1, which every JSON reader holds exactly)"
		}
	default:
		p.Type = vocab.ErrOutOfRange
		switch typ[0] {
		case 'f':
			p.Detail = "does not fit in " + typ
		case 'u':
			bits, _ := strconv.Atoi(typ[4:])
			p.Detail = "want " + typ + " from 0 to " + strconv.FormatUint(math.MaxUint64>>(64-bits), 10)
		default:
			bits, _ := strconv.Atoi(typ[3:])
			limit := uint64(1) << (bits - 1)
			p.Detail = "want " + typ + " from " + strconv.FormatInt(-int64(limit-1)-1, 10) +
				" to " + strconv.FormatUint(limit-1, 10)
		}
	}
	return p
}

// parseFloat parses a JSON number literal as a float of the given size.
func parseFloat(text []byte, bits int) (float64, numFault) {
	f, err := strconv.ParseFloat(string(text), bits)
	if err != nil {
		return 0, numRange
	}
	return f, numOK
}

// parseInt parses a JSON number literal with a whole value as a signed
// integer of the given size.
func parseInt(text []byte, bits int) (int64, numFault) {
	neg, mag, f := wholeNumber(text)
	if f != numOK {
		return 0, f
	}
	limit := uint64(1) << (bits - 1) // |min|; max is limit-1
	if (neg && mag > limit) || (!neg && mag >= limit) {
		return 0, numRange
	}
	if bits == 64 && mag > MaxSafeInteger {
		return 0, numUnsafe
	}
	if neg {
		return -int64(mag-1) - 1, numOK // avoids overflow at the minimum
	}
	return int64(mag), numOK
}

// parseUint parses a JSON number literal with a whole value as an unsigned
// integer of the given size.
func parseUint(text []byte, bits int) (uint64, numFault) {
	neg, mag, f := wholeNumber(text)
	if f != numOK {
		return 0, f
	}
	limit := uint64(math.MaxUint64) >> (64 - bits)
	if (neg && mag > 0) || mag > limit {
		return 0, numRange
	}
	if bits == 64 && mag > MaxSafeInteger {
		return 0, numUnsafe
	}
	return mag, numOK
}

// wholeNumber returns the sign and magnitude of a JSON number literal whose
// value is whole ("12", "1.20e1", "-0"). It never materialises huge
// exponents, allocates nothing and takes time linear in len(text).
func wholeNumber(text []byte) (neg bool, mag uint64, f numFault) {
	if !isNumber(text) {
		return false, 0, numNotInt
	}
	s := text
	if s[0] == '-' {
		neg, s = true, s[1:]
	}
	if mag, ok := plainDigits(s); ok {
		return neg && mag != 0, mag, numOK
	}
	i := digits(s, 0)
	intPart, s := s[:i], s[i:]
	var frac []byte
	if len(s) > 0 && s[0] == '.' {
		i = digits(s, 1)
		frac, s = s[1:i], s[i:]
	}
	exp := 0
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
	// The value is D × 10^(exp-len(frac)) with D = intPart‖frac; trim D's
	// zeros without copying it.
	n := len(intPart) + len(frac)
	at := func(i int) byte {
		if i < len(intPart) {
			return intPart[i]
		}
		return frac[i-len(intPart)]
	}
	lo, hi := 0, n
	for lo < n && at(lo) == '0' {
		lo++
	}
	if lo == n {
		return false, 0, numOK
	}
	for at(hi-1) == '0' {
		hi--
	}
	exp += n - hi - len(frac)
	if exp < 0 {
		return false, 0, numFraction
	}
	if hi-lo+exp > 20 {
		return false, 0, numTooBig
	}
	for i := lo; i < hi; i++ {
		c := uint64(at(i) - '0')
		if mag > (math.MaxUint64-c)/10 {
			return false, 0, numTooBig
		}
		mag = mag*10 + c
	}
	for range exp {
		if mag > math.MaxUint64/10 {
			return false, 0, numTooBig
		}
		mag *= 10
	}
	return neg, mag, numOK
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
	i := 0
	if i < len(text) && text[i] == '-' {
		i++
	}
	switch {
	case i < len(text) && text[i] == '0':
		i++
	case i < len(text) && isDigit(text[i]):
		i = digits(text, i)
	default:
		return false
	}
	if i < len(text) && text[i] == '.' {
		if i++; i >= len(text) || !isDigit(text[i]) {
			return false
		}
		i = digits(text, i)
	}
	if i < len(text) && (text[i] == 'e' || text[i] == 'E') {
		if i++; i < len(text) && (text[i] == '+' || text[i] == '-') {
			i++
		}
		if i >= len(text) || !isDigit(text[i]) {
			return false
		}
		i = digits(text, i)
	}
	return i == len(text)
}
