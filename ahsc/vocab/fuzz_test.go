package vocab_test

import (
	"errors"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/decodetest"
)

// Every Parse function is fuzzed for three properties: it never panics;
// what it accepts prints as text that parses back to the same value; and
// it allocates at most a small multiple of its input (the ratio parser
// copies the text and its error quotes it), so that no input makes it
// quadratic in memory. Run one with, for example:
//
//	go test -run XXX -fuzz FuzzParseRatio -fuzztime 30s ./ahsc/vocab

// checkParseError fails t unless err is a *vocab.ParseError matching
// vocab.ErrInvalid, as every Parse function's errors are.
func checkParseError(t *testing.T, s string, err error) {
	t.Helper()
	if pe, ok := errors.AsType[*vocab.ParseError](err); !ok || pe.Input != s || !errors.Is(err, vocab.ErrInvalid) {
		t.Fatalf("parsing %q: error %#v is not a vocab.ParseError of the input matching ErrInvalid", s, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "0000-01-01", "2024-1-01", "",
		"2011-10", "2011", "0000", "2011-13", "9999-12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = vocab.ParseDate(s) })
		d, err := vocab.ParseDate(s)
		if err != nil {
			checkParseError(t, s, err)
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if f, l := d.First(), d.Last(); l.Before(f) || !d.Contains(f) || !d.Contains(l) {
			t.Fatalf("%q spans %s..%s", s, f, l)
		}
		if back, err := vocab.ParseDate(d.String()); err != nil || back != d {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2020-04-01/2025-03-31", "2020-04-01/..", "../2025-03-31", "../..", "2025-01-01/2024-01-01", "/", "",
		"2014-04/2020-03-31", "2009/..", "2011/2011", "2012/2011-12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = vocab.ParsePeriod(s) })
		p, err := vocab.ParsePeriod(s)
		if err != nil {
			return
		}
		if !p.IsValid() || p.String() != s {
			t.Fatalf("ParsePeriod(%q) = %s (valid %v)", s, p, p.IsValid())
		}
		if back, err := vocab.ParsePeriod(p.String()); err != nil || back != p {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
	})
}

func FuzzParseRatio(f *testing.F) {
	for _, s := range []string{"2/3", "-4/6", "0.1", "85%", "12.5%", "1e3", "0x10", "1/0", "9223372036854775807/1", "-0.5", ".5%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = vocab.ParseRatio(s) })
		r, err := vocab.ParseRatio(s)
		if err != nil {
			checkParseError(t, s, err)
			return
		}
		if r.Den() <= 0 {
			t.Fatalf("ParseRatio(%q) has denominator %d", s, r.Den())
		}
		if back, err := vocab.ParseRatio(r.String()); err != nil || back != r {
			t.Fatalf("round trip of %q via %q: %v, %v", s, r.String(), back, err)
		}
		_ = r.PercentString(2)
		_ = r.Float64()
	})
}

func FuzzIdentifier(f *testing.F) {
	for _, id := range validIdentifiers {
		f.Add(string(id.Scheme), id.Value)
	}
	f.Add("ror", "0220mzb34")
	f.Add("unknown", "x")
	f.Fuzz(func(t *testing.T, scheme, value string) {
		id := vocab.Identifier{Scheme: vocab.Scheme(scheme), Value: value}
		ps := id.Problems(vocab.NewPath("id"))
		_, _ = id.OrgID()
		_ = id.URL()
		n := id.Normalized()
		if id.String() != scheme+":"+value {
			t.Fatalf("String() = %q", id.String())
		}
		// Only accepted identifiers promise a stable normal form: "https://doi.org/ 0"
		// (rejected) normalizes to " 0" and then to "0".
		if ps.Err() == nil {
			if n.Normalized() != n {
				t.Fatalf("Normalized not idempotent: %s -> %s -> %s", id, n, n.Normalized())
			}
			if nps := n.Problems(nil); nps.Err() != nil {
				t.Fatalf("%s accepted but its normal form %s is not: %v", id, n, nps)
			}
		}
	})
}

func FuzzParseFinancialYear(f *testing.F) {
	for _, s := range []string{"2024-25", "2024/25", "1999-00", "9998-99", "9999-00", "0000-01", "2024-26", "2024-2", "２０２４-25", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = vocab.ParseFinancialYear(s) })
		fy, err := vocab.ParseFinancialYear(s)
		if err != nil {
			checkParseError(t, s, err)
			return
		}
		if !fy.IsValid() || fy.Start().Compare(fy.End()) >= 0 {
			t.Fatalf("ParseFinancialYear(%q) = %d: valid %v, %s to %s", s, fy, fy.IsValid(), fy.Start(), fy.End())
		}
		if back, err := vocab.ParseFinancialYear(fy.String()); err != nil || back != fy {
			t.Fatalf("round trip of %q via %q: %v, %v", s, fy.String(), back, err)
		}
		if vocab.FinancialYearOf(fy.Start()) != fy || vocab.FinancialYearOf(fy.End()) != fy {
			t.Fatalf("%s does not contain its own start and end", fy)
		}
	})
}

func FuzzParseVersion(f *testing.F) {
	for _, s := range []string{"1.0", "1.9", "2.0", "1.01", "01.0", "1", "1.0.0", "-1.0", "99999999999999999999.0", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = vocab.ParseVersion(s) })
		v, err := vocab.ParseVersion(s)
		if err != nil {
			checkParseError(t, s, err)
			return
		}
		if v.Major() < 0 || v.String() != s {
			t.Fatalf("ParseVersion(%q) = %q, major %d", s, v, v.Major())
		}
		if back, err := vocab.ParseVersion(v.String()); err != nil || back != v {
			t.Fatalf("round trip of %q: %v, %v", s, back, err)
		}
		if ps := v.Problems(nil); v.Major() == vocab.CurrentVersion.Major() && len(ps) > 0 {
			t.Fatalf("%q of the current major version has problems: %v", s, ps)
		}
	})
}

func FuzzParseID(f *testing.F) {
	for _, s := range []string{"kcl", "king-s", "a", "a0-", "0a", "KCL", "k_cl", "", "a" + string(make([]byte, 70))} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		decodetest.CheckParseAlloc(t, len(s), func() { _, _ = vocab.ParseID[vocab.OrgID](s) })
		id, err := vocab.ParseID[vocab.OrgID](s)
		if (err == nil) != vocab.ValidID(s) {
			t.Fatalf("ParseID(%q) error %v, ValidID %v", s, err, vocab.ValidID(s))
		}
		if err != nil {
			checkParseError(t, s, err)
			if p := vocab.CheckID(nil, vocab.OrgID(s), false); s != "" && p == nil {
				t.Fatalf("CheckID accepts %q, which ParseID refuses", s)
			}
			return
		}
		if string(id) != s || vocab.CheckID(nil, id, true) != nil {
			t.Fatalf("ParseID(%q) = %q; CheckID %v", s, id, vocab.CheckID(nil, id, true))
		}
	})
}
