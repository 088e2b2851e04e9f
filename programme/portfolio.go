package programme

import (
	"fmt"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/graph"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Portfolio is a centre's programme portfolio: programmes, shared
// facilities, clinical pathways and education cohorts. It is a document
// that stands alone (decode, validate and publish it by itself: [Decode],
// [Portfolio.Validate], [Portfolio.Problems]) or sits inside an
// ahsc.Centre, which resolves its references to partners
// ([Portfolio.References]).
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

// Programme returns the programme with the given ID (the first, if IDs
// repeat). It scans the programmes: to look many up, index them once.
func (d *Portfolio) Programme(id vocab.ProgrammeID) (*Programme, bool) {
	for i := range d.Programmes {
		if d.Programmes[i].ID == id {
			return &d.Programmes[i], true
		}
	}
	return nil, false
}

// Facility returns the facility with the given ID (the first, if IDs
// repeat). It scans the facilities: to look many up, index them once.
func (d *Portfolio) Facility(id vocab.FacilityID) (*Facility, bool) {
	for i := range d.Facilities {
		if d.Facilities[i].ID == id {
			return &d.Facilities[i], true
		}
	}
	return nil, false
}

// Validate checks the portfolio as a standalone document and returns nil,
// or a [vocab.Problems] error holding the errors [Portfolio.Problems]
// finds (warnings alone return nil).
func (d *Portfolio) Validate() error { return d.Problems().Err() }

// Problems checks the portfolio as a standalone document and returns every
// problem, errors and warnings, with paths from the document's root: the
// format version; each programme, facility, pathway and cohort; unique IDs;
// and the references inside the portfolio (parents exist and form no
// cycle, programmes and pathways use facilities that exist, a pathway's
// need of a facility is in the facility's unit and its demand per the
// facility's interval, pathways and cohorts name programmes that exist,
// cohorts start within their programme's period).
// References to partners are not checked here: an ahsc.Centre resolves
// them from [Portfolio.References]. A nil portfolio has no problems.
//
// It runs in time linear in the size of the portfolio, up to the sorting
// of IDs.
func (d *Portfolio) Problems() vocab.Problems {
	return d.CollectProblems(new(vocab.Collector)).Problems()
}

// CollectProblems adds the problems [Portfolio.Problems] returns to ps, in
// the same order, and returns ps. A collector with a limit keeps at most
// that many and counts the rest, so memory stays bounded however many
// problems the portfolio has; [Decode] checks with it.
func (d *Portfolio) CollectProblems(ps *vocab.Collector) *vocab.Collector {
	if d == nil {
		return ps
	}
	ps = ps.OrderBy(vocab.DocumentOrder(d))
	ps = ps.Add(d.Version.Problems(vocab.NewPath("version"))...)
	idx := d.index()
	pp := vocab.NewPath("programmes")
	for i := range d.Programmes {
		ps = d.Programmes[i].problems(ps, vocab.LazyAt(pp).Index(i))
	}
	ps = vocab.CollectUniqueIDsOf(ps, pp, "id", d.Programmes, func(pr *Programme) vocab.ProgrammeID { return pr.ID })
	ps = d.parentProblems(ps, pp, idx)
	ps = d.facilityProblems(ps, idx)
	wp := vocab.NewPath("pathways")
	for i := range d.Pathways {
		pw := &d.Pathways[i]
		ps = pw.problems(ps, wp.Index(i))
		ps = ps.Add(vocab.LazyAt(wp).Index(i).Child("programme").Locate(idx.programmeExists(nil, pw.Programme)))
		ps = ps.Add(d.useProblems(wp.Index(i), pw, idx)...)
	}
	ps = vocab.CollectUniqueIDsOf(ps, wp, "id", d.Pathways, func(pw *Pathway) PathwayID { return pw.ID })
	ps = d.cohortProblems(ps, vocab.NewPath("cohorts"), idx)
	ps = vocab.CollectSources(ps, vocab.NewPath("sources"), d.Sources)
	return strictjson.CollectInvalidUTF8(ps, nil, d)
}

// index maps the portfolio's programme and facility IDs to their first
// position, built once per check so that every lookup is constant time.
type index struct {
	programmes map[vocab.ProgrammeID]int
	facilities map[vocab.FacilityID]int
}

func (d *Portfolio) index() index {
	idx := index{
		programmes: make(map[vocab.ProgrammeID]int, len(d.Programmes)),
		facilities: make(map[vocab.FacilityID]int, len(d.Facilities)),
	}
	for i := range d.Programmes {
		if _, dup := idx.programmes[d.Programmes[i].ID]; !dup {
			idx.programmes[d.Programmes[i].ID] = i
		}
	}
	for i := range d.Facilities {
		if _, dup := idx.facilities[d.Facilities[i].ID]; !dup {
			idx.facilities[d.Facilities[i].ID] = i
		}
	}
	return idx
}

// programmeExists reports a NotFound problem at p when id is set, well
// formed and names no programme.
func (idx index) programmeExists(p *vocab.Path, id vocab.ProgrammeID) *vocab.Problem {
	if _, ok := idx.programmes[id]; id == "" || !vocab.ValidID(string(id)) || ok {
		return nil
	}
	return vocab.NotFound(p, string(id), "no programme with this ID in the portfolio")
}

// parentProblems reports parents that name no programme, and each
// programme whose parent chain loops back to it (every programme on a
// cycle of parents). The cycle walk is graph.Components, linear in the
// number of programmes however deep the tree.
func (d *Portfolio) parentProblems(ps *vocab.Collector, pp *vocab.Path, idx index) *vocab.Collector {
	var edges [][2]int
	for i := range d.Programmes {
		pr := &d.Programmes[i]
		if pr.Parent == "" || pr.Parent == pr.ID {
			continue // self-parenthood is reported by Programme.Problems
		}
		if q := idx.programmeExists(nil, pr.Parent); q != nil {
			ps = ps.Add(vocab.LazyAt(pp).Index(i).Child("parent").Locate(q))
			continue
		}
		if j, ok := idx.programmes[pr.Parent]; ok {
			edges = append(edges, [2]int{i, j})
		}
	}
	comp, cyclic := graph.Components(len(d.Programmes), edges)
	for _, e := range edges {
		if i, j := e[0], e[1]; cyclic[i] && comp[i] == comp[j] {
			ps = ps.Add(vocab.Invalid(pp.Index(i).Child("parent"), string(d.Programmes[i].Parent),
				"the chain of parent programmes loops back to this programme"))
		}
	}
	return ps
}

// facilityProblems checks each facility, unique facility IDs, and that
// every facility a programme uses exists.
func (d *Portfolio) facilityProblems(ps *vocab.Collector, idx index) *vocab.Collector {
	fp := vocab.NewPath("facilities")
	for i := range d.Facilities {
		ps = d.Facilities[i].problems(ps, fp.Index(i))
	}
	ps = vocab.CollectUniqueIDsOf(ps, fp, "id", d.Facilities, func(f *Facility) vocab.FacilityID { return f.ID })
	for i := range d.Programmes {
		for j, f := range d.Programmes[i].Facilities {
			if _, ok := idx.facilities[f]; !ok && vocab.ValidID(string(f)) {
				ps = ps.Add(vocab.NotFound(vocab.NewPath("programmes").Index(i).Child("facilities").Index(j), string(f),
					"no facility with this ID in the portfolio"))
			}
		}
	}
	return ps
}

// cohortProblems checks each cohort, unique cohort IDs, and that each
// cohort's programme exists and runs when the cohort starts.
func (d *Portfolio) cohortProblems(ps *vocab.Collector, cp *vocab.Path, idx index) *vocab.Collector {
	for i := range d.Cohorts {
		c := &d.Cohorts[i]
		at := vocab.LazyAt(cp).Index(i)
		ps = ps.Add(at.LocateAll(c.Problems(nil))...)
		if q := idx.programmeExists(nil, c.Programme); q != nil {
			ps = ps.Add(at.Child("programme").Locate(q))
			continue
		}
		j, ok := idx.programmes[c.Programme]
		if !ok {
			continue
		}
		if pr := &d.Programmes[j]; !c.Period.Start.IsZero() && pr.Period.IsValid() && !pr.Period.MayContain(c.Period.Start) {
			ps = ps.Add(vocab.OutOfRange(cp.Index(i).Child("period"), c.Period.String(),
				fmt.Sprintf("must start within the programme's period %s", pr.Period)))
		}
	}
	return vocab.CollectUniqueIDsOf(ps, cp, "id", d.Cohorts, func(c *Cohort) CohortID { return c.ID })
}
