package schema

import (
	"reflect"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/programme"
)

// Doc is one published document schema.
type Doc struct {
	// Name is the short name, such as "centre"; the schema is published as
	// json/<Name>.schema.json.
	Name string
	// Schema builds the schema.
	Schema func() *jsonschema.Schema
}

// ID returns the schema's $id, [BaseID] + "/<name>.schema.json".
func (d Doc) ID() string { return docID(d.Name) }

func docID(name string) string { return BaseID + "/" + name + ".schema.json" }

// document is a published document: its name and Go type.
type document struct {
	name   string
	goType reflect.Type
}

// documents lists every published document, the Centre first.
var documents = []document{
	{"centre", reflect.TypeFor[ahsc.Centre]()},
	{"governance", reflect.TypeFor[governance.Document]()},
	{"portfolio", reflect.TypeFor[programme.Portfolio]()},
	{"ledger", reflect.TypeFor[funding.Ledger]()},
	{"policy", reflect.TypeFor[funding.Policy]()},
	{"scenario", reflect.TypeFor[scenario.Scenario]()},
	{"network", reflect.TypeFor[network.Network]()},
}

// Documents lists every published schema in a fixed order: the documents
// centre, governance, portfolio, ledger, policy, scenario and network,
// then "problem", a validation problem in its JSON form ([Problem]).
func Documents() []Doc {
	out := make([]Doc, len(documents), len(documents)+1)
	for i, d := range documents {
		out[i] = Doc{Name: d.name, Schema: func() *jsonschema.Schema { return reflectDocument(Reflector(), d) }}
	}
	return append(out, Doc{Name: problemName, Schema: Problem})
}

// Centre returns the schema of an [ahsc.Centre] document.
func Centre() *jsonschema.Schema { return schemaOf("centre") }

// Governance returns the schema of a standalone [governance.Document].
func Governance() *jsonschema.Schema { return schemaOf("governance") }

// Portfolio returns the schema of a standalone [programme.Portfolio].
func Portfolio() *jsonschema.Schema { return schemaOf("portfolio") }

// Ledger returns the schema of a standalone [funding.Ledger].
func Ledger() *jsonschema.Schema { return schemaOf("ledger") }

// Policy returns the schema of a standalone [funding.Policy]. Each rule is
// one of the built-in rule kinds ([funding.RuleKinds]): its fields plus a
// constant "kind".
func Policy() *jsonschema.Schema { return schemaOf("policy") }

// Network returns the schema of a [network.Network] document: centres,
// each a whole centre document.
func Network() *jsonschema.Schema { return schemaOf("network") }

func schemaOf(name string) *jsonschema.Schema {
	for _, d := range documents {
		if d.name == name {
			return reflectDocument(Reflector(), d)
		}
	}
	return nil
}

// reflectDocument reflects d with r, fills in the tagged unions reflection
// cannot see, finishes the schema (build.go) and sets the stable $id (the
// reflector's own would be derived from the definition name). The struct
// tags and conditions it reads are fixed at compile time and checked by the
// package's tests, so it drops the build error.
func reflectDocument(r *jsonschema.Reflector, d document) *jsonschema.Schema {
	s, _ := reflectDocumentErr(r, d)
	s.ID = jsonschema.ID(docID(d.name))
	return s
}
