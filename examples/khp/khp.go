package main

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// buildKHP assembles King's Health Partners from the parts in this
// directory: partners.go (partners, organisations, successions,
// designations), and one file per domain document.
func buildKHP() *ahsc.Centre {
	return &ahsc.Centre{
		Version:       vocab.CurrentVersion,
		ID:            "khp",
		Name:          "King's Health Partners",
		OtherNames:    []ahsc.Name{{Value: "KHP", Kind: ahsc.NameAcronym}},
		Partners:      khpPartners(),
		Organisations: khpOrganisations(),
		Successions:   khpSuccessions(),
		Designations:  khpDesignations(),
		Governance:    khpGovernance(),
		Portfolio:     khpPortfolio(),
		Ledger:        khpLedger(),
		Sources:       []vocab.Source{srcGSTTReport, srcButler},
	}
}
