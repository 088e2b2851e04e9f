package vocab_test

import (
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "0001-01-01", "9999-12-31", "0000-01-01", "2024-1-01", "",
		"2011-10", "2011", "0000", "2011-13", "9999-12"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := vocab.ParseDate(s)
		if err != nil {
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
		r, err := vocab.ParseRatio(s)
		if err != nil {
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
