package funding

import (
	"cmp"
	"math"
	"math/big"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Finding is one breach (or warning) of a policy rule, explained in a
// sentence and measured in numbers. With [WithMeasures], [Evaluate] also
// returns a passing Finding for every subject a share rule measured
// ([Evaluation.Measures]), so a script can read, say, the centre's own
// private share in a year that passes.
type Finding struct {
	// Rule is the rule's index in the policy; [Evaluate] sets it.
	Rule int
	// Kind is the rule's code, such as "ring-fence"; [Evaluate] sets it.
	Kind string
	// Subject names what the finding is about in terms that do not depend
	// on the order of the ledger: "award cruk-1", "centre 2024-25".
	Subject string
	// Path locates the subject in the ledger.
	Path *vocab.Path
	// Measured is the measured value, as text: "GBP 300.00 of GBP
	// 1,000.00 (30.0%)". Shares print with as many decimals as it takes
	// for Measured and Limit to read differently when they differ.
	Measured string
	// Limit is the rule's limit, as text: "25.0%".
	Limit string
	// Measure is the same in numbers: the measured amount and share, the
	// limit, and the excess or headroom. It is zero for findings that
	// measure nothing (a conflict of interest).
	Measure Measure
	// Passed marks a subject within the rule: such findings appear only in
	// [Evaluation.Measures], never in [Evaluation.Findings], and count
	// neither as errors nor as warnings.
	Passed bool
	// Severity is error (a breach) or warning; [Evaluate] makes an empty
	// severity an error. It is empty for a passing finding.
	Severity vocab.Severity
	// Explanation is one sentence saying what is wrong (or, for a passing
	// finding, what was measured).
	Explanation string
}

// Measure is the numbers behind a [Finding], exact, for scripts: what was
// measured, against what limit, and how far above it (Excess) or below it
// (Headroom) the subject is. Which fields are set depends on the rule:
//
//   - share caps (private-share cap, funder-concentration cap,
//     ring-fence): Amount, Whole, Share and Cap, and Excess or Headroom;
//   - thresholds (peer review): Amount, Threshold and Excess;
//   - restricted purpose: Amount, the money spent outside the purpose.
type Measure struct {
	// Amount is the measured money: the capped classes' or one funder's
	// disbursements, the research draws on a budget line, an award's
	// amount, or restricted money spent outside its purpose.
	Amount Money
	// Whole is what a share is measured over: the year's (or the
	// programme's) disbursements, or the budget line. Zero when the limit
	// is not a share.
	Whole Money
	// Share is Amount/Whole exactly; zero when Whole is zero.
	Share vocab.Ratio
	// Cap is the largest share allowed; zero when the limit is not a share.
	Cap vocab.Ratio
	// Threshold is the amount above which the rule applies (peer review).
	Threshold Money
	// Excess is the least reduction of Amount that would meet the limit,
	// rounded up to the minor unit; zero when the subject is within it. For
	// a share of a whole that contains Amount (private share, funder
	// concentration) removing money shrinks the whole too, so Excess is
	// ⌈(Amount − Cap×Whole) / (1 − Cap)⌉, not Amount − Cap×Whole: the
	// money a decline would refuse ([ApplyChange]). For a share of a fixed
	// whole (ring-fence) it is ⌈Amount − Cap×Whole⌉; for a threshold,
	// Amount − Threshold.
	Excess Money
	// Headroom is the largest increase of Amount that would stay within the
	// limit, rounded down to the minor unit, by the same reasoning as
	// Excess (for shares of a whole that contains Amount, the added money
	// adds to the whole); zero for a breach, and at most what keeps Whole
	// representable. It is zero when Unbounded.
	Headroom Money
	// Unbounded reports a share cap that no added money can breach: a cap
	// of 100% on a share of a whole that contains the amount.
	Unbounded bool
}

// measureShare measures part of whole against cap. inWhole says part is
// contained in whole, so that removing (adding) part removes (adds) as
// much from (to) whole.
func measureShare(part, whole Money, c vocab.Ratio, inWhole bool) Measure {
	m := Measure{Amount: part, Whole: whole, Cap: c}
	if whole.Minor > 0 {
		m.Share, _ = vocab.NewRatio(part.Minor, whole.Minor) // both fit, so the lowest terms do
	}
	cur := whole.Currency
	if cur == "" {
		cur = part.Currency
	}
	num, den := big.NewInt(c.Num()), big.NewInt(c.Den())
	// over = part×den − num×whole: positive when above the cap.
	over := new(big.Int).Mul(big.NewInt(part.Minor), den)
	over.Sub(over, new(big.Int).Mul(num, big.NewInt(whole.Minor)))
	divisor := new(big.Int).Set(den) // a fixed whole: divide by den
	if inWhole {
		divisor.Sub(den, num) // removing x: (part−x)·den ≤ num·(whole−x)
		if divisor.Sign() == 0 {
			m.Unbounded = true // a 100% cap: part ≤ whole always
			return m
		}
	}
	q := new(big.Int)
	switch over.Sign() {
	case 1: // ⌈over/divisor⌉
		q.Add(over, new(big.Int).Sub(divisor, big.NewInt(1)))
		q.Quo(q, divisor)
		m.Excess = Money{Minor: clampInt64(q, math.MaxInt64), Currency: cur}
	default: // ⌊−over/divisor⌋
		q.Quo(over.Neg(over), divisor)
		limit := int64(math.MaxInt64)
		if inWhole {
			limit -= whole.Minor // the whole must stay representable
		}
		m.Headroom = Money{Minor: clampInt64(q, limit), Currency: cur}
	}
	return m
}

// measureThreshold measures an amount against a threshold it exceeds.
func measureThreshold(amount, threshold Money) Measure {
	m := Measure{Amount: amount, Threshold: threshold}
	if d, err := amount.Sub(threshold); err == nil && d.Minor > 0 {
		m.Excess = d
	}
	return m
}

// clampInt64 returns x, or limit when x is above it.
func clampInt64(x *big.Int, limit int64) int64 {
	if !x.IsInt64() || x.Int64() > limit {
		return limit
	}
	return x.Int64()
}

// percentPair renders share and limit as percentages with the fewest
// decimals (at least one) that make them read differently when they
// differ: a breach of a 30% cap by one penny in GBP 1,000.01 reads
// "30.0007%" against "30.0000%", never "30.0%" against "30.0%". Two
// different ratios of int64 terms differ by at least 1/2^126, so 40
// decimals always tell them apart.
func percentPair(share, limit vocab.Ratio) (string, string) {
	for d := 1; ; d++ {
		s, l := share.PercentString(d), limit.PercentString(d)
		if s != l || share == limit || d >= 40 {
			return s, l
		}
	}
}

// compareFindings orders findings by rule, subject, path and explanation.
func compareFindings(a, b Finding) int {
	// cmp.Or evaluates every argument: the pointers, which allocate, are
	// built only when rule and subject tie.
	if c := cmp.Or(cmp.Compare(a.Rule, b.Rule), strings.Compare(a.Subject, b.Subject)); c != 0 {
		return c
	}
	return cmp.Or(strings.Compare(a.Path.JSONPointer(), b.Path.JSONPointer()), strings.Compare(a.Explanation, b.Explanation))
}
