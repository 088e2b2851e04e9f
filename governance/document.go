package governance

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/graph"
)

// Document is a centre's governance document: bodies, seats, members,
// terms of reference, interests register, KPIs and recorded decisions.
// It stands alone (decode, validate and publish it by itself) or inside an
// ahsc.Centre, which resolves its references to partners and other
// documents and checks the rule that needs the partner roster.
type Document struct {
	// Version is the format version ("1.0"); required when the document
	// stands alone, inherited from the Centre when embedded.
	Version vocab.Version `json:"version,omitempty"`
	// Bodies are the governance bodies, their seats and terms; body IDs
	// are unique.
	Bodies []Body `json:"bodies,omitempty"`
	// Interests is the interests register.
	Interests []Interest `json:"interests,omitempty"`
	// KPIs are the indicators bodies are held to account by; KPI IDs are
	// unique.
	KPIs []KPI `json:"kpis,omitempty"`
	// Decisions are the motions put to bodies, with attendance and
	// ballots; motion IDs are unique.
	Decisions []Decision `json:"decisions,omitempty"`
	// Sources cite where the document's facts come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Validate checks the document standing alone and returns nil, or a
// [vocab.Problems] error holding its errors (warnings alone return nil).
func (d *Document) Validate() error { return d.Problems().Err() }

// Problems checks the document standing alone and returns every problem,
// errors and warnings, with paths from the document root: the version;
// each body ([Body.Problems]), with unique IDs and reporting lines that
// name a body and never loop; each interest, KPI (owned by a body of the
// document) and recorded decision. A decision is evaluated, so a rejected
// ballot is reported at decisions[i].ballots[j]. The rule that needs the
// centre's partner roster is checked by [Document.RosterProblems] instead.
func (d *Document) Problems() vocab.Problems {
	ps := d.Version.Problems(vocab.NewPath("version"))
	bodies := d.bodyIndex()
	bp := vocab.NewPath("bodies")
	ps = append(ps, vocab.CheckUniqueIDsOf(bp, "id", d.Bodies, func(b *Body) vocab.BodyID { return b.ID })...)
	for i := range d.Bodies {
		ps = append(ps, d.Bodies[i].Problems(bp.Index(i))...)
	}
	ps = append(ps, d.reportingProblems(bp, bodies)...)
	for i := range d.Interests {
		ps = append(ps, d.Interests[i].Problems(vocab.NewPath("interests").Index(i))...)
	}
	ps = append(ps, d.kpiProblems(vocab.NewPath("kpis"), bodies)...)
	ps = append(ps, d.decisionProblems(vocab.NewPath("decisions"), bodies)...)
	return append(ps, vocab.CheckSources(vocab.NewPath("sources"), d.Sources)...)
}

// RosterProblems checks the one rule that needs the centre's partner
// roster: every partner nominates at least
// Composition.MinVotingSeatsPerPartner of each body's voting seats. Each
// body is checked on the dates its seats change ([Body.SeatChangeDates])
// and on each of rosterChanges within its period (the dates partners join,
// and the days after they leave, which only the centre knows). A partner
// short of seats is reported once per body, on the first such date, at
// bodies[i].composition.minVotingSeatsPerPartner. A nil roster has no
// problems. The Centre calls it; [Document.Problems] checks everything
// else.
func (d *Document) RosterProblems(roster vocab.Roster, rosterChanges []vocab.Date) vocab.Problems {
	if roster == nil {
		return nil
	}
	var ps vocab.Problems
	for i := range d.Bodies {
		b := &d.Bodies[i]
		if b.Composition.MinVotingSeatsPerPartner <= 0 {
			continue
		}
		at := vocab.NewPath("bodies").Index(i).Child("composition")
		var found vocab.Problems
		for _, day := range b.checkDates(rosterChanges) {
			found = append(found, b.minSeatsProblems(at, roster, day)...)
		}
		ps = append(ps, firstPerRule(found)...)
	}
	return ps
}

// Body returns the body with the given ID (the first, if IDs repeat).
func (d *Document) Body(id vocab.BodyID) (*Body, bool) {
	for i := range d.Bodies {
		if d.Bodies[i].ID == id {
			return &d.Bodies[i], true
		}
	}
	return nil, false
}

// Decide evaluates a recorded decision with [Decide], the motion's
// declarations completed from the interests register
// ([Document.Conflicts]). Problems have paths relative to the decision:
// body when no body has its ID, else as [Decide] gives them (body…,
// motion…, ballots[i]).
func (d *Document) Decide(dec *Decision) (Outcome, error) {
	return d.decider(d.bodyIndex()).decide(dec)
}

// bodyIndex maps each body ID to its first position.
func (d *Document) bodyIndex() map[vocab.BodyID]int {
	idx := make(map[vocab.BodyID]int, len(d.Bodies))
	for i := range d.Bodies {
		if _, dup := idx[d.Bodies[i].ID]; !dup {
			idx[d.Bodies[i].ID] = i
		}
	}
	return idx
}

// decider decides a document's recorded decisions, indexing the bodies
// and the register once and checking each body's structure at most once.
type decider struct {
	doc      *Document
	bodies   map[vocab.BodyID]int
	register register
	ready    map[int]bool // body position -> can take votes (valid structure, rules set)
}

func (d *Document) decider(bodies map[vocab.BodyID]int) *decider {
	return &decider{doc: d, bodies: bodies, register: indexRegister(d.Interests), ready: map[int]bool{}}
}

// decide is [Document.Decide].
func (x *decider) decide(dec *Decision) (Outcome, error) {
	i, ok := x.bodies[dec.Body]
	if !ok {
		return Outcome{}, vocab.Problems{vocab.NotFound(vocab.NewPath("body"), string(dec.Body), "no body with this ID")}
	}
	b := &x.doc.Bodies[i]
	ready, known := x.ready[i]
	if !known {
		ready = !b.Rules.IsZero() && !b.structureProblems(nil).HasErrors()
		x.ready[i] = ready
	}
	m := dec.Motion
	m.Declarations = x.register.conflicts(&dec.Motion)
	if !ready || len(motionProblems(&m)) > 0 {
		return Decide(b, &m, dec.Present, dec.Ballots)
	}
	return decide(b, &m, dec.Present, dec.Ballots)
}

// reportingProblems reports a reportsTo naming no body, and reporting
// lines that loop (every body on the loop), in linear time.
func (d *Document) reportingProblems(bp *vocab.Path, bodies map[vocab.BodyID]int) vocab.Problems {
	var ps vocab.Problems
	var edges [][2]int
	for i := range d.Bodies {
		b := &d.Bodies[i]
		if b.ReportsTo == "" || b.ReportsTo == b.ID {
			continue // a body reporting to itself is reported by Body.Problems
		}
		j, ok := bodies[b.ReportsTo]
		if !ok {
			ps = ps.Add(vocab.NotFound(bp.Index(i).Child("reportsTo"), string(b.ReportsTo), "no body with this ID"))
			continue
		}
		edges = append(edges, [2]int{i, j})
	}
	comp, cyclic := graph.Components(len(d.Bodies), edges)
	for _, e := range edges {
		if i := e[0]; cyclic[i] && comp[i] == comp[e[1]] {
			ps = ps.Add(vocab.Invalid(bp.Index(i).Child("reportsTo"), string(d.Bodies[i].ReportsTo), "the reporting line loops back to this body"))
		}
	}
	return ps
}

func (d *Document) kpiProblems(kp *vocab.Path, bodies map[vocab.BodyID]int) vocab.Problems {
	ps := vocab.CheckUniqueIDsOf(kp, "id", d.KPIs, func(k *KPI) KPIID { return k.ID })
	for i := range d.KPIs {
		k := &d.KPIs[i]
		ps = append(ps, k.Problems(kp.Index(i))...)
		if _, ok := bodies[k.Owner]; k.Owner != "" && !ok {
			ps = ps.Add(vocab.NotFound(kp.Index(i).Child("owner"), string(k.Owner), "no body with this ID"))
		}
	}
	return ps
}

func (d *Document) decisionProblems(dp *vocab.Path, bodies map[vocab.BodyID]int) vocab.Problems {
	ids := make([]MotionID, len(d.Decisions))
	for i := range d.Decisions {
		ids[i] = d.Decisions[i].Motion.ID
	}
	ps := vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return dp.Index(i).Child("motion").Child("id") })
	x := d.decider(bodies)
	for i := range d.Decisions {
		dec := &d.Decisions[i]
		ip := dp.Index(i)
		ps = append(ps, dec.Motion.Problems(ip.Child("motion"))...)
		j, ok := bodies[dec.Body]
		switch {
		case dec.Body == "":
			ps = ps.Add(vocab.Required(ip.Child("body"), "the body the motion was put to"))
			continue
		case !ok:
			ps = ps.Add(vocab.NotFound(ip.Child("body"), string(dec.Body), "no body with this ID"))
			continue
		case d.Bodies[j].Rules.IsZero():
			ps = ps.Add(vocab.Invalid(ip.Child("body"), string(dec.Body), "the body has no terms of reference, so it takes no votes"))
			continue
		case !dec.Motion.Date.IsZero() && d.Bodies[j].Period.IsValid() && !d.Bodies[j].Period.Contains(dec.Motion.Date):
			ps = ps.Add(vocab.OutOfRange(ip.Child("motion").Child("date"), dec.Motion.Date,
				fmt.Sprintf("the body exists %s", d.Bodies[j].Period)))
			continue
		}
		if _, err := x.decide(dec); err != nil {
			for _, q := range vocab.ProblemsOf(err) {
				if q.Path.HasPrefix(vocab.NewPath("ballots")) {
					ps = append(ps, q.WithPath(ip))
				}
			}
		}
	}
	return ps
}
