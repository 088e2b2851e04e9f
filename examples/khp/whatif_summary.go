package main

import (
	"fmt"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/programme"
)

// summariseWhatIf answers the README's two questions on KHP's data, as of
// asOf; the amounts, figures and policy are ILLUSTRATIVE: what a 30% cap
// on each programme's private share in 2024-25 would have done (declined,
// then deferred for up to two years), with the centre's own private share
// before and after; and how loaded the shared imaging centre is, and would
// be if 20% of its capacity moved to research.
func summariseWhatIf(b *strings.Builder, c *ahsc.Centre, asOf vocab.Date) {
	if c.Ledger != nil {
		lbl := label(c.Ledger.Sources)
		cap30 := funding.PrivateShareCap{Scope: funding.ScopeProgramme, Cap: vocab.Percent(30), Year: 2024}
		centre := &funding.Policy{Rules: funding.Rules{funding.PrivateShareCap{Scope: funding.ScopeCentre, Cap: vocab.Percent(30), Year: 2024}}}
		fmt.Fprintf(b, "\nWhat if (illustrative: KHP's amounts and this policy are not KHP data):\n")
		for _, ch := range []funding.Change{{Rule: cap30, Mode: funding.ChangeModeDecline},
			{Rule: cap30, Mode: funding.ChangeModeDefer, ExpiresAfter: 2}} {
			cf, err := funding.ApplyChange(c.Ledger, centre, ch, asOf, c.FundingEnv())
			if err != nil {
				fmt.Fprintf(b, "  could not apply %s: %v\n", ch.Describe(), err)
				continue
			}
			fmt.Fprintf(b, "  %s:%s\n", ch.Describe(), lbl)
			for _, m := range cf.Moves {
				to := ""
				if m.Kind == funding.MoveKindDeferred {
					to = " to " + m.To.String()
				}
				fmt.Fprintf(b, "    %s %s of %s's %s money for %s in %s%s%s\n", m.Kind, m.Amount, m.Funder, m.Class, m.Programme, m.Year, to, lbl)
			}
			t := cf.Total()
			fmt.Fprintf(b, "    disbursed %s → %s (declined %s, expired %s)%s\n", t.Before, t.After, t.Declined, t.Expired, lbl)
			for _, f := range cf.FindingsBefore.Findings {
				if f.Rule == len(cf.FindingsBefore.Summary)-1 { // the change's rule
					fmt.Fprintf(b, "    %s private share: %s → %s%s\n", f.Subject, shareOf(cf.FindingsBefore, f.Subject), shareOf(cf.FindingsAfter, f.Subject), lbl)
				}
			}
			before, after := shareOf(cf.FindingsBefore, "centre 2024-25"), shareOf(cf.FindingsAfter, "centre 2024-25")
			fmt.Fprintf(b, "    centre's private share 2024-25: %s → %s%s\n", before, after, lbl)
		}
	}
	if p := c.Portfolio; p != nil {
		summariseUtilisation(b, p, asOf)
	}
}

// shareOf returns the measured share of subject in ev, as a percentage.
func shareOf(ev *funding.Evaluation, subject string) string {
	for _, f := range ev.Measures {
		if f.Subject == subject {
			return f.Measure.Share.PercentString(1)
		}
	}
	return "not measured"
}

// summariseUtilisation prints every facility's utilisation on asOf, and
// the imaging centre's with 20% of its capacity to research.
func summariseUtilisation(b *strings.Builder, p *programme.Portfolio, asOf vocab.Date) {
	for _, f := range p.Facilities {
		if len(f.Capacity) == 0 {
			continue
		}
		u, err := p.UtilisationAt(f.ID, asOf)
		if err != nil {
			fmt.Fprintf(b, "  %s: %v\n", f.ID, err)
			continue
		}
		lbl := label(f.Sources, p.Sources)
		fmt.Fprintf(b, "  %s on %s: %s%s\n", f.ID, asOf, utilisationText(u), lbl)
		if f.ID == "imaging" {
			if more, err := u.WithResearchShare(vocab.Percent(20)); err == nil {
				fmt.Fprintf(b, "    if 20%% of its capacity moved to research: %s%s\n", utilisationText(more), lbl)
			}
		}
	}
}

// utilisationText renders a utilisation in one line.
func utilisationText(u programme.Utilisation) string {
	s := fmt.Sprintf("%s %s per %s, research %s (%s), left for care %s, care demand %s",
		u.Capacity, u.Unit, u.Per, u.ResearchShare.PercentString(0), u.Research, u.Care, u.Demand)
	if r, ok := u.Ratio(); ok {
		s += ": " + r.PercentString(1) + " utilised"
	}
	if short := u.Shortfall(); !short.IsZero() {
		s += fmt.Sprintf(", %s %s a %s short: waiting lists grow", short, u.Unit, u.Per)
	}
	return s
}
