package governance

import (
	"fmt"
	"iter"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/graph"
	"github.com/ahsckit/ahsckit/internal/strictjson"
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
	return d.CollectProblems(new(vocab.Collector)).Problems()
}

// CollectProblems adds the problems [Document.Problems] returns to ps, in
// the same order, and returns ps. A collector with a limit keeps at most
// that many and counts the rest, so memory stays bounded however many
// problems the document has; [Decode] checks with it.
func (d *Document) CollectProblems(ps *vocab.Collector) *vocab.Collector {
	ps = ps.OrderBy(vocab.DocumentOrder(d))
	ps = ps.Add(d.Version.Problems(vocab.NewPath("version"))...)
	bodies := d.bodyIndex()
	bp := vocab.NewPath("bodies")
	ps = vocab.CollectUniqueIDsOf(ps, bp, "id", d.Bodies, func(b *Body) vocab.BodyID { return b.ID })
	for i := range d.Bodies {
		ps = d.Bodies[i].problems(ps, bp.Index(i))
	}
	ps = d.reportingProblems(ps, bp, bodies)
	for i := range d.Interests {
		ps = d.Interests[i].collect(ps, vocab.LazyPathOf("interests").Index(i))
	}
	ps = d.kpiProblems(ps, vocab.NewPath("kpis"), bodies)
	ps = d.decisionProblems(ps, vocab.NewPath("decisions"), bp, bodies)
	ps = vocab.CollectSources(ps, vocab.NewPath("sources"), d.Sources)
	return strictjson.CollectInvalidUTF8(ps, nil, d)
}

// RosterProblems checks the one rule that needs the centre's partner
// roster: every partner nominates at least
// Composition.MinVotingSeatsPerPartner of each body's voting seats.
// memberships maps each partner to the periods in which it is certainly a
// partner (only their certain days count; overlapping periods are
// joined). A partner short of seats is reported once per body and
// maximal run of days on which it is a partner and short, at
// bodies[i].composition.minVotingSeatsPerPartner, with the partner as the
// value and the run in the detail: "during 2021-06-01/2022-12-31 the
// partner nominates 0 voting seats, fewer than 1" ("0 to 1 voting seats"
// when the count changes within the run). Problems come by body, then
// partner ID, then date. A nil map has no problems. The Centre calls it;
// [Document.Problems] checks everything else. It runs in
// O((m + s) log(m + s)) per body for m membership periods and s seats.
func (d *Document) RosterProblems(memberships map[vocab.OrgID][]vocab.Period) vocab.Problems {
	return d.CollectRosterProblems(new(vocab.Collector), memberships).Problems()
}

