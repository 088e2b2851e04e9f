package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Document is a centre's governance document: bodies, seats, members, terms of reference, interests register and KPIs.
// It stands alone (decode, validate and publish it by itself) or inside an
// ahsc.Centre, which resolves its references to partners and other documents.
type Document struct {
	// Version is the format version; required when the document stands
	// alone, inherited from the Centre when embedded.
	Version vocab.Version `json:"version,omitempty"`
	// Bodies are the governance bodies, their seats and terms.
	Bodies []Body `json:"bodies,omitempty"`
	// Interests is the interests register.
	Interests []Interest `json:"interests,omitempty"`
	// KPIs are the indicators bodies are held to account by.
	KPIs []KPI `json:"kpis,omitempty"`
	// Decisions are the motions put to bodies, with attendance and ballots.
	Decisions []Decision `json:"decisions,omitempty"`
	// Sources cite where the document's facts come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Validate checks the governance document on its own, without a partner roster, and
// returns a [vocab.Problems] error when it has errors.
func (d *Document) Validate() error {
	ps := d.Version.Problems(vocab.NewPath("version"))
	return append(ps, d.Problems(nil, nil)...).Err()
}

// Body returns the body with the given ID.
func (d *Document) Body(id vocab.BodyID) (*Body, bool) {
	for i := range d.Bodies {
		if d.Bodies[i].ID == id {
			return &d.Bodies[i], true
		}
	}
	return nil, false
}

// Decide evaluates a recorded decision with [Decide], adding to the motion's
// declarations the register interests held on its date in organisations it
// concerns (see [WithRegister]). Problems have paths relative to the
// decision (ballots[i]).
func (d *Document) Decide(dec *Decision) (Outcome, error) {
	b, ok := d.Body(dec.Body)
	if !ok {
		return Outcome{}, vocab.Problems{vocab.NotFound(vocab.NewPath("body"), string(dec.Body), "no body with this ID")}
	}
	m := WithRegister(dec.Motion, d.Interests)
	return Decide(b, &m, dec.Present, dec.Ballots)
}

// Problems checks the governance document with every path below p. Rules that need the
// centre's partner list use roster; a nil roster skips them. Recorded
// decisions are evaluated, so a rejected ballot is reported at
// decisions[i].ballots[j].
func (d *Document) Problems(p *vocab.Path, roster vocab.Roster) vocab.Problems {
	var ps vocab.Problems
	bp := p.Child("bodies")
	ps = append(ps, uniqueIDs(bp, d.Bodies, func(b *Body) vocab.BodyID { return b.ID })...)
	for i := range d.Bodies {
		ps = append(ps, d.Bodies[i].Problems(bp.Index(i), roster)...)
	}
	ps = append(ps, d.reportingProblems(bp)...)
	for i := range d.Interests {
		ps = append(ps, d.Interests[i].Problems(p.Child("interests").Index(i))...)
	}
	ps = append(ps, d.kpiProblems(p.Child("kpis"))...)
	ps = append(ps, d.decisionProblems(p.Child("decisions"))...)
	return append(ps, vocab.CheckSources(p.Child("sources"), d.Sources)...)
}

// reportingProblems reports a reportsTo naming no body, and reporting cycles.
func (d *Document) reportingProblems(bp *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	for i := range d.Bodies {
		b := &d.Bodies[i]
		if b.ReportsTo == "" || b.ReportsTo == b.ID {
			continue
		}
		if _, ok := d.Body(b.ReportsTo); !ok {
			ps = ps.Add(vocab.NotFound(bp.Index(i).Child("reportsTo"), string(b.ReportsTo), "no body with this ID"))
			continue
		}
		cur := b.ReportsTo
		for range d.Bodies {
			next, ok := d.Body(cur)
			if !ok || next.ReportsTo == "" {
				break
			}
			if cur = next.ReportsTo; cur == b.ID {
				ps = ps.Add(vocab.Invalid(bp.Index(i).Child("reportsTo"), string(b.ReportsTo), "the reporting line loops back to this body"))
				break
			}
		}
	}
	return ps
}

func (d *Document) kpiProblems(kp *vocab.Path) vocab.Problems {
	ps := uniqueIDs(kp, d.KPIs, func(k *KPI) KPIID { return k.ID })
	for i := range d.KPIs {
		k := &d.KPIs[i]
		ps = append(ps, k.Problems(kp.Index(i))...)
		if _, ok := d.Body(k.Owner); k.Owner != "" && !ok {
			ps = ps.Add(vocab.NotFound(kp.Index(i).Child("owner"), string(k.Owner), "no body with this ID"))
		}
	}
	return ps
}

func (d *Document) decisionProblems(dp *vocab.Path) vocab.Problems {
	ids := make([]MotionID, len(d.Decisions))
	for i := range d.Decisions {
		ids[i] = d.Decisions[i].Motion.ID
	}
	ps := vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return dp.Index(i).Child("motion").Child("id") })
	for i := range d.Decisions {
		dec := &d.Decisions[i]
		ip := dp.Index(i)
		ps = append(ps, dec.Motion.Problems(ip.Child("motion"))...)
		b, ok := d.Body(dec.Body)
		switch {
		case dec.Body == "":
			ps = ps.Add(vocab.Required(ip.Child("body"), "the body the motion was put to"))
			continue
		case !ok:
			ps = ps.Add(vocab.NotFound(ip.Child("body"), string(dec.Body), "no body with this ID"))
			continue
		case b.Rules.IsZero():
			ps = ps.Add(vocab.Invalid(ip.Child("body"), string(dec.Body), "the body has no terms of reference, so it takes no votes"))
			continue
		case !dec.Motion.Date.IsZero() && b.Period.IsValid() && !b.Period.Contains(dec.Motion.Date):
			ps = ps.Add(vocab.OutOfRange(ip.Child("motion").Child("date"), dec.Motion.Date,
				fmt.Sprintf("the body exists %s", b.Period)))
			continue
		}
		if _, err := d.Decide(dec); err != nil {
			for _, q := range vocab.ProblemsOf(err) {
				if q.Path.HasPrefix(vocab.NewPath("ballots")) {
					ps = append(ps, q.WithPath(ip))
				}
			}
		}
	}
	return ps
}
