package programme

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Portfolio is a centre's programme portfolio: programmes, shared facilities, clinical pathways and education cohorts.
// It stands alone (decode, validate and publish it by itself) or inside an
// ahsc.Centre, which resolves its references to partners and other documents.
type Portfolio struct {
	// Version is the format version; required when the document stands
	// alone, inherited from the Centre when embedded.
	Version vocab.Version `json:"version,omitempty"`
	// Programmes are the research, education, clinical service and
	// infrastructure programmes.
	Programmes []Programme `json:"programmes,omitempty"`
	// Facilities are the shared facilities programmes use.
	Facilities []Facility `json:"facilities,omitempty"`
	// Pathways are the clinical pathways held to NHS standards.
	Pathways []Pathway `json:"pathways,omitempty"`
	// Cohorts are the education and training cohorts.
	Cohorts []Cohort `json:"cohorts,omitempty"`
	// Sources cite where the portfolio's facts come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Validate checks the programme portfolio on its own, without a partner roster, and
// returns a [vocab.Problems] error when it has errors.
func (d *Portfolio) Validate() error {
	ps := d.Version.Problems(vocab.NewPath("version"))
	return append(ps, d.Problems(nil, nil)...).Err()
}

// Programme returns the programme with the given ID (the first, if IDs
// repeat).
func (d *Portfolio) Programme(id vocab.ProgrammeID) (*Programme, bool) {
	for i := range d.Programmes {
		if d.Programmes[i].ID == id {
			return &d.Programmes[i], true
		}
	}
	return nil, false
}

// Facility returns the facility with the given ID.
func (d *Portfolio) Facility(id vocab.FacilityID) (*Facility, bool) {
	for i := range d.Facilities {
		if d.Facilities[i].ID == id {
			return &d.Facilities[i], true
		}
	}
	return nil, false
}

// Problems checks the programme portfolio with every path below p: each
// programme, facility, pathway and cohort, unique IDs, and the references
// inside the portfolio (parents exist and form no cycle, programmes use
// facilities that exist, pathways and cohorts name programmes that exist,
// cohorts start within their programme). No rule needs the partner
// roster, which may be nil; partners are resolved by the Centre from
// [Portfolio.References].
func (d *Portfolio) Problems(p *vocab.Path, roster vocab.Roster) vocab.Problems {
	if d == nil {
		return nil
	}
	var ps vocab.Problems
	pp := p.Child("programmes")
	for i := range d.Programmes {
		ps = append(ps, d.Programmes[i].Problems(pp.Index(i))...)
	}
	ps = append(ps, uniqueIDs(pp, d.Programmes, func(pr *Programme) vocab.ProgrammeID { return pr.ID })...)
	ps = append(ps, d.parentProblems(pp)...)
	ps = append(ps, d.facilityProblems(p)...)
	wp := p.Child("pathways")
	for i := range d.Pathways {
		pw := &d.Pathways[i]
		ps = append(ps, pw.Problems(wp.Index(i))...)
		ps = ps.Add(d.programmeExists(wp.Index(i).Child("programme"), pw.Programme))
	}
	ps = append(ps, uniqueIDs(wp, d.Pathways, func(pw *Pathway) PathwayID { return pw.ID })...)
	ps = append(ps, d.cohortProblems(p.Child("cohorts"))...)
	return append(ps, vocab.CheckSources(p.Child("sources"), d.Sources)...)
}

// programmeExists reports a NotFound problem at p when id is set, well
// formed and names no programme.
func (d *Portfolio) programmeExists(p *vocab.Path, id vocab.ProgrammeID) *vocab.Problem {
	if _, ok := d.Programme(id); id == "" || !vocab.ValidID(string(id)) || ok {
		return nil
	}
	return vocab.NotFound(p, string(id), "no programme with this ID in the portfolio")
}

// parentProblems reports parents that name no programme, and parent chains
// that loop back to where they started.
func (d *Portfolio) parentProblems(pp *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	for i := range d.Programmes {
		pr := &d.Programmes[i]
		if pr.Parent == "" || pr.Parent == pr.ID {
			continue // self-parenthood is reported by Programme.Problems
		}
		if q := d.programmeExists(pp.Index(i).Child("parent"), pr.Parent); q != nil {
			ps = ps.Add(q)
			continue
		}
		cur := pr.Parent
		for range d.Programmes {
			next, ok := d.Programme(cur)
			if !ok || next.Parent == "" {
				break
			}
			if cur = next.Parent; cur == pr.ID {
				ps = ps.Add(vocab.Invalid(pp.Index(i).Child("parent"), string(pr.Parent),
					"the chain of parent programmes loops back to this programme"))
				break
			}
		}
	}
	return ps
}

// facilityProblems checks each facility, unique facility IDs, and that
// every facility a programme uses exists.
func (d *Portfolio) facilityProblems(p *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	fp := p.Child("facilities")
	for i := range d.Facilities {
		ps = append(ps, d.Facilities[i].Problems(fp.Index(i))...)
	}
	ps = append(ps, uniqueIDs(fp, d.Facilities, func(f *Facility) vocab.FacilityID { return f.ID })...)
	for i := range d.Programmes {
		for j, f := range d.Programmes[i].Facilities {
			if _, ok := d.Facility(f); !ok && vocab.ValidID(string(f)) {
				ps = ps.Add(vocab.NotFound(p.Child("programmes").Index(i).Child("facilities").Index(j), string(f),
					"no facility with this ID in the portfolio"))
			}
		}
	}
	return ps
}

// cohortProblems checks each cohort, unique cohort IDs, and that each
// cohort's programme exists and runs when the cohort starts.
func (d *Portfolio) cohortProblems(cp *vocab.Path) vocab.Problems {
	var ps vocab.Problems
	for i := range d.Cohorts {
		c := &d.Cohorts[i]
		ps = append(ps, c.Problems(cp.Index(i))...)
		if q := d.programmeExists(cp.Index(i).Child("programme"), c.Programme); q != nil {
			ps = ps.Add(q)
			continue
		}
		if pr, ok := d.Programme(c.Programme); ok && !c.Period.Start.IsZero() && pr.Period.IsValid() && !pr.Period.Contains(c.Period.Start) {
			ps = ps.Add(vocab.OutOfRange(cp.Index(i).Child("period"), c.Period.String(),
				fmt.Sprintf("must start within the programme's period %s", pr.Period)))
		}
	}
	return append(ps, uniqueIDs(cp, d.Cohorts, func(c *Cohort) CohortID { return c.ID })...)
}

// uniqueIDs reports every element of the list at lp whose ID repeats an
// earlier one, at lp[i].id.
func uniqueIDs[T any, I ~string](lp *vocab.Path, xs []T, id func(*T) I) vocab.Problems {
	ids := make([]I, len(xs))
	for i := range xs {
		ids[i] = id(&xs[i])
	}
	return vocab.CheckUniqueIDs(ids, func(i int) *vocab.Path { return lp.Index(i).Child("id") })
}
