package vocab_test

import (
	"testing"
	"time"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

func TestFinancialYearOf(t *testing.T) {
	if got := vocab.FinancialYearOf(vocab.MustDate(2025, time.March, 31)); got != 2024 {
		t.Errorf("31 Mar 2025 is in %s, want 2024-25", got)
	}
	if got := vocab.FinancialYearOf(vocab.MustDate(2025, time.April, 1)); got != 2025 {
		t.Errorf("1 Apr 2025 is in %s, want 2025-26", got)
	}
	if got := vocab.FinancialYearOf(vocab.Date{}); !got.IsZero() {
		t.Errorf("zero date is in %d", got)
	}
	fy := vocab.MustParseFinancialYear("2024-25")
	if fy != 2024 || fy.Period() != vocab.MustParsePeriod("2024-04-01/2025-03-31") || fy.Next().String() != "2025-26" {
		t.Errorf("2024-25: %d %s %s", int(fy), fy.Period(), fy.Next())
	}
}

func TestParseFinancialYear(t *testing.T) {
	for s, want := range map[string]vocab.FinancialYear{"2024-25": 2024, "2024/25": 2024, "1999-00": 1999, "0001-02": 1, "9998-99": 9998} {
		if got, err := vocab.ParseFinancialYear(s); err != nil || got != want {
			t.Errorf("ParseFinancialYear(%q) = %d, %v", s, got, err)
		}
	}
	for _, s := range []string{"2024-26", "2024-24", "2024", "2024-2025", "9999-00", "0000-01", "2024_25", "", "20x4-25", "-024-25"} {
		if got, err := vocab.ParseFinancialYear(s); err == nil {
			t.Errorf("ParseFinancialYear(%q) = %d, want error", s, got)
		}
	}
}

func TestFinancialYearText(t *testing.T) {
	var fy vocab.FinancialYear
	if b, err := fy.MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText = %q, %v", b, err)
	}
	if _, err := vocab.FinancialYear(-3).MarshalText(); err == nil {
		t.Error("MarshalText of year -3 succeeded")
	}
	if _, err := vocab.FinancialYear(9999).MarshalText(); err == nil {
		t.Error("MarshalText of year 9999 succeeded")
	}
	if err := fy.UnmarshalText([]byte("2030-31")); err != nil || fy != 2030 {
		t.Errorf("UnmarshalText = %d, %v", fy, err)
	}
	if err := fy.UnmarshalText(nil); err != nil || !fy.IsZero() {
		t.Errorf(`UnmarshalText("") = %d, %v`, fy, err)
	}
}

func TestFinancialYearProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		fy := vocabtest.FinancialYear().Draw(t, "fy")
		d := vocabtest.Date().Draw(t, "d")
		if got, err := vocab.ParseFinancialYear(fy.String()); err != nil || got != fy {
			t.Fatalf("round trip %s -> %d, %v", fy, got, err)
		}
		if fy.Contains(d) != fy.Period().Contains(d) || fy.Contains(d) != (vocab.FinancialYearOf(d) == fy) {
			t.Fatalf("%s.Contains(%s) disagrees with Period/FinancialYearOf", fy, d)
		}
		if fy.Next().Start() != fy.End().AddDays(1) {
			t.Fatalf("%s does not end the day before %s starts", fy, fy.Next())
		}
		if n, _ := fy.Period().Days(); n != 365 && n != 366 {
			t.Fatalf("%s has %d days", fy, n)
		}
	})
}
