package governance

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/markdown"
)

// ReportOptions configure [Document.Report].
type ReportOptions struct {
	// Title heads the report; "Governance report" when empty.
	Title string
	// RedactInterests hides who declared each conflict and in which
	// organisation (personal data), keeping the motion, kind, severity and
	// effect, and shows recusals as counts: the form for publication.
	RedactInterests bool
}

// redacted replaces personal data in redacted reports.
const redacted = "(redacted)"

// Report writes a transparent Markdown report for period: each KPI's
// latest reading in the period with its RAG status, each decision whose
// motion date lies in the period with its evaluated outcome, and every
// conflict declared for those motions (register entries included). All
// user text is escaped. It returns the first write error.
func (d *Document) Report(w io.Writer, period vocab.Period, opts ReportOptions) error {
	var b strings.Builder
	title := opts.Title
	if title == "" {
		title = "Governance report"
	}
	fmt.Fprintf(&b, "# %s, %s\n\n", markdown.Escape(title), period)
	d.reportKPIs(&b, period)
	outcomes := d.reportDecisions(&b, period, opts)
	reportConflicts(&b, outcomes, opts)
	_, err := io.WriteString(w, b.String())
	return err
}

func (d *Document) reportKPIs(b *strings.Builder, period vocab.Period) {
	b.WriteString("## Key performance indicators\n\n")
	if len(d.KPIs) == 0 {
		b.WriteString("No KPIs.\n\n")
		return
	}
	markdown.Table(b, "KPI", "Owner", "Unit", "Target", "Latest", "Period", "RAG")
	for i := range d.KPIs {
		k := &d.KPIs[i]
		latest, when := "—", "—"
		if r, ok := k.Latest(period); ok {
			latest, when = markdown.Escape(r.Value.String()), r.Period.String()
		}
		markdown.Row(b, markdown.Escape(k.Metric), markdown.Escape(string(k.Owner)), markdown.Escape(k.Unit),
			markdown.Escape(k.Target.String()), latest, when, string(k.Status(period)))
	}
	b.WriteString("\n")
}

// reportedOutcome pairs a decision in the period with its outcome and
// its conflicts of interest (register entries included).
type reportedOutcome struct {
	decision  *Decision
	outcome   Outcome
	err       error
	conflicts []Declaration
}

func (d *Document) reportDecisions(b *strings.Builder, period vocab.Period, opts ReportOptions) []reportedOutcome {
	b.WriteString("## Decisions\n\n")
	var outs []reportedOutcome
	x := d.decider(d.bodyIndex())
	for i := range d.Decisions {
		dec := &d.Decisions[i]
		if period.Contains(dec.Motion.Date) {
			o, err := x.decide(dec)
			outs = append(outs, reportedOutcome{dec, o, err, x.register.conflicts(&dec.Motion)})
		}
	}
	if len(outs) == 0 {
		b.WriteString("No decisions.\n\n")
		return nil
	}
	markdown.Table(b, "Date", "Body", "Motion", "Result", "Yes", "No", "Abstain", "Not voting", "Paired", "Absent", "Recused", "Reason")
	for _, r := range outs {
		o := r.outcome
		result, reason := string(o.Result), o.Reason
		if r.err != nil {
			result, reason = "not evaluated", "the record has errors: "+r.err.Error()
		}
		recused := joinIDs(o.Recused)
		if opts.RedactInterests || recused == "" {
			recused = strconv.Itoa(len(o.Recused))
		}
		markdown.Row(b, r.decision.Motion.Date.String(), markdown.Escape(string(r.decision.Body)),
			markdown.Escape(string(r.decision.Motion.ID)+": "+r.decision.Motion.Text), result,
			strconv.Itoa(o.Counts.Yes), strconv.Itoa(o.Counts.No), strconv.Itoa(o.Counts.Abstain),
			strconv.Itoa(o.Counts.NotVoting), strconv.Itoa(o.Counts.Paired), strconv.Itoa(o.Counts.Absent), markdown.Escape(recused), markdown.Escape(reason))
	}
	b.WriteString("\n")
	return outs
}

func reportConflicts(b *strings.Builder, outs []reportedOutcome, opts ReportOptions) {
	b.WriteString("## Declared conflicts of interest\n\n")
	var rows [][]string
	for _, r := range outs {
		for _, c := range r.conflicts {
			person, org := markdown.Escape(string(c.Person)), markdown.Escape(string(c.Organisation))
			if opts.RedactInterests {
				person, org = redacted, redacted
			}
			effect := "recorded"
			if c.Severity == ConflictSeverityHard {
				effect = "recused"
			}
			rows = append(rows, []string{markdown.Escape(string(r.decision.Motion.ID)), person, org,
				markdown.Escape(string(c.Kind)), string(c.Severity), effect})
		}
	}
	if len(rows) == 0 {
		b.WriteString("None declared.\n")
		return
	}
	markdown.Table(b, "Motion", "Person", "Organisation", "Kind", "Severity", "Effect")
	for _, row := range rows {
		markdown.Row(b, row...)
	}
}
