package ahsc_test

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// stringLeaf is a settable string somewhere in a centre, at its JSON
// Pointer.
type stringLeaf struct {
	pointer string
	v       reflect.Value
}

// stringLeaves lists every settable string reachable from v through
// pointers, exported struct fields (under their JSON names; embedded
// structs flattened) and list elements. Map keys and values are not
// settable and are left out.
func stringLeaves(v reflect.Value, pointer string, out []stringLeaf) []stringLeaf {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			out = stringLeaves(v.Elem(), pointer, out)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			switch {
			case name == "-":
				continue
			case f.Anonymous && name == "":
				out = stringLeaves(v.Field(i), pointer, out)
			default:
				if name == "" {
					name = f.Name
				}
				out = stringLeaves(v.Field(i), pointer+"/"+name, out)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			out = stringLeaves(v.Index(i), pointer+"/"+strconv.Itoa(i), out)
		}
	case reflect.String:
		if v.CanSet() {
			out = append(out, stringLeaf{pointer, v})
		}
	}
	return out
}

// checkEveryStringRefusesInvalidUTF8 makes each string of c, a centre
// without errors, in turn invalid UTF-8 and requires an error at that
// string's own pointer, whichever check reports it (the UTF-8 walk, or a
// stricter check of the string's shape, as for IDs and codes).
//
// With every > 1 it checks only the strings whose index is from modulo
// every: a sample, for generated documents.
func checkEveryStringRefusesInvalidUTF8(t interface{ Fatalf(string, ...any) }, c any, problems func() vocab.Problems, every, from int) int {
	if err := problems().Err(); err != nil {
		t.Fatalf("the document has errors before any change: %v", err)
	}
	leaves := stringLeaves(reflect.ValueOf(c), "", nil)
	var missed []string
	for i, l := range leaves {
		if i%every != from%every {
			continue
		}
		old := l.v.String()
		l.v.SetString(old + "\xff")
		found := false
		for _, p := range problems() {
			if p.Pointer() == l.pointer && p.Severity == vocab.SeverityError {
				found = true
				break
			}
		}
		l.v.SetString(old)
		if !found {
			missed = append(missed, l.pointer)
		}
	}
	if len(missed) > 0 {
		t.Fatalf("invalid UTF-8 is not reported at %d of %d strings: %s", len(missed), len(leaves), strings.Join(missed, " "))
	}
	return len(leaves)
}

// TestEveryStringRefusesInvalidUTF8: every string of King's Health
// Partners and of its funding policy, and a sample of those of the network
// of reference centres (every fourth) and of generated full centres (every
// eighth), made invalid UTF-8, is an error at its own path.
func TestEveryStringRefusesInvalidUTF8(t *testing.T) {
	every := 1
	if raceScale > 1 { // a sample under the race detector, ten times slower
		every = 8
	}
	khp := reference.KingsHealthPartners()
	n := checkEveryStringRefusesInvalidUTF8(t, khp, khp.Problems, every, 0)
	require.Greater(t, n, 500, "the walk reached KHP's strings")
	policy := reference.KHPPolicy()
	checkEveryStringRefusesInvalidUTF8(t, policy, policy.Problems, every, 0)
	net := reference.Network()
	checkEveryStringRefusesInvalidUTF8(t, net, net.Problems, every*4, 0)
	if raceScale > 1 {
		return // the generated centres check semantics, not races
	}
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.FullCentre().Draw(t, "centre")
		checkEveryStringRefusesInvalidUTF8(t, c, c.Problems, 8, rapid.IntRange(0, 7).Draw(t, "from"))
	})
}
