package strictjson_test

import (
	"encoding/json"
	"strconv"
	"strings"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// optional draws either the zero value or one from g.
func optional[V any](g *rapid.Generator[V]) *rapid.Generator[V] {
	var zero V
	return rapid.OneOf(rapid.Just(zero), g)
}

func genText() *rapid.Generator[string] {
	return rapid.OneOf(rapid.SampledFrom([]string{"", "King's", "Guy's & St Thomas'", "<b>", "a\"b\\c", "\u2028", "é", "😀"}),
		rapid.String())
}

func genSeat(id vocab.BodyID) *rapid.Generator[Seat] {
	return rapid.Custom(func(t *rapid.T) Seat {
		s := Seat{ID: id, Share: optional(vocabtest.Ratio()).Draw(t, "share"),
			Roles: rapid.SliceOfN(rapid.SampledFrom(roles.Values()), 0, 3).Draw(t, "roles")}
		if rapid.Bool().Draw(t, "hasNote") {
			note := genText().Draw(t, "note")
			s.Note = &note
		}
		return s
	})
}

// genGeneric draws values as encoding/json stores them in an interface{}.
func genGeneric(depth int) *rapid.Generator[any] {
	scalar := rapid.OneOf(rapid.Just[any](nil), rapid.Map(rapid.Bool(), toAny[bool]),
		rapid.Map(rapid.Float64Range(-1e300, 1e300), toAny[float64]),
		rapid.Map(rapid.Int64Range(-1e6, 1e6), func(n int64) any { return float64(n) }),
		rapid.Map(genText(), toAny[string]))
	if depth == 0 {
		return scalar
	}
	return rapid.OneOf(scalar,
		rapid.Map(rapid.SliceOfN(genGeneric(depth-1), 0, 3), toAny[[]any]),
		rapid.Map(rapid.MapOfN(genText(), genGeneric(depth-1), 0, 3), toAny[map[string]any]))
}

func toAny[V any](v V) any { return v }

func genDoc() *rapid.Generator[Doc] {
	return rapid.Custom(func(t *rapid.T) Doc {
		d := Doc{
			Version: rapid.SampledFrom([]vocab.Version{"", vocab.CurrentVersion}).Draw(t, "version"),
			ID:      vocabtest.ID[vocab.OrgID]().Draw(t, "id"),
			Name:    genText().Draw(t, "name"),
			Role:    optional(rapid.SampledFrom(roles.Values())).Draw(t, "role"),
			Start:   optional(vocabtest.Date()).Draw(t, "start"),
			Share:   optional(vocabtest.Ratio()).Draw(t, "share"),
			Count:   rapid.Int32().Draw(t, "count"),
			Small:   rapid.Int8().Draw(t, "small"),
			Big:     rapid.Uint64Range(0, strictjson.MaxSafeInteger).Draw(t, "big"),
			Minor:   rapid.Int64Range(-strictjson.MaxSafeInteger, strictjson.MaxSafeInteger).Draw(t, "minor"),
			Score:   rapid.Float64Range(-1e300, 1e300).Draw(t, "score"),
			Active:  rapid.Bool().Draw(t, "active"),
			Tags:    rapid.SliceOfN(genText(), 0, 3).Draw(t, "tags"),
			Budget:  rapid.MapOfN(genText(), rapid.Int64Range(-strictjson.MaxSafeInteger, strictjson.MaxSafeInteger), 0, 3).Draw(t, "budget"),
			ByYear:  rapid.MapOfN(rapid.Int16(), genText(), 0, 3).Draw(t, "byYear"),
			ByDate:  rapid.MapOfN(vocabtest.Date(), vocabtest.Ratio().Filter(func(r vocab.Ratio) bool { return !r.IsZero() }), 0, 3).Draw(t, "byDate"),
			Pair:    [2]uint8{rapid.Uint8().Draw(t, "pair0"), rapid.Uint8().Draw(t, "pair1")},
			Audit:   Audit{Created: optional(vocabtest.Date()).Draw(t, "created"), By: genText().Draw(t, "by")},
			Any:     optional(genGeneric(2)).Draw(t, "any"),
		}
		d.Untagged = genText().Draw(t, "untagged")
		for i, id := range vocabtest.DistinctIDs[vocab.BodyID](0, 4).Draw(t, "seatIDs") {
			d.Seats = append(d.Seats, genSeat(id).Draw(t, "seat"+strconv.Itoa(i)))
		}
		if rapid.Bool().Draw(t, "hasParent") {
			p := genSeat(vocabtest.ID[vocab.BodyID]().Draw(t, "parentID")).Draw(t, "parent")
			d.Parent = &p
		}
		if extra := genGeneric(2).Draw(t, "extra"); extra != nil {
			d.Extra, _ = json.Marshal(extra)
		}
		return d
	})
}

// reorder re-serialises v compactly with the members of every object in an
// order drawn by t, and the elements of identified arrays shuffled when
// shuffleIDs is set.
func reorder(t *rapid.T, v *strictjson.Value, shuffleIDs bool) string {
	var b strings.Builder
	var walk func(v *strictjson.Value)
	walk = func(v *strictjson.Value) {
		switch v.Kind() {
		case strictjson.Object:
			var names []string
			var values []strictjson.Value
			for name, m := range v.Members() {
				names = append(names, name)
				values = append(values, *m)
			}
			idx := make([]int, len(names))
			for i := range idx {
				idx[i] = i
			}
			idx = rapid.Permutation(idx).Draw(t, "members")
			b.WriteByte('{')
			for n, i := range idx {
				if n > 0 {
					b.WriteByte(',')
				}
				name, _ := json.Marshal(names[i])
				b.Write(name)
				b.WriteByte(':')
				walk(&values[i])
			}
			b.WriteByte('}')
		case strictjson.Array:
			var es []strictjson.Value
			for _, e := range v.Elems() {
				es = append(es, *e)
			}
			idx := make([]int, len(es))
			for i := range idx {
				idx[i] = i
			}
			if shuffleIDs && distinctIDs(es) {
				idx = rapid.Permutation(idx).Draw(t, "elems")
			}
			b.WriteByte('[')
			for n, i := range idx {
				if n > 0 {
					b.WriteByte(',')
				}
				walk(&es[i])
			}
			b.WriteByte(']')
		default:
			b.Write(v.Raw())
		}
	}
	walk(v)
	return b.String()
}

// distinctIDs reports whether every element is an object with a string
// "id" and no two ids are equal: then canonical order ignores their order.
func distinctIDs(es []strictjson.Value) bool {
	seen := map[string]bool{}
	for i := range es {
		id, ok := es[i].Member("id")
		if !ok || id.Kind() != strictjson.String || seen[id.Text()] {
			return false
		}
		seen[id.Text()] = true
	}
	return len(es) > 0
}
