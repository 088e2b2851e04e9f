package funding

import (
	"cmp"
	"fmt"
	"maps"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// FunderConcentrationCap caps any single funder's share of the centre's
// disbursements in a financial year, measured over [Flow]s like
// [PrivateShareCap]. A share exactly at the cap passes.
type FunderConcentrationCap struct {
	// Cap is the largest share one funder may provide, in [0, 1].
	Cap vocab.Ratio `json:"cap" jsonschema:"minimum=0,maximum=1"`
	// Year restricts the rule to one financial year; every year when zero.
	Year vocab.FinancialYear `json:"year,omitzero"`
	// Severity of the findings; error when empty.
	Severity vocab.Severity `json:"severity,omitempty"`
}

// Kind returns "funder-concentration-cap".
func (FunderConcentrationCap) Kind() string { return "funder-concentration-cap" }

func init() {
	registerBuiltin(NewRuleKind[FunderConcentrationCap]("caps any single funder's share of the centre's disbursements in a financial year"))
}

// Describe states the cap.
func (r FunderConcentrationCap) Describe() string {
	return fmt.Sprintf("no single funder above %s of the centre's disbursements per financial year%s",
		r.Cap.PercentString(1), yearText(r.Year))
}

// Problems checks the cap, year and severity.
func (r FunderConcentrationCap) Problems(p *vocab.Path) vocab.Problems {
	return vocab.Problems{}.Add(checkCap(p.Child("cap"), r.Cap), checkYear(p.Child("year"), r.Year),
		vocab.Severities().Check(p.Child("severity"), r.Severity, false))
}

// Evaluate reports every funder whose share of a year's disbursements
// exceeds the cap and, when [Input.Measures] is true, returns a passing
// finding for every other funder and year measured.
func (r FunderConcentrationCap) Evaluate(in *Input) []Finding {
	type key struct {
		y vocab.FinancialYear
		f vocab.OrgID
	}
	years := map[vocab.FinancialYear]Money{}
	byFunder := map[key]Money{}
	for i := range in.flows {
		if f := &in.flows[i]; r.Year == 0 || f.Year == r.Year {
			k := key{f.Year, f.Funder}
			byFunder[k], _ = byFunder[k].Add(f.Amount) // a part of a year's total, which fits
			years[f.Year], _ = years[f.Year].Add(f.Amount)
		}
	}
	keys := slices.SortedFunc(maps.Keys(byFunder), func(a, b key) int {
		return cmp.Or(cmp.Compare(a.y, b.y), cmp.Compare(a.f, b.f))
	})
	var out []Finding
	for _, k := range keys {
		amount := byFunder[k]
		whole := years[k.y]
		passed := withinCap(amount, whole, r.Cap)
		if passed && !in.measures {
			continue
		}
		m := measureShare(amount, whole, r.Cap, true)
		share, limit := percentPair(m.Share, r.Cap)
		f := Finding{Subject: "funder " + string(k.f) + " " + k.y.String(), Path: in.funderPath(k.f),
			Measured: shareText(amount, whole, share), Limit: limit, Measure: m}
		if passed {
			f.Passed = true
			f.Explanation = fmt.Sprintf("In %s, funder %s provided %s of the %s the centre disbursed, within the %s single-funder cap.",
				k.y, k.f, share, whole, limit)
		} else {
			f.Severity = severityOr(r.Severity)
			f.Explanation = fmt.Sprintf("In %s, funder %s provided %s of the %s the centre disbursed, above the %s single-funder cap; refusing %s of its money would meet it.",
				k.y, k.f, share, whole, limit, m.Excess)
		}
		out = append(out, f)
	}
	return out
}
