package ahsc

import (
	"bytes"
	"io"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/docio"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Decode reads one Centre document from r strictly, within the limits of
// opts (the zero value: 32 MiB, nesting depth 128, 100 problems listed),
// then checks it with [Centre.CollectProblems]. Unknown keys, keys that
// differ from a known key only in case, duplicate keys, wrong JSON types,
// malformed values, trailing data and input beyond the limits are
// problems. Keys in maps are data and are not checked. A document whose
// version has the current major and a newer minor version may carry
// fields this release does not know; they are skipped.
//
// It returns the centre, or nil when any problem is an error; every
// problem found, warnings included (a valid centre comes back with its
// warnings), each with its path and its position in the input (byte
// offset, line and column): the decoding problems alone when the input is
// malformed, else the validation problems; and err, which is
// problems.Err(). At most opts.MaxProblems problems are listed, then one
// closing problem says how many more were found; memory stays bounded by
// the input and the centre decoded however many problems there are. To
// inspect an invalid document instead of rejecting it, decode it with
// encoding/json and call [Centre.Problems].
func Decode(r io.Reader, opts vocab.DecodeOptions) (*Centre, vocab.Problems, error) {
	return docio.Decode(r, opts, (*Centre).CollectProblems)
}

// DecodeFile is [Decode] for the named file. An error opening it is
// returned as err, with no problems.
func DecodeFile(name string, opts vocab.DecodeOptions) (*Centre, vocab.Problems, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return Decode(f, opts)
}

// Encode writes c as indented JSON, keeping the caller's order of fields
// and lists. The output is deterministic.
func (c *Centre) Encode(w io.Writer) error { return strictjson.Encode(w, c) }

// MarshalIndent returns [Centre.Encode]'s output as bytes.
func (c *Centre) MarshalIndent() ([]byte, error) {
	var b bytes.Buffer
	err := c.Encode(&b)
	return b.Bytes(), err
}

// Canonical returns c's canonical JSON: compact, object keys sorted as
// RFC 8785 (JCS) sorts them, and every list whose order carries no meaning
// sorted, so that two centres with the same content have the same bytes
// whatever order their lists were written in; it suits hashing and
// diffing. The lists are of three kinds:
//
//   - entities with IDs, sorted by ID: partners, organisations, governance
//     bodies, seats and KPIs, programmes, goals, facilities, pathways and
//     cohorts, funders, awards, transactions and budget lines;
//   - sets, sorted by their elements' canonical bytes: other names,
//     identifiers, designation issuers, reserved-matter vetoes, a motion's
//     concerns, members present, programme participants, health areas and
//     facilities, facility owners, an award's co-funders, peer reviewers,
//     decision makers, and a condition's programmes and health
//     categories (the list is canonicalSets);
//   - sequences, kept in order because their order means something:
//     sources (as cited), memberships, successions, designations, seat
//     terms, interests, KPI and goal readings, decisions, declarations,
//     ballots, programme timelines, capacity, performance, demand and
//     facility uses, award conditions and allocations, and budget draws
//     (the list is canonicalSequences).
//
// Every list of a Centre is one of these (a test checks it).
func (c *Centre) Canonical() ([]byte, error) { return strictjson.Canonical(c, canonicalSets...) }

// canonicalSets are the JSON Pointer patterns ("*" for any index) of the
// lists [Centre.Canonical] sorts as sets.
var canonicalSets = []string{
	"/otherNames", "/partners/*/otherNames", "/organisations/*/otherNames",
	"/partners/*/identifiers", "/organisations/*/identifiers", "/ledger/funders/*/identifiers",
	"/designations/*/issuers",
	"/governance/bodies/*/rules/reserved/vetoes",
	"/governance/decisions/*/motion/concerns",
	"/governance/decisions/*/present",
	"/portfolio/programmes/*/participants", "/portfolio/programmes/*/areas", "/portfolio/programmes/*/facilities",
	"/portfolio/facilities/*/owners",
	"/ledger/awards/*/funders", "/ledger/awards/*/peerReview/reviewers", "/ledger/awards/*/decisionMakers",
	"/ledger/awards/*/conditions/*/programmes", "/ledger/awards/*/conditions/*/healthCategories",
}

// canonicalSequences are the patterns of the lists [Centre.Canonical]
// keeps in order; the entities with IDs are neither (they sort by ID).
var canonicalSequences = []string{
	"/sources", "/partners/*/sources", "/organisations/*/sources", "/partners/*/memberships", "/partners/*/memberships/*/sources",
	"/successions", "/successions/*/sources", "/designations", "/designations/*/sources",
	"/governance/bodies/*/seats/*/terms", "/governance/bodies/*/sources", "/governance/interests",
	"/governance/kpis/*/readings", "/governance/kpis/*/sources", "/governance/decisions",
	"/governance/decisions/*/motion/declarations", "/governance/decisions/*/ballots", "/governance/sources",
	"/portfolio/programmes/*/timeline", "/portfolio/programmes/*/goals/*/readings", "/portfolio/programmes/*/sources",
	"/portfolio/facilities/*/capacity", "/portfolio/facilities/*/sources",
	"/portfolio/pathways/*/performance", "/portfolio/pathways/*/demand", "/portfolio/pathways/*/uses", "/portfolio/sources",
	"/ledger/awards/*/conditions", "/ledger/awards/*/allocations", "/ledger/budgets/*/draws", "/ledger/sources",
}
