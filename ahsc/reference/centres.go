package reference

import (
	"cmp"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

type entry struct {
	id   vocab.CentreID
	make func() *ahsc.Centre
}

// centres lists every reference centre's constructor, sorted by ID.
var centres = []entry{
	{"bhp", BristolHealthPartners},
	{"cuhp", CambridgeUniversityHealthPartners},
	{"imperial-ahsc", ImperialCollegeAHSC},
	{"khp", KingsHealthPartners},
	{"mahsc", ManchesterAHSC},
	{"nhip", NewcastleHealthInnovationPartners},
	{"oahp", OxfordAcademicHealthPartners},
	{"uclpartners", UCLPartners},
}

// CentreIDs returns the IDs of the reference centres, sorted: "bhp",
// "cuhp", "imperial-ahsc", "khp", "mahsc", "nhip", "oahp", "uclpartners".
func CentreIDs() []vocab.CentreID {
	ids := make([]vocab.CentreID, len(centres))
	for i, c := range centres {
		ids[i] = c.id
	}
	return ids
}

// Centre returns a fresh copy of the reference centre with the given ID,
// or false when there is none (see [CentreIDs]).
func Centre(id vocab.CentreID) (*ahsc.Centre, bool) {
	i, ok := slices.BinarySearchFunc(centres, id, func(e entry, id vocab.CentreID) int { return cmp.Compare(e.id, id) })
	if !ok {
		return nil, false
	}
	return centres[i].make(), true
}

// Centres returns fresh copies of every reference centre, in [CentreIDs]
// order.
func Centres() []*ahsc.Centre {
	out := make([]*ahsc.Centre, len(centres))
	for i, c := range centres {
		out[i] = c.make()
	}
	return out
}

// AsOf returns the date the data set describes: memberships, names and
// identifiers as the sources read by then give them (2026-12-01; King's
// Health Partners' sources were read on 2026-11-23, the others' on
// 2026-11-30, each source's Accessed date says which). A membership with no
// end is open as of this date.
func AsOf() vocab.Date { return asOf }

// Network returns the reference centres as one network document, in
// [CentreIDs] order: one world of organisations, in which Royal Brompton &
// Harefield is both a former partner of Imperial College AHSC and the
// predecessor of Guy's and St Thomas' in King's Health Partners.
func Network() *network.Network {
	n := &network.Network{Version: vocab.CurrentVersion}
	for _, c := range Centres() {
		n.Centres = append(n.Centres, *c)
	}
	return n
}
