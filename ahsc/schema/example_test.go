package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"

	"github.com/ahsckit/ahsckit/ahsc/schema"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// The schema built at run time is the published one, and its descriptions
// are the Go doc comments.
func Example() {
	built, err := schema.Marshal(schema.Centre())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(bytes.Equal(built, schema.JSON("centre")))
	s := schema.Centre()
	kind, _ := s.Definitions["AhscOrganisation"].Properties.Get("kind")
	fmt.Println(kind.AllOf[0].Ref)
	fmt.Println(kind.Description)
	orgKind := s.Definitions["AhscOrgKind"]
	fmt.Println(orgKind.Title, orgKind.Type, orgKind.Enum[:3], "...")
	// Output:
	// true
	// #/$defs/AhscOrgKind
	// Kind is the organisation's primary type; required.
	// AhscOrgKind string [university nhs-foundation-trust nhs-trust] ...
}

func ExampleCentre() {
	s := schema.Centre()
	fmt.Println(s.ID)
	fmt.Println(s.Title, s.Ref)
	id := s.Definitions["VocabCentreID"]
	fmt.Println(id.Type, id.Pattern)
	version := s.Definitions["VocabVersion"]
	fmt.Println(version.Pattern)
	// Output:
	// https://ahsckit.github.io/schema/v1/centre.schema.json
	// AhscCentre #/$defs/AhscCentre
	// string ^[a-z][a-z0-9-]{0,62}$
	// ^1\.(0|[1-9][0-9]{0,5})$
}

// A Milestone is a user's own type: the reflector maps its fields by what
// they do (an ID, an enum, a date), not by a list of known types.
type Milestone struct {
	Programme vocab.ProgrammeID `json:"programme"`
	Status    vocab.RAG         `json:"status"`
	Due       vocab.Date        `json:"due,omitzero" vocab:"day"`
	Agreed    vocab.Date        `json:"agreed,omitzero"`
}

// Reflect your own type with the same configuration; MarkDayFields gives
// the fields tagged `vocab:"day"` their day-only patterns, while other
// dates may be months or years.
func ExampleReflector() {
	r := schema.Reflector()
	s := r.Reflect(&Milestone{})
	schema.MarkDayFields(r, s, reflect.TypeFor[Milestone]())
	m := s.Definitions["SchemaTestMilestone"]
	for _, name := range []string{"programme", "status", "due", "agreed"} {
		p, _ := m.Properties.Get(name)
		b, _ := json.Marshal(map[string]any{"type": p.Type, "enum": p.Enum, "format": p.Format, "description": p.Description})
		fmt.Printf("%s: %s\n", name, b)
	}
	fmt.Println("required:", m.Required)
	// Output:
	// programme: {"description":"programme ID","enum":null,"format":"","type":"string"}
	// status: {"description":"","enum":["green","amber","red","no-data"],"format":"","type":"string"}
	// due: {"description":"","enum":null,"format":"date","type":"string"}
	// agreed: {"description":"","enum":null,"format":"","type":"string"}
	// required: [programme status]
}

func ExampleJSON() {
	var published struct {
		ID string `json:"$id"`
	}
	if err := json.Unmarshal(schema.JSON("ledger"), &published); err != nil {
		fmt.Println(err)
	}
	fmt.Println(published.ID)
	for _, d := range schema.Documents() {
		fmt.Println(d.Name, d.ID())
	}
	// Output:
	// https://ahsckit.github.io/schema/v1/ledger.schema.json
	// centre https://ahsckit.github.io/schema/v1/centre.schema.json
	// governance https://ahsckit.github.io/schema/v1/governance.schema.json
	// portfolio https://ahsckit.github.io/schema/v1/portfolio.schema.json
	// ledger https://ahsckit.github.io/schema/v1/ledger.schema.json
	// policy https://ahsckit.github.io/schema/v1/policy.schema.json
	// scenario https://ahsckit.github.io/schema/v1/scenario.schema.json
	// network https://ahsckit.github.io/schema/v1/network.schema.json
	// problem https://ahsckit.github.io/schema/v1/problem.schema.json
}