// CollectRosterProblems adds the problems [Document.RosterProblems]
// returns to ps, in the same order, and returns ps.
func (d *Document) CollectRosterProblems(ps *vocab.Collector, memberships map[vocab.OrgID][]vocab.Period) *vocab.Collector {
	if memberships == nil {
		return ps
	}
	for i := range d.Bodies {
		ps = d.Bodies[i].shortfalls(ps, vocab.NewPath("bodies").Index(i).Child("composition"), memberships)
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
// motion…, ballots[i]…).
func (d *Document) Decide(dec *Decision) (Outcome, error) {
	return d.decider(d.bodyIndex()).decide(dec)
}

// Outcomes decides every recorded decision, in document order, as
// [Document.Decide] decides each, yielding its outcome and error. The
// indexes of bodies and interests are built once for all of them, so
// deciding n decisions this way costs O(n log n) in all, where calling
// Decide for each builds them again every time. Stopping early is allowed.
func (d *Document) Outcomes() iter.Seq2[Outcome, error] {
	return func(yield func(Outcome, error) bool) {
		x := d.decider(d.bodyIndex())
		for i := range d.Decisions {
			if !yield(x.decide(&d.Decisions[i])) {
				return
			}
		}
	}
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
	m := x.motion(dec)
	if !x.isReady(i) || len(motionProblems(&m)) > 0 {
		return Decide(b, &m, dec.Present, dec.Ballots)
	}
	return decide(b, &m, dec.Present, dec.Ballots)
}

// motion returns the decision's motion with its declarations completed
// from the interests register ([Document.Conflicts]).
func (x *decider) motion(dec *Decision) Motion {
	m := dec.Motion
	m.Declarations = x.register.conflicts(&dec.Motion)
	return m
}

// ballotProblems returns the problems [decider.decide] reports for the
// ballots of a decision whose body exists and is ready, without counting
// the outcome: what validation needs. When the motion has errors, only the
// ballots' shape is checked.
func (x *decider) ballotProblems(dec *Decision) vocab.Problems {
	i := x.bodies[dec.Body]
	m := x.motion(dec)
	if len(motionProblems(&m)) > 0 {
		// The motion cannot be decided (its own problems are reported at
		// its path; a malformed declaration taken from the register, at
		// the register's): ballots not counted are still checked for
		// their shape.
		return ballotShapeProblems(new(vocab.Collector), vocab.LazyPathOf("ballots"), dec.Ballots).Problems()
	}
	return newMeeting(&x.doc.Bodies[i], &m, dec.Present).cast(dec.Ballots)
}

// isReady reports whether the body at position i can take votes: its
// structure is valid and its terms of reference are set. It checks each
// body once, keeping no problems.
func (x *decider) isReady(i int) bool {
	ready, known := x.ready[i]
	if !known {
		b := &x.doc.Bodies[i]
		ready = !b.Rules.IsZero() && !b.structureProblems(&vocab.Collector{Limit: 1}, nil).HasErrors()
		x.ready[i] = ready
	}
	return ready
}

// firstError returns the first error, in document order, that keeps the
// body at position i (at path at) from taking votes.
func (x *decider) firstError(i int, at *vocab.Path) *vocab.Problem {
	ps := x.doc.Bodies[i].structureProblems(new(vocab.Collector), at).Problems().Errors()
	if len(ps) == 0 {
		return nil
	}
	return slices.MinFunc(ps, vocab.DocumentOrder(x.doc))
}

// reportingProblems reports a reportsTo naming no body, and reporting
// lines that loop (every body on the loop), in linear time.
func (d *Document) reportingProblems(ps *vocab.Collector, bp *vocab.Path, bodies map[vocab.BodyID]int) *vocab.Collector {
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

func (d *Document) kpiProblems(ps *vocab.Collector, kp *vocab.Path, bodies map[vocab.BodyID]int) *vocab.Collector {
	ps = vocab.CollectUniqueIDsOf(ps, kp, "id", d.KPIs, func(k *KPI) KPIID { return k.ID })
	for i := range d.KPIs {
		k := &d.KPIs[i]
		ps = k.problems(ps, kp.Index(i))
		if _, ok := bodies[k.Owner]; k.Owner != "" && !ok {
			ps = ps.Add(vocab.NotFound(kp.Index(i).Child("owner"), string(k.Owner), "no body with this ID"))
		}
	}
	return ps
}

func (d *Document) decisionProblems(ps *vocab.Collector, dp, bp *vocab.Path, bodies map[vocab.BodyID]int) *vocab.Collector {
	ids := make([]MotionID, len(d.Decisions))
	for i := range d.Decisions {
		ids[i] = d.Decisions[i].Motion.ID
	}
	ps = vocab.CollectUniqueIDs(ps, ids, func(i int) *vocab.Path { return dp.Index(i).Child("motion").Child("id") })
	x := d.decider(bodies)
	for i := range d.Decisions {
		dec := &d.Decisions[i]
		lp := vocab.LazyAt(dp).Index(i)
		ps = dec.Motion.problems(ps, lp.Child("motion"))
		for k, id := range dec.Present {
			if q := vocab.CheckID(nil, id, true); q != nil {
				ps = ps.Add(lp.Child("present").Index(k).Locate(q))
			}
		}
		j, ok := bodies[dec.Body]
		undecided := true
		switch {
		case dec.Body == "":
			ps = ps.Add(vocab.Required(lp.Child("body").Path(), "the body the motion was put to"))
		case !ok:
			ps = ps.Add(vocab.NotFound(lp.Child("body").Path(), string(dec.Body), "no body with this ID"))
		case d.Bodies[j].Rules.IsZero():
			ps = ps.Add(vocab.Invalid(lp.Child("body").Path(), string(dec.Body), "the body has no terms of reference, so it takes no votes"))
		case !dec.Motion.Date.IsZero() && d.Bodies[j].Period.IsValid() && !d.Bodies[j].Period.MayContain(dec.Motion.Date):
			ps = ps.Add(vocab.OutOfRange(lp.Child("motion").Child("date").Path(), dec.Motion.Date,
				fmt.Sprintf("the body exists %s", d.Bodies[j].Period)))
		case !x.isReady(j):
			// The body's problems are reported at its path; no ballot is
			// checked or counted. Say so once, as a knock-on of the body's
			// first error, listed right after it.
			if len(dec.Ballots) > 0 {
				ps = ps.Add(vocab.KnockOn(vocab.Invalid(lp.Child("ballots").Path(), nil,
					fmt.Sprintf("the %d ballots were neither checked nor counted: body %s has errors", len(dec.Ballots), dec.Body)).AsWarning(),
					x.firstError(j, bp.Index(j))))
			}
		default:
			undecided = false
		}
		if undecided {
			// Ballots not counted are still checked for their shape.
			ps = ballotShapeProblems(ps, lp.Child("ballots"), dec.Ballots)
			continue
		}
		if rejected := x.ballotProblems(dec); len(rejected) > 0 {
			ip := lp.Path()
			for _, q := range rejected {
				if q.Path.HasPrefix(vocab.NewPath("ballots")) {
					ps = ps.Add(q.WithPath(ip))
				}
			}
		}
	}
	return ps
}

// ballotShapeProblems checks what can be checked of ballots without their
// body: each voter's and pair's ID and each option's code.
func ballotShapeProblems(ps *vocab.Collector, p vocab.LazyPath, ballots []Ballot) *vocab.Collector {
	for k := range ballots {
		b := &ballots[k]
		at := p.Index(k)
		ps = ps.Add(at.LocateChild("voter", vocab.CheckID(nil, b.Voter, true)),
			at.LocateChild("option", voteOptions.Check(nil, b.Option, true)),
			at.LocateChild("pair", vocab.CheckID(nil, b.Pair, false)))
	}
	return ps
}
