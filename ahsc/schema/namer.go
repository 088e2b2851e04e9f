package schema

import (
	"path"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// namer names $defs entries: the package's last path element and the type
// name in CamelCase ("vocab.Source" -> "VocabSource"), once when they are
// the same word ("scenario.Scenario" -> "Scenario"); generic type
// arguments are spelt out ("Page[x/model.Item]" -> "ModelPageOfModelItem").
// It never gives one name to two types: a later type whose short name is
// taken gets its full package path ("GithubComOtherVocabSource"), and a
// numeric suffix after that. Unnamed types get "" (they are inlined).
type namer struct {
	mu     sync.Mutex
	byType map[reflect.Type]string
	taken  map[string]reflect.Type
	// fallbacks records the short names that were already taken, for tests.
	fallbacks []string
}

func newNamer() *namer {
	return &namer{byType: map[reflect.Type]string{}, taken: map[string]reflect.Type{}}
}

// name returns t's definition name.
func (n *namer) name(t reflect.Type) string {
	if t.Name() == "" {
		return ""
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if name, ok := n.byType[t]; ok {
		return name
	}
	typeName := typeNameCamel(t.Name())
	name := camel(path.Base(t.PkgPath())) + typeName
	if typeName == camel(path.Base(t.PkgPath())) {
		name = typeName // "programme.Programme" is "Programme", not "ProgrammeProgramme"
	}
	if _, ok := n.taken[name]; ok {
		n.fallbacks = append(n.fallbacks, name)
		name = camel(t.PkgPath()) + typeName
		for i := 2; n.taken[name] != nil; i++ {
			name = camel(t.PkgPath()) + typeName + strconv.Itoa(i)
		}
	}
	n.byType[t] = name
	n.taken[name] = t
	return name
}

// typeNameCamel turns a reflect type name into identifier characters,
// spelling out generic type arguments: "Pair[int,github.com/x/m.Item]"
// becomes "PairOfIntAndMItem", "List[[]*m.Item]" "ListOfSliceOfPtrToMItem".
func typeNameCamel(name string) string {
	base, args, generic := strings.Cut(name, "[")
	if !generic {
		return name
	}
	var b strings.Builder
	b.WriteString(base)
	b.WriteString("Of")
	for i := 0; i < len(args); {
		switch c := args[i]; {
		case strings.HasPrefix(args[i:], "[]"):
			b.WriteString("SliceOf")
			i += 2
		case c == '*':
			b.WriteString("PtrTo")
			i++
		case c == '[':
			b.WriteString("Of")
			i++
		case c == ',':
			b.WriteString("And")
			i++
		case isNameByte(c):
			j := i
			for j < len(args) && isNameByte(args[j]) {
				j++
			}
			b.WriteString(qualifiedCamel(args[i:j]))
			i = j
		default: // ']', spaces: no meaning in a name
			i++
		}
	}
	return b.String()
}

func isNameByte(c byte) bool {
	return c == '.' || c == '/' || c == '_' || c == '-' || c >= 0x80 ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// qualifiedCamel turns "github.com/x/model.Item" into "ModelItem" and
// "int" into "Int".
func qualifiedCamel(s string) string {
	s = path.Base(s)
	if pkg, typ, ok := strings.Cut(s, "."); ok {
		return camel(pkg) + camel(typ)
	}
	return camel(s)
}

// camel joins the letter-and-digit runs of s, each with an upper-case
// first letter: "github.com/ahsc-kit/vocab" -> "GithubComAhscKitVocab".
func camel(s string) string {
	var b strings.Builder
	upper := true
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			upper = true
			continue
		}
		if upper {
			r = unicode.ToUpper(r)
			upper = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
