package ahsc

import (
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

// Centre is an academic health science centre: its partners over time, the
// other organisations its documents name, successions, designations, and
// its governance, portfolio and funding documents. It is the composition
// root: [Centre.Problems] validates everything and resolves every reference
// between the documents in one place.
type Centre struct {
	// Version is the document format version (vocab.CurrentVersion).
	Version vocab.Version `json:"version"`
	// ID is the centre's slug, such as "khp".
	ID vocab.CentreID `json:"id"`
	// Name is the centre's name, such as "King's Health Partners";
	// required.
	Name string `json:"name"`
	// OtherNames are the centre's acronyms, aliases and former names
	// ("KHP").
	OtherNames []Name `json:"otherNames,omitempty"`
	// Partners are the organisations that are or were members; at least
	// one is required.
	Partners []Partner `json:"partners,omitempty" jsonschema:"required"`
	// Organisations are the other organisations the documents name:
	// funders, designation issuers, companies in interests registers,
	// closed predecessors. They share the partners' ID namespace.
	Organisations []Organisation `json:"organisations,omitempty"`
	// Successions record mergers and replacements between the centre's
	// organisations; they must be acyclic.
	Successions []Succession `json:"successions,omitempty"`
	// Designations are the centre's AHSC designations, in any order; their
	// periods should not overlap.
	Designations []Designation `json:"designations,omitempty"`
	// Governance is the centre's bodies, seats, rules and interests
	// register; optional.
	Governance *governance.Document `json:"governance,omitempty"`
	// Portfolio is the centre's programmes, facilities, pathways and
	// cohorts; optional.
	Portfolio *programme.Portfolio `json:"portfolio,omitempty"`
	// Ledger is the centre's funders, awards, transactions and budgets;
	// optional.
	Ledger *funding.Ledger `json:"ledger,omitempty"`
	// Sources cite where the centre's facts come from.
	Sources []vocab.Source `json:"sources,omitempty"`
}

// Partner returns the partner with the given ID.
func (c *Centre) Partner(id vocab.OrgID) (*Partner, bool) {
	for i := range c.Partners {
		if c.Partners[i].ID == id {
			return &c.Partners[i], true
		}
	}
	return nil, false
}

// Organisation returns the organisation with the given ID, whether it is a
// partner or one of the centre's other organisations.
func (c *Centre) Organisation(id vocab.OrgID) (*Organisation, bool) {
	if p, ok := c.Partner(id); ok {
		return &p.Organisation, true
	}
	for i := range c.Organisations {
		if c.Organisations[i].ID == id {
			return &c.Organisations[i], true
		}
	}
	return nil, false
}

// PartnersAt returns the IDs of the organisations that are certainly
// partners on d, sorted: those with a membership whose period certainly
// contains every day d may be. A partner that joined "2011-10" is not among
// them on 2011-10-15 but is from 2011-10-31 on. With [Centre.IsPartnerAt]
// it makes a Centre a [vocab.Roster]. [Centre.PossiblePartnersAt] is its
// superset.
func (c *Centre) PartnersAt(d vocab.Date) []vocab.OrgID {
	return c.partnersAt(d, (*Partner).MemberAt)
}

// PossiblePartnersAt returns the IDs of the organisations that may be
// partners on d, sorted: those with a membership whose period may contain a
// day d may be. It includes every ID [Centre.PartnersAt] returns; the
// difference is the partners whose partial membership dates leave d
// undecided (joined "2011-10": possibly a partner on 2011-10-15).
func (c *Centre) PossiblePartnersAt(d vocab.Date) []vocab.OrgID {
	return c.partnersAt(d, (*Partner).MayBeMemberAt)
}

func (c *Centre) partnersAt(d vocab.Date, member func(*Partner, vocab.Date) (Membership, bool)) []vocab.OrgID {
	var ids []vocab.OrgID
	for i := range c.Partners {
		if _, ok := member(&c.Partners[i], d); ok {
			ids = append(ids, c.Partners[i].ID)
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

// IsPartnerAt reports whether id is certainly a partner on d.
func (c *Centre) IsPartnerAt(id vocab.OrgID, d vocab.Date) bool {
	return c.isPartnerAt(id, d, (*Partner).MemberAt)
}

// MayBePartnerAt reports whether id may be a partner on d; it is true
// whenever [Centre.IsPartnerAt] is.
func (c *Centre) MayBePartnerAt(id vocab.OrgID, d vocab.Date) bool {
	return c.isPartnerAt(id, d, (*Partner).MayBeMemberAt)
}

func (c *Centre) isPartnerAt(id vocab.OrgID, d vocab.Date, member func(*Partner, vocab.Date) (Membership, bool)) bool {
	for i := range c.Partners {
		if c.Partners[i].ID != id {
			continue
		}
		if _, ok := member(&c.Partners[i], d); ok {
			return true
		}
	}
	return false
}

var _ vocab.Roster = (*Centre)(nil)
