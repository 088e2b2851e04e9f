package programme

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// Facility is a shared facility of the centre: a biobank, an imaging
// centre, a data science platform or trusted research environment, a
// clinical research facility or a trials unit. Partners own it; programmes
// list the facilities they use.
type Facility struct {
	// ID identifies the facility in the portfolio.
	ID vocab.FacilityID `json:"id"`
	// Name is the facility's name.
	Name string `json:"name"`
	// Kind says what the facility is.
	Kind FacilityKind `json:"kind"`
	// Owners are the partners that own the facility; at least one.
	Owners []vocab.OrgID `json:"owners,omitempty" jsonschema:"required"`
	// Period is when the facility operates; zero means always.
	Period vocab.Period `json:"period,omitzero"`
	// Unit is what the facility's capacity is counted in; required when
	// it states capacity.
	Unit CapacityUnit `json:"unit,omitempty"`
	// Capacity is what the facility can deliver, one figure per period
	// (within the facility's period, not overlapping), each stated per the
	// same interval.
	Capacity []Capacity `json:"capacity,omitempty"`
	// RingFence is the largest share of its capacity research may draw in
	// any period, in [0, 1]; the rest is kept for care. Zero, the default,
	// lets research draw nothing.
	RingFence vocab.Ratio `json:"ringFence,omitzero"`
	// Sources cite where the facility's facts come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Problems checks the facility at p: identity, name, kind, owners,
// period, sources, and its capacity: a unit when it states capacity, a
// ring-fence in [0, 1], and each [Capacity] figure with a start, a
// positive amount, the facility's one interval, a research share within
// the ring-fence, and a period within the facility's that overlaps no
// other figure's. That the owners are partners is checked by the Centre
// through [Portfolio.References].
func (f *Facility) Problems(p *vocab.Path) vocab.Problems {
	return f.problems(new(vocab.Collector), p).Problems()
}

// problems is [Facility.Problems] into ps.
func (f *Facility) problems(ps *vocab.Collector, p *vocab.Path) *vocab.Collector {
	l := vocab.LazyAt(p)
	ps = ps.Add(l.LocateChild("id", vocab.CheckID(nil, f.ID, true)))
	if f.Name == "" {
		ps = ps.Add(vocab.Required(p.Child("name"), ""))
	}
	ps = ps.Add(l.LocateChild("kind", facilityKinds.Check(nil, f.Kind, true)))
	op := l.Child("owners")
	if len(f.Owners) == 0 {
		ps = ps.Add(vocab.Required(op.Path(), "at least one owning partner"))
	}
	for i, o := range f.Owners {
		ps = ps.Add(op.Index(i).Locate(vocab.CheckID(nil, o, true)))
	}
	if len(f.Owners) > 1 {
		ps = vocab.CollectUniqueIDs(ps, f.Owners, func(i int) *vocab.Path { return op.Index(i).Path() })
	}
	if !f.Period.IsValid() {
		ps = ps.Add(vocab.Invalid(p.Child("period"), f.Period.String(), "ends before it starts"))
	}
	ps = ps.Add(f.capacityProblems(l)...)
	if len(f.Sources) == 0 {
		return ps
	}
	return vocab.CollectSources(ps, p.Child("sources"), f.Sources)
}
