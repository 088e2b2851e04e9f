package vocab_test

import (
	"errors"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
)

// Real identifiers: ROR https://ror.org/0220mzb33 (King's College London) and
// https://ror.org/02jx3x895 (University College London); ODS codes RJ1 (Guy's
// and St Thomas'), RJZ (King's College Hospital), RV5 (South London and
// Maudsley) from https://odsportal.digital.nhs.uk; UKPRN 10003645 (King's
// College London) from https://www.ukrlp.co.uk; Crossref Funder ID
// 10.13039/501100000272 (NIHR).
var validIdentifiers = []vocab.Identifier{
	{Scheme: vocab.SchemeROR, Value: "0220mzb33"},
	{Scheme: vocab.SchemeROR, Value: "02jx3x895"},
	{Scheme: vocab.SchemeROR, Value: "https://ror.org/0220mzb33"},
	{Scheme: vocab.SchemeROR, Value: "0220MZB33"},
	{Scheme: vocab.SchemeODSOrganisation, Value: "RJ1"},
	{Scheme: vocab.SchemeODSOrganisation, Value: "RJZ"},
	{Scheme: vocab.SchemeODSOrganisation, Value: "RV5"},
	{Scheme: vocab.SchemeODSSite, Value: "RJZ01"},
	{Scheme: vocab.SchemeUKPRN, Value: "10003645"},
	// Illustrative numbers, valid in form only:
	{Scheme: vocab.SchemeCharityEnglandWales, Value: "1165593"},
	{Scheme: vocab.SchemeCharityEnglandWales, Value: "251331"},
	{Scheme: vocab.SchemeCharityScotland, Value: "SC012345"},
	{Scheme: vocab.SchemeCharityNorthernIreland, Value: "NIC100012"},
	{Scheme: vocab.SchemeCharityNorthernIreland, Value: "100012"},
	{Scheme: vocab.SchemeCompaniesHouse, Value: "01234567"},
	{Scheme: vocab.SchemeCompaniesHouse, Value: "SC123456"},
	// Real again:
	{Scheme: vocab.SchemeCrossrefFunder, Value: "10.13039/501100000272"},
	{Scheme: vocab.SchemeCrossrefFunder, Value: "https://doi.org/10.13039/501100000272"},
}

func TestIdentifierValid(t *testing.T) {
	for _, id := range validIdentifiers {
		if ps := id.Problems(vocab.NewPath("id")); len(ps) != 0 {
			t.Errorf("%s: %v", id, ps)
		}
	}
}

func TestIdentifierInvalid(t *testing.T) {
	for _, c := range []struct {
		id      vocab.Identifier
		field   string
		kind    vocab.ProblemType
		warning bool
	}{
		{vocab.Identifier{Scheme: vocab.SchemeODSOrganisation, Value: "rj1"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeODSOrganisation, Value: "RJ"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeODSSite, Value: "RJZ"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: "2000000"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: "1000364X"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: "20000000"}, "id.value", vocab.ErrInvalid, true},
		{vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: " 10003645"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeROR, Value: "1220mzb33"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeROR, Value: "0220mzb3"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeCharityEnglandWales, Value: "12345"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeCharityScotland, Value: "SX012345"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeCharityNorthernIreland, Value: "NIC10001"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeCompaniesHouse, Value: "SC12345"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeCompaniesHouse, Value: "SCX23456"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeCompaniesHouse, Value: "QQ123456"}, "id.value", vocab.ErrInvalid, true},
		{vocab.Identifier{Scheme: vocab.SchemeCrossrefFunder, Value: "10.1234/501100000272"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: vocab.SchemeCrossrefFunder, Value: "10.13039/123"}, "id.value", vocab.ErrInvalid, false},
		{vocab.Identifier{Scheme: "isni", Value: "0000000121"}, "id.scheme", vocab.ErrNotSupported, false},
		{vocab.Identifier{Scheme: "", Value: "RJ1"}, "id.scheme", vocab.ErrRequired, false},
		{vocab.Identifier{Scheme: vocab.SchemeUKPRN}, "id.value", vocab.ErrRequired, false},
	} {
		ps := c.id.Problems(vocab.NewPath("id"))
		if len(ps) != 1 {
			t.Errorf("%s: want one problem, got %v", c.id, ps)
			continue
		}
		p := ps[0]
		if p.Field() != c.field || !errors.Is(p, c.kind) || p.IsWarning() != c.warning {
			t.Errorf("%s: got %v (warning %v), want %s at %s (warning %v)", c.id, p, p.IsWarning(), c.kind, c.field, c.warning)
		}
		if (ps.Err() == nil) != c.warning {
			t.Errorf("%s: Err() = %v", c.id, ps.Err())
		}
	}
}

