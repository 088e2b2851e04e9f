package funding

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// PrivateShareCap caps the share of private money, so that private funding
// cannot dominate research priorities.
//
// The measure: for each financial year, the disbursements dated in it (on
// or before the evaluation date) are split into [Flow]s as [Ledger.FlowsAt]
// describes. The private share of the centre is the sum of the flows from
// funders of the capped classes divided by the sum of all flows; the
// private share of a programme is the same over the flows to that programme
// (unallocated money counts for the centre only). A share exactly at the
// cap passes; the comparison is exact.
type PrivateShareCap struct {
	// Scope is centre (one measure per year) or programme (one per
	// programme per year).
	Scope Scope `json:"scope"`
	// Cap is the largest allowed share, in [0, 1].
	Cap vocab.Ratio `json:"cap" jsonschema:"minimum=0,maximum=1"`
	// Classes are the funder classes counted as private; [FunderClassPrivate]
	// when empty.
	Classes []FunderClass `json:"classes,omitempty"`
	// Year restricts the rule to one financial year; every year with
	// disbursements when zero.
	Year vocab.FinancialYear `json:"year,omitzero"`
	// Severity of the findings; error when empty.
	Severity vocab.Severity `json:"severity,omitempty"`
}

// Kind returns "private-share-cap".
func (PrivateShareCap) Kind() string { return "private-share-cap" }

func init() {
	registerBuiltin(NewRuleKind[PrivateShareCap]("caps the share of private money in disbursements, for the whole centre or per programme, per financial year"))
}

// Describe states the cap.
func (r PrivateShareCap) Describe() string {
	per := "for the whole centre"
	if r.Scope == ScopeProgramme {
		per = "per programme"
	}
	return fmt.Sprintf("%s share at most %s of disbursements %s per financial year%s",
		classesText(r.classes()), r.Cap.PercentString(1), per, yearText(r.Year))
}

func (r PrivateShareCap) classes() []FunderClass {
	if len(r.Classes) == 0 {
		return []FunderClass{FunderClassPrivate}
	}
	return r.Classes
}

// Problems checks the scope, cap, classes, year and severity.
func (r PrivateShareCap) Problems(p *vocab.Path) vocab.Problems {
	return r.problems(new(vocab.Collector), p).Problems()
}

// problems is [PrivateShareCap.Problems] into ps.
func (r PrivateShareCap) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	ps = ps.Add(scopes.Check(p.Child("scope"), r.Scope, true), checkCap(p.Child("cap"), r.Cap),
		checkYear(p.Child("year"), r.Year), vocab.Severities().Check(p.Child("severity"), r.Severity, false))
	for i, c := range r.Classes {
		ps = ps.Add(funderClasses.Check(p.Child("classes").Index(i), c, true))
	}
	return ps
}

// Evaluate reports every year (and programme) whose private share exceeds
// the cap and, when [Input.Measures] is true, returns a passing finding for
// every other year (and programme) measured.
func (r PrivateShareCap) Evaluate(in *Input) []Finding {
	var out []Finding
	for _, g := range groupFlows(in.flows, r.Scope, r.Year, distinctClasses(r.classes())) {
		passed := withinCap(g.part, g.total, r.Cap)
		if passed && !in.measures {
			continue
		}
		m := measureShare(g.part, g.total, r.Cap, true)
		share, limit := percentPair(m.Share, r.Cap)
		f := Finding{Subject: g.subject(), Path: vocab.NewPath("transactions"),
			Measured: shareText(g.part, g.total, share), Limit: limit, Measure: m}
		if passed {
			f.Passed = true
			f.Explanation = fmt.Sprintf("In %s, %s funders provided %s of the %s disbursed to %s, within the %s cap.",
				g.year, classesText(r.classes()), share, g.total, g.label(), limit)
		} else {
			f.Severity = severityOr(r.Severity)
			f.Explanation = fmt.Sprintf("In %s, %s funders provided %s of the %s disbursed to %s, above the %s cap; refusing %s of their money would meet it.",
				g.year, classesText(r.classes()), share, g.total, g.label(), limit, m.Excess)
		}
		out = append(out, f)
	}
	return out
}

