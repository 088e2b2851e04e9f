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
	return m.problems(new(vocab.Collector), p).Problems()
}

// problems is [Motion.Problems] into ps.
func (m *Motion) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	ps = ps.Add(vocab.CheckID(p.Child("id"), m.ID, true))
	if m.Text == "" {
		ps = ps.Add(vocab.Required(p.Child("text"), "the motion as put"))
	}
	if m.Date.IsZero() {
		ps = ps.Add(vocab.Required(p.Child("date"), "the meeting date"))
	}
	ps = ps.Add(vocab.CheckDay(p.Child("date"), m.Date, false))
	cp := p.Child("concerns")
	for i, o := range m.Concerns {
		ps = ps.Add(vocab.CheckID(cp.Index(i), o, true))
	}
	dp := p.Child("declarations")
	for i, d := range m.Declarations {
		ip := dp.Index(i)
		ps = ps.Add(vocab.CheckID(ip.Child("person"), d.Person, true))
		ps = ps.Add(vocab.CheckID(ip.Child("organisation"), d.Organisation, false))
		ps = ps.Add(interestKinds.Check(ip.Child("kind"), d.Kind, false))
		ps = ps.Add(conflictSeverities.Check(ip.Child("severity"), d.Severity, true))
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
