package funding

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// RingFence protects front-line care: research may draw at most Cap of any
// ring-fenced clinical budget line (draws dated on or before the
// evaluation date). A draw total exactly at the cap passes.
type RingFence struct {
	// Cap is the largest share of a line research may draw, in [0, 1].
	Cap vocab.Ratio `json:"cap" jsonschema:"minimum=0,maximum=1"`
	// Severity of the findings; error when empty.
	Severity vocab.Severity `json:"severity,omitempty"`
}

// Kind returns "ring-fence".
func (RingFence) Kind() string { return "ring-fence" }

func init() {
	registerBuiltin(NewRuleKind[RingFence]("caps research draws on each ring-fenced clinical budget line"))
}

// Describe states the cap.
func (r RingFence) Describe() string {
	return "research draws at most " + r.Cap.PercentString(1) + " of each ring-fenced clinical budget line"
}

// Problems checks the cap and severity.
func (r RingFence) Problems(p *vocab.Path) vocab.Problems {
	return vocab.Problems{}.Add(checkCap(p.Child("cap"), r.Cap), vocab.Severities().Check(p.Child("severity"), r.Severity, false))
}

// Evaluate reports each ring-fenced line drawn on beyond the cap and, when
// [Input.Measures] is true, returns a passing finding for every other
// ring-fenced line.
func (r RingFence) Evaluate(in *Input) []Finding {
	var out []Finding
	for i := range in.Ledger.Budgets {
		b := &in.Ledger.Budgets[i]
		if !b.RingFenced {
			continue
		}
		drawn, err := b.DrawnAt(in.AsOf)
		if err != nil {
			continue // validation rejects totals that do not fit
		}
		passed := withinCap(drawn, b.Amount, r.Cap)
		if passed && !in.measures {
			continue
		}
		m := measureShare(drawn, b.Amount, r.Cap, false)
		share, limit := percentPair(m.Share, r.Cap)
		f := Finding{Subject: "budget " + b.ID, Path: vocab.NewPath("budgets").Index(i).Child("draws"),
			Measured: shareText(drawn, b.Amount, share), Limit: limit, Measure: m}
		if passed {
			f.Passed = true
			f.Explanation = fmt.Sprintf("Research drew %s of %s's ring-fenced %s budget line %s for %s, within the %s ring-fence.",
				share, b.Trust, b.Year, b.ID, b.Amount, limit)
		} else {
			f.Severity = severityOr(r.Severity)
			f.Explanation = fmt.Sprintf("Research drew %s of %s's ring-fenced %s budget line %s for %s, above the %s ring-fence by %s.",
				share, b.Trust, b.Year, b.ID, b.Amount, limit, m.Excess)
		}
		out = append(out, f)
	}
	return out
}
