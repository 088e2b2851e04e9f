package funding

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Currency is an ISO 4217 alphabetic currency code such as "GBP": three
// upper-case letters. Any syntactically valid code is accepted; [Currency.Exponent]
// knows the minor-unit exponents that differ from two.
type Currency string

// Currencies a UK centre commonly records.
const (
	// GBP is the pound sterling; its minor unit is the penny.
	GBP Currency = "GBP"
	// EUR is the euro; its minor unit is the cent.
	EUR Currency = "EUR"
	// USD is the US dollar; its minor unit is the cent.
	USD Currency = "USD"
)

// ParseCurrency parses a three-letter ISO 4217 code, or reports a
// [vocab.ErrInvalid] parse error.
func ParseCurrency(s string) (Currency, error) {
	c := Currency(s)
	if !c.IsValid() {
		return "", &vocab.ParseError{Type: "currency", Input: s, Msg: "want an ISO 4217 code of three upper-case letters, such as GBP"}
	}
	return c, nil
}

// TextPattern is the regular expression of a currency code's text form,
// for schema export.
func (Currency) TextPattern() string { return "^[A-Z]{3}$" }

// IsValid reports whether c is three upper-case ASCII letters.
func (c Currency) IsValid() bool {
	if len(c) != 3 {
		return false
	}
	for i := range 3 {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// Exponent returns the number of decimal places of c's minor unit: 0 for
// JPY, KRW and the other zero-decimal currencies, 3 for BHD, JOD, KWD, OMR
// and TND, and 2 otherwise (source: ISO 4217 list one, as published by SIX,
// https://www.six-group.com/en/products-services/financial-information/data-standards.html).
func (c Currency) Exponent() int {
	switch c {
	case "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF":
		return 0
	case "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND":
		return 3
	}
	return 2
}

// UnmarshalText implements encoding.TextUnmarshaler strictly: a malformed
// code is an error; "" yields the zero Currency.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = ""
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// check reports at p a missing or malformed currency, or one other than want
// (when want is set).
func (c Currency) check(p *vocab.Path, want Currency) *vocab.Problem {
	switch {
	case c == "":
		return vocab.Required(p, "an ISO 4217 code such as GBP")
	case !c.IsValid():
		return vocab.Invalid(p, string(c), "must be an ISO 4217 code of three upper-case letters")
	case want != "" && c != want:
		return vocab.Invalid(p, string(c), "the ledger's currency is "+string(want)+"; one ledger holds one currency")
	}
	return nil
}
