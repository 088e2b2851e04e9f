package vocab

import "slices"

// Enum is the closed list of values of one typed-string enum, in
// declaration order. Every ahsckit enum is built on one, so they all list,
// parse, decode and validate alike, and report unsupported values with the
// allowed list.
//
// Each enum type T has one accessor, the plural of its name, that returns
// its Enum[T]; the type itself keeps only UnmarshalText (strict decoding,
// through [Enum.Unmarshal]) and EnumValues (schema export):
//
//	governance.Cadences().Values()              // every code, in order
//	governance.Cadences().Parse("quarterly")     // or a problem listing the codes
//	governance.Cadences().Contains(c)            // is c a known code?
//	governance.Cadences().Check(path, c, true)   // a *Problem at path, or nil
//
// The zero Enum has no values. Users may build their own enums the same way.
type Enum[E ~string] struct {
	values []E
}

// NewEnum returns the enum of the given values.
func NewEnum[E ~string](values ...E) Enum[E] { return Enum[E]{values: values} }

// Len returns the number of values.
func (s Enum[E]) Len() int { return len(s.values) }

// Values returns a copy of the values in declaration order.
func (s Enum[E]) Values() []E { return slices.Clone(s.values) }

// Strings returns the values as plain strings.
func (s Enum[E]) Strings() []string {
	out := make([]string, len(s.values))
	for i, v := range s.values {
		out[i] = string(v)
	}
	return out
}

// Contains reports whether v is one of the values.
func (s Enum[E]) Contains(v E) bool { return slices.Contains(s.values, v) }

// Parse returns text as an E, or a path-less ErrNotSupported problem that
// lists the allowed values.
func (s Enum[E]) Parse(text string) (E, error) {
	v := E(text)
	if !s.Contains(v) {
		return "", NotSupported(nil, text, s.values)
	}
	return v, nil
}

// Unmarshal sets *dst from text, for UnmarshalText methods. Empty text
// yields the zero value, which validators report as required where it is.
func (s Enum[E]) Unmarshal(dst *E, text []byte) error {
	if len(text) == 0 {
		*dst = ""
		return nil
	}
	for _, v := range s.values { // the declared value: no copy of text
		if string(v) == string(text) {
			*dst = v
			return nil
		}
	}
	v, err := s.Parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

// Check reports a problem at p when v is not a value of the enum. An empty v
// is reported as required when required is true and accepted otherwise.
func (s Enum[E]) Check(p *Path, v E, required bool) *Problem {
	switch {
	case v == "" && required:
		return Required(p, "")
	case v == "" || s.Contains(v):
		return nil
	}
	return NotSupported(p, string(v), s.values)
}
