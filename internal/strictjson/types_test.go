package strictjson_test

import (
	"encoding/json"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Role is a test enum built on vocab.Enum like the library's own enums.
type Role string

const (
	RoleChair  Role = "chair"
	RoleMember Role = "member"
	RoleLay    Role = "lay-member"
)

var roles = vocab.NewEnum(RoleChair, RoleMember, RoleLay)

func (r Role) MarshalText() ([]byte, error)  { return []byte(r), nil }
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(r, b) }
func (Role) EnumValues() []string            { return roles.Strings() }
func (r Role) String() string                { return string(r) }
func (r Role) IsValid() bool                 { return roles.Contains(r) }

// Audit is embedded in Doc to exercise field promotion.
type Audit struct {
	Created vocab.Date `json:"created,omitzero"`
	By      string     `json:"by,omitempty"`
}

// Seat is a list element with an "id", for canonical ordering.
type Seat struct {
	ID    vocab.BodyID `json:"id"`
	Share vocab.Ratio  `json:"share,omitzero"`
	Roles []Role       `json:"roles,omitempty"`
	Note  *string      `json:"note,omitempty"`
}

// Doc is the test document: nested structs, slices, maps, Date, Ratio,
// enums, every number kind, raw JSON and an interface.
type Doc struct {
	Version vocab.Version              `json:"version,omitempty"`
	ID      vocab.OrgID                `json:"id"`
	Name    string                     `json:"name"`
	Role    Role                       `json:"role,omitempty"`
	Start   vocab.Date                 `json:"start,omitzero"`
	Share   vocab.Ratio                `json:"share,omitzero"`
	Count   int32                      `json:"count"`
	Small   int8                       `json:"small"`
	Big     uint64                     `json:"big"`
	Minor   int64                      `json:"minor"`
	Score   float64                    `json:"score"`
	Active  bool                       `json:"active"`
	Tags    []string                   `json:"tags,omitempty"`
	Seats   []Seat                     `json:"seats,omitempty"`
	Budget  map[string]int64           `json:"budget,omitempty"`
	ByYear  map[int16]string           `json:"byYear,omitempty"`
	ByDate  map[vocab.Date]vocab.Ratio `json:"byDate,omitempty"`
	Parent  *Seat                      `json:"parent,omitempty"`
	Pair    [2]uint8                   `json:"pair"`
	Extra   json.RawMessage            `json:"extra,omitempty"`
	Any     any                        `json:"any,omitempty"`
	Audit
	Untagged string
	hidden   int
	Skipped  string `json:"-"`
}
