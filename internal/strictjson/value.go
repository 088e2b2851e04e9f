package strictjson

// Kind is the JSON type of a [Value].
type Kind uint8

// The JSON kinds. The zero Kind is Invalid, the kind of the zero Value.
const (
	Invalid Kind = iota
	Null
	Bool
	Number
	String
	Object
	Array
)

// String returns the JSON name of the kind: "null", "boolean", "number",
// "string", "object" or "array".
func (k Kind) String() string {
	switch k {
	case Null:
		return "null"
	case Bool:
		return "boolean"
	case Number:
		return "number"
	case String:
		return "string"
	case Object:
		return "object"
	case Array:
		return "array"
	}
	return "invalid"
}

// Value is a parsed JSON value with its source offset. Objects keep their
// members in document order, duplicates included; arrays keep their elements.
type Value struct {
	kind    Kind
	offset  int
	raw     []byte // the value's source bytes
	text    string // unescaped content of a string
	members []Member
	elems   []Value
}

// Member is one member of a JSON object.
type Member struct {
	// Name is the unescaped key.
	Name string
	// Offset is the byte offset of the key in the input.
	Offset int
	// Value is the member's value.
	Value Value
}

// Kind returns the JSON type of v.
func (v *Value) Kind() Kind { return v.kind }

// Offset returns the byte offset at which v starts in the input.
func (v *Value) Offset() int { return v.offset }

// Members returns the members of an object in document order, duplicates
// included, or nil for other kinds.
func (v *Value) Members() []Member { return v.members }

// Member returns the value of the first member called name, if v is an
// object that has one.
func (v *Value) Member(name string) (*Value, bool) {
	for i := range v.members {
		if v.members[i].Name == name {
			return &v.members[i].Value, true
		}
	}
	return nil, false
}

// Elems returns the elements of an array, or nil for other kinds.
func (v *Value) Elems() []Value { return v.elems }

// Text returns the unescaped content of a string, the literal text of a
// number ("-1.5e3"), or "true", "false" or "null".
func (v *Value) Text() string {
	if v.kind == String {
		return v.text
	}
	return string(v.raw)
}

// Bool reports whether v is the literal true.
func (v *Value) Bool() bool { return v.kind == Bool && len(v.raw) == 4 }

// Raw returns v's source bytes. The slice aliases the input; callers that
// keep it must copy it.
func (v *Value) Raw() []byte { return v.raw }
