package vocab

import "fmt"

// IDPattern is the syntax of every ahsckit ID: a stable, human-readable slug
// of 1 to 63 characters, a lower-case letter followed by lower-case letters,
// digits and hyphens, such as "kcl", "gstt" or "khp-board".
const IDPattern = `^[a-z][a-z0-9-]{0,62}$`

// ValidID reports whether s matches [IDPattern].
func ValidID(s string) bool {
	if len(s) == 0 || len(s) > 63 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
		case i > 0 && ('0' <= c && c <= '9' || c == '-'):
		default:
			return false
		}
	}
	return true
}

// ParseID returns s as the ID type I when it matches [IDPattern]:
//
//	kcl, err := vocab.ParseID[vocab.OrgID]("kcl")
func ParseID[I ~string](s string) (I, error) {
	if !ValidID(s) {
		return "", &ParseError{Type: "id", Input: s, Msg: "want " + IDPattern}
	}
	return I(s), nil
}

// MustParseID is like [ParseID] but panics on error; for literals.
func MustParseID[I ~string](s string) I {
	id, err := ParseID[I](s)
	if err != nil {
		panic(err)
	}
	return id
}

// CheckID reports a problem at p when id is empty (and required) or does not
// match [IDPattern].
func CheckID[I ~string](p *Path, id I, required bool) *Problem {
	switch {
	case id == "":
		if required {
			return Required(p, "an ID matching "+IDPattern)
		}
		return nil
	case !ValidID(string(id)):
		return Invalid(p, string(id), "must match "+IDPattern)
	}
	return nil
}

// CheckUniqueIDs reports every ID after the first occurrence of its value as
// a duplicate. ids yields each entity's ID; at yields the path of the i-th ID.
// Empty IDs are skipped (they are reported as required elsewhere).
func CheckUniqueIDs[I ~string](ids []I, at func(i int) *Path) Problems {
	var ps Problems
	first := make(map[I]int, len(ids))
	for i, id := range ids {
		if id == "" {
			continue
		}
		if j, ok := first[id]; ok {
			ps = append(ps, Duplicate(at(i), string(id), fmt.Sprintf("first used at %s", at(j))))
			continue
		}
		first[id] = i
	}
	return ps
}

// CheckUniqueIDsOf reports every item of the list at path list whose ID
// repeats an earlier item's, at list[i].field: the one way ahsckit checks
// that a list's IDs (or a list's references, such as an award's funders)
// are unique. id extracts the item's ID; empty IDs are skipped. Paths are
// built only for duplicates.
//
//	vocab.CheckUniqueIDsOf(vocab.NewPath("bodies"), "id", d.Bodies, func(b *Body) vocab.BodyID { return b.ID })
func CheckUniqueIDsOf[T any, I ~string](list *Path, field string, items []T, id func(*T) I) Problems {
	var ps Problems
	first := make(map[I]int, len(items))
	for i := range items {
		v := id(&items[i])
		if v == "" {
			continue
		}
		if j, ok := first[v]; ok {
			ps = append(ps, Duplicate(list.Index(i).Child(field), string(v),
				fmt.Sprintf("first used at %s", list.Index(j).Child(field))))
			continue
		}
		first[v] = i
	}
	return ps
}

// The typed IDs shared across packages. Each is a plain string type so
// literals convert directly (vocab.OrgID("kcl")) and JSON encodes it as a
// string; its IDKind method names the namespace in messages and schemas.
type (
	// CentreID identifies an academic health science centre ("khp").
	CentreID string
	// OrgID identifies an organisation: a partner, a funder, a company or a
	// body named in an interests register all share this one namespace.
	OrgID string
	// PersonID identifies a person (a board member, reviewer or
	// decision-maker). People are referred to by ID only.
	PersonID string
	// ProgrammeID identifies a programme in a portfolio.
	ProgrammeID string
	// BodyID identifies a governance body (board, committee, group).
	BodyID string
	// AwardID identifies a funding award in a ledger.
	AwardID string
	// FacilityID identifies a shared facility (biobank, imaging centre...).
	FacilityID string
)

// IDKind returns "centre".
func (CentreID) IDKind() string { return "centre" }

// IDKind returns "organisation".
func (OrgID) IDKind() string { return "organisation" }

// IDKind returns "person".
func (PersonID) IDKind() string { return "person" }

// IDKind returns "programme".
func (ProgrammeID) IDKind() string { return "programme" }

// IDKind returns "body".
func (BodyID) IDKind() string { return "body" }

// IDKind returns "award".
func (AwardID) IDKind() string { return "award" }

// IDKind returns "facility".
func (FacilityID) IDKind() string { return "facility" }

// TypedID is the constraint satisfied by every typed ID, in this package
// or in a domain package (governance.SeatID). Schema export recognises ID
// fields by their IDKind method.
type TypedID interface {
	~string
	// IDKind names the ID's namespace in messages and schemas
	// ("organisation", "programme").
	IDKind() string
}
