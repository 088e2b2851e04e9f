package reference

import (
	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// KingsHealthPartners assembles King's Health Partners from the parts in this
// package: partners.go (partners, organisations, successions,
// designations), and one file per domain document.
func KingsHealthPartners() *ahsc.Centre {
	return &ahsc.Centre{
		Version:       vocab.CurrentVersion,
		ID:            "khp",
		Name:          "King's Health Partners",
		OtherNames:    []ahsc.Name{{Value: "KHP", Kind: ahsc.NameAcronym}},
		Partners:      khpPartners(),
		Organisations: khpOrganisations(),
		Successions:   khpSuccessions(),
		Designations:  khpDesignations(),
		Governance:    KHPGovernance(),
		Portfolio:     KHPPortfolio(),
		Ledger:        KHPLedger(),
		Sources:       []vocab.Source{srcGSTTReport, srcButler},
	}
}
