package ahsc_test

import (
	"errors"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// An ODS site code agrees with its own organisation's ODS code whatever the
// organisation's kind; a trust's extends it by exactly 2 characters.
func TestODSSiteAgreesWithOrganisation(t *testing.T) {
	for _, tc := range []struct {
		kind ahsc.OrgKind
		org  string
		site string
		want bool // a problem at identifiers[1].value
	}{
		{ahsc.OrgKindNHSFoundationTrust, "RJZ", "RJZ01", false},
		{ahsc.OrgKindNHSFoundationTrust, "RJZ", "RV501", true},
		{ahsc.OrgKindNHSFoundationTrust, "RJZ", "RJZ0101", true},
		{ahsc.OrgKindIntegratedCareBoard, "QKK", "QKK01", false},
		{ahsc.OrgKindIntegratedCareBoard, "QKK", "RJZ01", true},
		{ahsc.OrgKindOther, "8HV", "8HV1234", false},
	} {
		o := ahsc.Organisation{ID: "org", Name: "Org", Kind: tc.kind, Identifiers: []vocab.Identifier{
			{Scheme: vocab.SchemeODSOrganisation, Value: tc.org}, {Scheme: vocab.SchemeODSSite, Value: tc.site}}}
		ps := o.Problems(nil)
		got := false
		for _, p := range ps {
			if p.Pointer() == "/identifiers/1/value" && errors.Is(p, vocab.ErrInvalid) {
				got = true
			}
		}
		if got != tc.want || len(ps) > 1 {
			t.Errorf("%s %s / %s: %v", tc.kind, tc.org, tc.site, ps)
		}
	}
}
