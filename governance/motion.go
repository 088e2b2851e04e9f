package governance

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Motion is a proposal put to a body on a date (a Popolo Motion), with the
// conflicts of interest declared for it.
type Motion struct {
	// ID identifies the motion; required, unique in the document.
	ID MotionID `json:"id"`
	// Text is the motion as put; required.
	Text string `json:"text"`
	// Date is the meeting date, a day (not a month or year), required; it
	// decides who holds which seat and which interests are held.
	Date vocab.Date `json:"date" vocab:"day"`
	// Reserved marks a reserved matter: partner concurrence and vetoes apply.
	Reserved bool `json:"reserved,omitempty"`
	// Concerns lists the organisations the motion affects (a company, a
	// funder); interests registered in them are conflicts for this motion.
	Concerns []vocab.OrgID `json:"concerns,omitempty"`
	// Declarations are the conflicts declared for this motion.
	Declarations []Declaration `json:"declarations,omitempty"`
}

// Declaration is one person's declared conflict of interest for a motion.
type Declaration struct {
	// Person has the conflict; required.
	Person vocab.PersonID `json:"person"`
	// Organisation the interest is in, if any.
	Organisation vocab.OrgID `json:"organisation,omitempty"`
	// Kind is the nature of the interest, if known.
	Kind InterestKind `json:"kind,omitempty"`
	// Severity is hard (recuse) or soft (vote and record); required.
	Severity ConflictSeverity `json:"severity"`
	// Note records what was declared.
	Note string `json:"note,omitempty"`
}

// Problems checks the motion at p.
func (m *Motion) Problems(p *vocab.Path) vocab.Problems {
	return m.problems(new(vocab.Collector), vocab.LazyAt(p)).Problems()
}

// problems is [Motion.Problems] into ps; paths are built only for the
// problems found.
func (m *Motion) problems(ps *vocab.Collector, p vocab.LazyPath) *vocab.Collector {
	ps = ps.Add(p.LocateChild("id", vocab.CheckID(nil, m.ID, true)))
	if m.Text == "" {
		ps = ps.Add(vocab.Required(p.Child("text").Path(), "the motion as put"))
	}
	if m.Date.IsZero() {
		ps = ps.Add(vocab.Required(p.Child("date").Path(), "the meeting date"))
	}
	ps = ps.Add(p.LocateChild("date", vocab.CheckDay(nil, m.Date, false)))
	for i, o := range m.Concerns {
		if q := vocab.CheckID(nil, o, true); q != nil {
			ps = ps.Add(p.Child("concerns").Index(i).Locate(q))
		}
	}
	for i := range m.Declarations {
		d, at := &m.Declarations[i], p.Child("declarations").Index(i)
		ps = ps.Add(at.LocateChild("person", vocab.CheckID(nil, d.Person, true)),
			at.LocateChild("organisation", vocab.CheckID(nil, d.Organisation, false)),
			at.LocateChild("kind", interestKinds.Check(nil, d.Kind, false)),
			at.LocateChild("severity", conflictSeverities.Check(nil, d.Severity, true)))
	}
	return ps
}

// hardConflicts returns the people with a hard conflict declared.
func (m *Motion) hardConflicts() map[vocab.PersonID]bool {
	hard := map[vocab.PersonID]bool{}
	for _, d := range m.Declarations {
		if d.Severity == ConflictSeverityHard {
			hard[d.Person] = true
		}
	}
	return hard
}