// flowGroup is the flows of one financial year and, for programme scope,
// one programme (the zero ID for centre scope): their total, and the part
// of it from funders of the classes [groupFlows] was given.
type flowGroup struct {
	year        vocab.FinancialYear
	programme   vocab.ProgrammeID
	total, part Money
}

// subject names the group in a finding: "centre 2024-25" or "programme
// p-1 2024-25".
func (g *flowGroup) subject() string {
	if g.programme == "" {
		return "centre " + g.year.String()
	}
	return "programme " + string(g.programme) + " " + g.year.String()
}

// label names who received the group's money: "the centre" or "programme
// p-1".
func (g *flowGroup) label() string {
	if g.programme == "" {
		return "the centre"
	}
	return "programme " + string(g.programme)
}

// groupFlows groups flows by year (and programme, for programme scope,
// leaving out unallocated flows), restricted to year when it is set, in
// order of year then programme, summing each group's flows and those from
// funders of the classes (distinct, so that looking one up costs at most
// the number of funder classes). It allocates the groups and one index,
// whatever the number of flows.
func groupFlows(flows []Flow, scope Scope, year vocab.FinancialYear, classes []FunderClass) []flowGroup {
	type key struct {
		y vocab.FinancialYear
		p vocab.ProgrammeID
	}
	at := map[key]int{}
	var out []flowGroup
	for i := range flows {
		f := &flows[i]
		if (year != 0 && f.Year != year) || (scope == ScopeProgramme && f.Programme == "") {
			continue
		}
		k := key{y: f.Year}
		if scope == ScopeProgramme {
			k.p = f.Programme
		}
		j, ok := at[k]
		if !ok {
			j = len(out)
			at[k] = j
			out = append(out, flowGroup{year: k.y, programme: k.p, total: Money{Currency: f.Amount.Currency},
				part: Money{Currency: f.Amount.Currency}})
		}
		g := &out[j]
		g.total, _ = g.total.Add(f.Amount) // a subset of the ledger's transactions, whose total fits
		if slices.Contains(classes, f.Class) {
			g.part, _ = g.part.Add(f.Amount)
		}
	}
	slices.SortFunc(out, func(a, b flowGroup) int {
		return cmp.Or(cmp.Compare(a.year, b.year), cmp.Compare(a.programme, b.programme))
	})
	return out
}

// distinctClasses returns classes without repeats, so that asking whether
// a class is among them costs at most the number of funder classes,
// however long a policy's list.
func distinctClasses(classes []FunderClass) []FunderClass {
	if len(classes) <= 1 {
		return classes
	}
	out := slices.Clone(classes)
	slices.Sort(out)
	return slices.Compact(out)
}

// shareText renders "GBP 300.00 of GBP 1,000.00 (30.0%)" with the share
// already rendered.
func shareText(part, whole Money, share string) string {
	return fmt.Sprintf("%s of %s (%s)", part, whole, share)
}

func classesText(cs []FunderClass) string {
	s := ""
	for i, c := range cs {
		switch {
		case i == 0:
		case i == len(cs)-1:
			s += " and "
		default:
			s += ", "
		}
		s += string(c)
	}
	return s
}

func yearText(y vocab.FinancialYear) string {
	if y == 0 {
		return ""
	}
	return " (" + y.String() + " only)"
}

// checkYear reports at p a year that is set but out of range.
func checkYear(p *vocab.Path, y vocab.FinancialYear) *vocab.Problem {
	if y != 0 && !y.IsValid() {
		return vocab.OutOfRange(p, int(y), "a financial year from 0001-02 to 9998-99")
	}
	return nil
}
