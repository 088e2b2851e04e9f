// Package network is the network document: several academic health science
// centres in one world of organisations, such as the designated AHSCs of
// England (ahsc/reference.Network). Each centre stays a whole
// [ahsc.Centre], valid on its own with its own organisation records; the
// network checks that an organisation ID means the same organisation in
// every centre that names it, and answers questions across centres: the
// partners of a centre on a date, the centres an organisation belonged to
// and when, and the whole network on a date.
//
// An organisation that is a partner of one centre and a closed predecessor
// in another (Royal Brompton & Harefield: a partner of Imperial College
// AHSC, and from 1 February 2021 part of Guy's and St Thomas', a partner of
// King's Health Partners) is one ID with the same identifiers, kind and
// names in both.
package network

import (
	"bytes"
	"cmp"
	"io"
	"os"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/docio"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Network is a set of centres that share one organisation namespace.
type Network struct {
	// Version is the document format version (vocab.CurrentVersion).
	Version vocab.Version `json:"version"`
	// Centres are the network's centres, each a whole centre document with
	// its own version, partners, organisations, successions and
	// designations; at least one is required and their IDs are unique.
	Centres []ahsc.Centre `json:"centres,omitempty" jsonschema:"required"`
	// Sources cite where the network as a whole comes from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Centre returns the centre with the given ID.
func (n *Network) Centre(id vocab.CentreID) (*ahsc.Centre, bool) {
	for i := range n.Centres {
		if n.Centres[i].ID == id {
			return &n.Centres[i], true
		}
	}
	return nil, false
}

// PartnersAt returns the IDs of the organisations certainly partners of
// centre id on d, sorted, as [ahsc.Centre.PartnersAt] gives them; nil when
// the network has no such centre.
func (n *Network) PartnersAt(id vocab.CentreID, d vocab.Date) []vocab.OrgID {
	if c, ok := n.Centre(id); ok {
		return c.PartnersAt(d)
	}
	return nil
}

// PossiblePartnersAt returns the IDs of the organisations that may be
// partners of centre id on d, sorted, as [ahsc.Centre.PossiblePartnersAt]
// gives them: a superset of [Network.PartnersAt].
func (n *Network) PossiblePartnersAt(id vocab.CentreID, d vocab.Date) []vocab.OrgID {
	if c, ok := n.Centre(id); ok {
		return c.PossiblePartnersAt(d)
	}
	return nil
}

// Membership is one spell of an organisation's membership of one centre
// of the network: a row of the network's membership table.
type Membership struct {
	// Centre is the centre's ID.
	Centre vocab.CentreID `json:"centre"`
	// Organisation is the partner's ID.
	Organisation vocab.OrgID `json:"organisation"`
	// Membership is the spell: role, dates at their precision and sources.
	ahsc.Membership
}

// Memberships returns every membership of every centre, sorted by centre,
// organisation and joining date ([vocab.Date.Compare]), then list order:
// O(m log m) for m memberships.
func (n *Network) Memberships() []Membership {
	var out []Membership
	for i := range n.Centres {
		c := &n.Centres[i]
		for j := range c.Partners {
			for _, m := range c.Partners[j].Memberships {
				out = append(out, Membership{Centre: c.ID, Organisation: c.Partners[j].ID, Membership: m})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Membership) int {
		return cmp.Or(cmp.Compare(a.Centre, b.Centre), cmp.Compare(a.Organisation, b.Organisation), a.Joined.Compare(b.Joined))
	})
	return out
}

// MembershipsOf returns the memberships of organisation id in any centre:
// which centres it belonged to, and when. They are sorted by joining date
// ([vocab.Date.Compare]), then centre; empty when id was never a partner.
func (n *Network) MembershipsOf(id vocab.OrgID) []Membership {
	var out []Membership
	for i := range n.Centres {
		c := &n.Centres[i]
		for j := range c.Partners {
			if c.Partners[j].ID != id {
				continue
			}
			for _, m := range c.Partners[j].Memberships {
				out = append(out, Membership{Centre: c.ID, Organisation: id, Membership: m})
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Membership) int {
		return cmp.Or(a.Joined.Compare(b.Joined), cmp.Compare(a.Centre, b.Centre))
	})
	return out
}

// CentresOfAt returns the IDs of the centres organisation id is certainly
// a partner of on d, sorted.
func (n *Network) CentresOfAt(id vocab.OrgID, d vocab.Date) []vocab.CentreID {
	var out []vocab.CentreID
	for i := range n.Centres {
		if n.Centres[i].IsPartnerAt(id, d) {
			out = append(out, n.Centres[i].ID)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// CentreAt is one centre of the network on a date.
type CentreAt struct {
	// Centre is the centre's ID.
	Centre vocab.CentreID `json:"centre"`
	// Name is the centre's name.
	Name string `json:"name"`
	// Designation is the designation certainly in force on the date
	// ([ahsc.Centre.DesignationAt]), or nil.
	Designation *ahsc.Designation `json:"designation,omitempty"`
	// Partners are the organisations certainly partners on the date,
	// sorted.
	Partners []vocab.OrgID `json:"partners,omitempty"`
	// PossiblePartners are the organisations that may be partners on the
	// date, sorted: a superset of Partners.
	PossiblePartners []vocab.OrgID `json:"possiblePartners,omitempty"`
}

// At returns the network on d: every centre that has a designation
// certainly in force on d or may have a partner on d, sorted by centre ID,
// with its designation and partners then.
func (n *Network) At(d vocab.Date) []CentreAt {
	var out []CentreAt
	for i := range n.Centres {
		c := &n.Centres[i]
		at := CentreAt{Centre: c.ID, Name: c.Name, Partners: c.PartnersAt(d), PossiblePartners: c.PossiblePartnersAt(d)}
		if g, ok := c.DesignationAt(d); ok {
			at.Designation = &g
		}
		if at.Designation == nil && len(at.PossiblePartners) == 0 {
			continue
		}
		out = append(out, at)
	}
	slices.SortStableFunc(out, func(a, b CentreAt) int { return cmp.Compare(a.Centre, b.Centre) })
	return out
}

// Decode reads one Network document from r strictly, within the limits of
// opts, then checks it with [Network.CollectProblems]; its results are
// [ahsc.Decode]'s: the network, or nil when any problem is an error; every
// problem found, warnings included, with its path and position; and err,
// which is problems.Err().
func Decode(r io.Reader, opts vocab.DecodeOptions) (*Network, vocab.Problems, error) {
	return docio.Decode(r, opts, (*Network).CollectProblems)
}

// DecodeFile is [Decode] for the named file. An error opening it is
// returned as err, with no problems.
func DecodeFile(name string, opts vocab.DecodeOptions) (*Network, vocab.Problems, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return Decode(f, opts)
}

// Encode writes n as indented JSON, keeping the caller's order of fields
// and lists. The output is deterministic.
func (n *Network) Encode(w io.Writer) error { return strictjson.Encode(w, n) }

// MarshalIndent returns [Network.Encode]'s output as bytes.
func (n *Network) MarshalIndent() ([]byte, error) {
	var b bytes.Buffer
	err := n.Encode(&b)
	return b.Bytes(), err
}

// Canonical returns n's canonical JSON: compact, object keys sorted and
// lists of entities with IDs sorted by ID.
func (n *Network) Canonical() ([]byte, error) { return strictjson.Canonical(n) }
