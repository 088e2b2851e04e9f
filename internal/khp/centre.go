package khp

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Centre assembles King's Health Partners from the parts in this
// package: partners.go (partners, organisations, successions,
// designations), and one file per domain document.
func Centre() *ahsc.Centre {
	return &ahsc.Centre{
		Version:       vocab.CurrentVersion,
		ID:            "khp",
		Name:          "King's Health Partners",
		OtherNames:    []ahsc.Name{{Value: "KHP", Kind: ahsc.NameAcronym}},
		Partners:      Partners(),
		Organisations: Organisations(),
		Successions:   Successions(),
		Designations:  Designations(),
		Governance:    Governance(),
		Portfolio:     Portfolio(),
		Ledger:        Ledger(),
		Sources:       []vocab.Source{srcGSTTReport, srcButler},
	}
}
