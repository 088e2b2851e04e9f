package schema

import (
	"encoding/json"
	"reflect"
	"strconv"

	"github.com/invopop/jsonschema"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// problemName is the published name of the schema of a validation problem
// in its JSON form: json/problem.schema.json.
const problemName = "problem"

var (
	problemType     = reflect.TypeFor[vocab.Problem]()
	problemTypeType = reflect.TypeFor[vocab.ProblemType]()
	severityType    = reflect.TypeFor[vocab.Severity]()
	positionType    = reflect.TypeFor[vocab.Position]()
)

// Problem returns the schema of a [vocab.Problem] in its JSON form
// (Problem.MarshalJSON), one line of the output of examples/validate
// -json, which adds the file first.
//
// vocab.Problem has a custom JSON form, so this schema is written out
// here rather than reflected; its descriptions still come from the Go doc
// comments, and the package's tests check it against MarshalJSON.
func Problem() *jsonschema.Schema { return problemSchema(Reflector()) }

// problemSchema builds the problem schema with r's comments.
func problemSchema(r *jsonschema.Reflector) *jsonschema.Schema {
	doc := func(t reflect.Type, field string) string { return r.LookupComment(t, field) }
	str := func(description string) *jsonschema.Schema {
		return &jsonschema.Schema{Type: "string", Description: description}
	}
	ref := func(def, description string) *jsonschema.Schema {
		return &jsonschema.Schema{AllOf: []*jsonschema.Schema{{Ref: "#/$defs/" + def}}, Description: description}
	}
	enum := func(t reflect.Type, codes []string) *jsonschema.Schema {
		s := &jsonschema.Schema{Type: "string", Title: r.Namer(t), Description: doc(t, "")}
		for _, c := range codes {
			s.Enum = append(s.Enum, c)
		}
		return s
	}
	integer := func(min int64, description string) *jsonschema.Schema {
		s := boundedInteger(reflect.TypeFor[int64]())
		s.Minimum = json.Number(strconv.FormatInt(min, 10))
		s.Description = description
		return s
	}

	problemDef, typeDef, severityDef, positionDef := r.Namer(problemType), r.Namer(problemTypeType), r.Namer(severityType), r.Namer(positionType)

	props := jsonschema.NewProperties()
	props.Set("file", str("The input the problem was found in, as examples/validate names it (\"<stdin>\" for standard input). "+
		"Only in the validator's output; Problem.MarshalJSON does not write it."))
	props.Set("path", str("The problem's location in field style, such as partners[2].name; empty for the document root. "+
		doc(problemType, "Path")))
	props.Set("pointer", str("The same location as a JSON Pointer (RFC 6901), such as /partners/2/name; empty for the document root."))
	props.Set("type", ref(typeDef, doc(problemType, "Type")))
	props.Set("severity", ref(severityDef, doc(problemType, "Severity")))
	props.Set("value", str(doc(problemType, "Value")+" Written as text; left out when there is none."))
	props.Set("detail", str(doc(problemType, "Detail")+"; left out when empty."))
	props.Set("allowed", &jsonschema.Schema{Type: "array", Items: &jsonschema.Schema{Type: "string"},
		Description: doc(problemType, "Allowed") + " Left out when empty."})
	props.Set("message", str("The whole problem on one line, as Problem.Error gives it: the path, the type, the value, "+
		"the detail and the allowed values, with \"warning: \" first for a warning."))
	props.Set("position", ref(positionDef, doc(problemType, "Position")+" Left out when unknown."))

	posProps := jsonschema.NewProperties()
	posProps.Set("offset", integer(0, doc(positionType, "Offset")))
	posProps.Set("line", integer(1, doc(positionType, "Line")))
	posProps.Set("column", integer(1, doc(positionType, "Column")))

	defs := jsonschema.Definitions{
		problemDef: {Type: "object", Properties: props, AdditionalProperties: jsonschema.FalseSchema,
			Required: []string{"path", "pointer", "type", "severity", "message"},
			Title:    problemDef, Description: doc(problemType, "")},
		typeDef:     enum(problemTypeType, vocab.ProblemTypes().Strings()),
		severityDef: enum(severityType, vocab.Severities().Strings()),
		positionDef: {Type: "object", Properties: posProps, AdditionalProperties: jsonschema.FalseSchema,
			Required: []string{"offset", "line", "column"}, Title: positionDef, Description: doc(positionType, "")},
	}
	return &jsonschema.Schema{
		Version:     jsonschema.Version,
		ID:          jsonschema.ID(docID(problemName)),
		Ref:         "#/$defs/" + problemDef,
		Definitions: defs,
		Title:       problemDef,
		Description: doc(problemType, "") + "\n\nThis is the schema of a validation problem in its JSON form " +
			"(vocab.Problem.MarshalJSON), one line of the output of examples/validate -json, which puts the file first " +
			"(JSON Schema draft 2020-12). Its $id is an identifier, not a download address: the file is self-contained, " +
			"so register it with your validator under its $id or load it from disk.",
	}
}
