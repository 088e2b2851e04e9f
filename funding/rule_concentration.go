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
// exceeds the cap, and returns a passing finding for every other funder
// and year measured.
func (r FunderConcentrationCap) Evaluate(in *Input) []Finding {
	var out []Finding
	for _, g := range groupFlows(in.Flows(), ScopeCentre, r.Year) {
		byFunder := map[vocab.OrgID]Money{}
		for _, f := range g.flows {
			byFunder[f.Funder], _ = byFunder[f.Funder].Add(f.Amount)
		}
		for _, id := range slices.SortedFunc(maps.Keys(byFunder), cmp.Compare) {
			amount := byFunder[id]
			m := measureShare(amount, g.total, r.Cap, true)
			share, limit := percentPair(m.Share, r.Cap)
			f := Finding{Subject: "funder " + string(id) + " " + g.year.String(), Path: in.funderPath(id),
				Measured: shareText(amount, g.total, share), Limit: limit, Measure: m}
			if c, err := amount.CompareShare(g.total, r.Cap); err != nil || c <= 0 {
				f.Passed = true
				f.Explanation = fmt.Sprintf("In %s, funder %s provided %s of the %s the centre disbursed, within the %s single-funder cap.",
					g.year, id, share, g.total, limit)
			} else {
				f.Severity = severityOr(r.Severity)
				f.Explanation = fmt.Sprintf("In %s, funder %s provided %s of the %s the centre disbursed, above the %s single-funder cap; refusing %s of its money would meet it.",
					g.year, id, share, g.total, limit, m.Excess)
			}
			out = append(out, f)
		}
	}
	return out
}