func TestRORChecksumCatchesEverySingleChange(t *testing.T) {
	const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
	for _, ror := range []string{"0220mzb33", "02jx3x895"} {
		for i := range len(ror) {
			for _, c := range []byte(alphabet) {
				if c == ror[i] {
					continue
				}
				v := ror[:i] + string(c) + ror[i+1:]
				id := vocab.Identifier{Scheme: vocab.SchemeROR, Value: v}
				if id.Problems(nil).Err() == nil {
					t.Errorf("ROR %s (from %s) accepted", v, ror)
				}
			}
		}
	}
}

func TestIdentifierOrgIDAndURL(t *testing.T) {
	for id, want := range map[vocab.Identifier]string{
		{Scheme: vocab.SchemeODSOrganisation, Value: "rj1"}:              "GB-NHS-RJ1",
		{Scheme: vocab.SchemeODSSite, Value: "RJZ01"}:                    "GB-NHS-RJZ01",
		{Scheme: vocab.SchemeUKPRN, Value: "10003645"}:                   "GB-UKPRN-10003645",
		{Scheme: vocab.SchemeCharityEnglandWales, Value: "1165593"}:      "GB-CHC-1165593",
		{Scheme: vocab.SchemeCharityScotland, Value: "sc012345"}:         "GB-SC-SC012345",
		{Scheme: vocab.SchemeCharityNorthernIreland, Value: "NIC100012"}: "GB-NIC-100012",
		{Scheme: vocab.SchemeCompaniesHouse, Value: "sc123456"}:          "GB-COH-SC123456",
	} {
		if got, ok := id.OrgID(); !ok || got != want {
			t.Errorf("%s.OrgID() = %q, %v; want %q", id, got, ok, want)
		}
	}
	for _, id := range []vocab.Identifier{{Scheme: vocab.SchemeROR, Value: "0220mzb33"}, {Scheme: vocab.SchemeCrossrefFunder, Value: "10.13039/501100000272"}} {
		if got, ok := id.OrgID(); ok || got != "" {
			t.Errorf("%s.OrgID() = %q, %v; want none", id, got, ok)
		}
	}
	ror := vocab.Identifier{Scheme: vocab.SchemeROR, Value: "https://ror.org/0220MZB33"}
	if got := ror.URL(); got != "https://ror.org/0220mzb33" {
		t.Errorf("ROR URL = %q", got)
	}
	funder := vocab.Identifier{Scheme: vocab.SchemeCrossrefFunder, Value: "http://dx.doi.org/10.13039/501100000272"}
	if got := funder.URL(); got != "https://doi.org/10.13039/501100000272" {
		t.Errorf("funder URL = %q", got)
	}
	if got := (vocab.Identifier{Scheme: vocab.SchemeUKPRN, Value: "10003645"}).URL(); got != "" {
		t.Errorf("UKPRN URL = %q", got)
	}
	if got := ror.String(); got != "ror:https://ror.org/0220MZB33" {
		t.Errorf("String() = %q", got)
	}
}

func TestIdentifierNormalized(t *testing.T) {
	for in, want := range map[vocab.Identifier]string{
		{Scheme: vocab.SchemeODSOrganisation, Value: " rj1 "}:                                "RJ1",
		{Scheme: vocab.SchemeROR, Value: "https://ror.org/0220MZB33"}:                        "0220mzb33",
		{Scheme: vocab.SchemeROR, Value: "http://ror.org/02jx3x895"}:                         "02jx3x895",
		{Scheme: vocab.SchemeCrossrefFunder, Value: "https://doi.org/10.13039/501100000272"}: "10.13039/501100000272",
		{Scheme: vocab.SchemeCharityNorthernIreland, Value: "nic100012"}:                     "100012",
		{Scheme: vocab.SchemeUKPRN, Value: "10003645"}:                                       "10003645",
	} {
		if got := in.Normalized(); got.Value != want || got.Scheme != in.Scheme {
			t.Errorf("%s.Normalized() = %s, want %s", in, got, want)
		}
	}
}

func TestIdentifierProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		id := vocabtest.AnyIdentifier().Draw(t, "id")
		n := id.Normalized()
		if n.Normalized() != n {
			t.Fatalf("Normalized not idempotent on %s", id)
		}
		if got := n.Problems(nil); len(got) != 0 {
			t.Fatalf("normalized %s has problems %v", n, got)
		}
		if o, ok := id.OrgID(); ok != (id.Scheme.OrgIDPrefix() != "") || ok && o != id.Scheme.OrgIDPrefix()+"-"+n.Value {
			t.Fatalf("%s.OrgID() = %q, %v", id, o, ok)
		}
	})
}

func TestSchemeEnum(t *testing.T) {
	if vocab.Schemes().Len() != 9 {
		t.Errorf("Schemes() = %v", vocab.Schemes().Values())
	}
	var s vocab.Scheme
	if err := s.UnmarshalText([]byte("ORCID")); !errors.Is(err, vocab.ErrNotSupported) {
		t.Errorf("UnmarshalText(ORCID) = %v", err)
	}
}
