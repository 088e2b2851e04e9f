package strictjson

import (
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// maxUnknownKeys bounds the unknown keys of one object that a
// forward-compatible decoding (a newer minor version, see [Decode]) tracks
// to find repeated ones and reports as warnings; an object with more is
// refused.
const maxUnknownKeys = 1024

// decodeStruct decodes the object at the lexer into struct rv, skipping
// the names in ignore. Memory is one mark per field, reused across objects
// at the same depth, and the unknown keys reported (or, when unknown keys
// are skipped, at most maxUnknownKeys of them).
func (d *Decoder) decodeStruct(rv reflect.Value, ps *vocab.Problems, ignore []string) {
	lx := d.lx
	sf := fieldsOf(rv.Type())
	if !lx.open() {
		d.syntax(ps)
		return
	}
	seen := d.pushSeen(len(sf.list))
	defer func() { d.structs-- }()
	var ignored []mark
	var unknown map[string]mark
	var displaced []misspelling
	for first := true; ; first = false {
		key, at, ok := lx.member(first)
		if !ok {
			break
		}
		if i := indexOf(ignore, key); i >= 0 {
			if ignored == nil {
				ignored = make([]mark, len(ignore))
			}
			if ignored[i].off > 0 {
				d.duplicate(locField, ignore[i], at, ignored[i], ps)
			}
			ignored[i] = at
			if !d.skipMember(locField, at, ps) {
				return
			}
			continue
		}
		if fi, known := sf.byName[string(key)]; known {
			f := &sf.list[fi]
			if seen[fi].off > 0 {
				d.duplicate(locField, f.name, at, seen[fi], ps)
				if !d.skipMember(locField, at, ps) {
					return
				}
				continue
			}
			seen[fi] = at
			d.push(locField, f.name, 0, at)
			if fv, ok := fieldByIndex(rv, f.index); ok {
				switch {
				case f.typ.Kind() == reflect.Pointer:
					// encoding/json writes a pointer to "" as "", even when
					// omitempty: as for a list element, "" is refused only
					// where it stands for nothing.
					d.member = notMember
				case f.omit:
					d.member = optionalMember
				default:
					d.member = requiredMember
				}
				d.decode(fv, ps)
			} else if d.skip(ps) {
				*ps = ps.Add(d.problem(vocab.ErrInvalid, nil,
					"cannot set a field of an embedded pointer to an unexported struct type"))
			}
			d.pop()
			if lx.err != nil {
				return
			}
			continue
		}
		if !d.unknownKey(sf, key, at, &unknown, ps) {
			return
		}
		if fi := sf.nearest(key); fi >= 0 && sf.list[fi].required && !d.skipUnknown && len(displaced) < maxDisplaced {
			displaced = append(displaced, misspelling{fi, string(key), at})
		}
		if !d.skipMember(locField, at, ps) {
			return
		}
	}
	if !d.syntax(ps) {
		return
	}
	d.displacedRequired(sf, seen, displaced, ps)
}

// misspelling is an unknown key whose nearest known key (field) is
// required.
type misspelling struct {
	field int
	key   string
	at    mark
}

// maxDisplaced bounds the misspellings one object tracks.
const maxDisplaced = 64

// displacedRequired reports, once each, the required keys that misspelt
// keys displaced: a required field that is absent from the object and is
// the nearest known key of an unknown one. The problem is at the field's
// path, with the position of the misspelt key.
func (d *Decoder) displacedRequired(sf *structFields, seen []mark, displaced []misspelling, ps *vocab.Problems) {
	for i, m := range displaced {
		if seen[m.field].off > 0 || slices.ContainsFunc(displaced[:i], func(e misspelling) bool { return e.field == m.field }) {
			continue
		}
		name := sf.list[m.field].name
		d.push(locField, name, 0, m.at)
		*ps = ps.Add(d.problem(vocab.ErrRequired, nil, fmt.Sprintf("missing: the unknown key %s may be a misspelling of it", strconv.Quote(clip([]byte(m.key))))))
		d.pop()
	}
}

// unknownKey reports a key sf does not define, or a repeated one, at at.
// Past the problem limit it only counts: an unknown key is one problem
// whether or not it repeats. It returns false if decoding must stop.
func (d *Decoder) unknownKey(sf *structFields, key []byte, at mark, unknown *map[string]mark, ps *vocab.Problems) bool {
	if d.full() && !d.skipUnknown {
		d.found++
		return true
	}
	name := string(key)
	if first, dup := (*unknown)[name]; dup {
		d.duplicate(locField, name, at, first, ps)
		return true
	}
	if *unknown == nil {
		*unknown = make(map[string]mark)
	}
	if n := len(*unknown); d.skipUnknown && n >= maxUnknownKeys {
		if n == maxUnknownKeys { // once per object; the rest are skipped unchecked
			d.push(locField, name, 0, at)
			*ps = ps.Add(d.problem(vocab.ErrOutOfRange, nil, "more than "+strconv.Itoa(maxUnknownKeys)+
				" unknown keys in one object"))
			d.pop()
			(*unknown)[name] = at
		}
		return true
	}
	(*unknown)[name] = at
	d.push(locField, name, 0, at)
	if d.skipUnknown {
		d.warned++
	}
	if d.keep() {
		p := unknownField(sf, name, d.path(), d.position())
		if d.skipUnknown {
			p.Severity = vocab.SeverityWarning
			p.Detail = joinDetail("skipped: not in version "+string(vocab.CurrentVersion)+", which this release reads", p.Detail)
		}
		*ps = append(*ps, p)
	}
	d.pop()
	return true
}

// joinDetail joins two details of one problem with "; ".
func joinDetail(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "; " + b
}

// duplicate reports the key name at at, first used at first.
func (d *Decoder) duplicate(kind locKind, name string, at, first mark, ps *vocab.Problems) {
	if !d.keep() {
		return
	}
	d.push(kind, name, 0, at)
	firstPos := d.lx.src.position(first)
	p := vocab.Duplicate(d.path(), clip([]byte(name)), "key first used at "+firstPos.String())
	p.Position = d.position()
	d.pop()
	*ps = append(*ps, p)
}

// pushSeen returns a cleared slice of n marks for one struct object; the
// caller decrements d.structs when done. The slices are reused.
func (d *Decoder) pushSeen(n int) []mark {
	if d.structs == len(d.seen) {
		d.seen = append(d.seen, nil)
	}
	s := d.seen[d.structs]
	if cap(s) < n {
		s = make([]mark, n)
	} else {
		s = s[:n]
		clear(s)
	}
	d.seen[d.structs] = s
	d.structs++
	return s
}

// indexOf returns the index of key in names, or -1.
func indexOf(names []string, key []byte) int {
	for i, n := range names {
		if n == string(key) {
			return i
		}
	}
	return -1
}

// unknownField reports key, which sf does not define, listing the known keys
// and suggesting the nearest one ([structFields.nearest]).
func unknownField(sf *structFields, key string, p *vocab.Path, pos vocab.Position) *vocab.Problem {
	prob := &vocab.Problem{Path: p, Type: vocab.ErrUnknownField, Severity: vocab.SeverityError,
		Allowed: slices.Clone(sf.names), Position: pos}
	if i := sf.nearest([]byte(key)); i >= 0 {
		prob.Detail = `did you mean "` + sf.list[i].name + `"?`
	}
	return prob
}

// maxSuggestLen bounds the keys for which a suggestion is sought, so that
// the edit distance costs at most maxSuggestLen² steps per known key.
const maxSuggestLen = 64

// nearest returns the index of the known key nearest to key, or -1 when
// none is near: one equal but for case, else the one at the smallest
// edit distance (optimal string alignment: insertions, deletions,
// substitutions and swaps of adjacent characters, ignoring case) within
// the allowance for the known key's length — none up to 2 characters
// (only case), 1 up to 5, 2 up to 10, 3 beyond. Ties go to the earlier field. Keys longer than maxSuggestLen
// get no suggestion.
func (sf *structFields) nearest(key []byte) int {
	if len(key) > maxSuggestLen {
		return -1
	}
	best, bestDist := -1, maxSuggestLen+1
	for i, name := range sf.names {
		if strings.EqualFold(name, string(key)) {
			return i
		}
		if len(name) > maxSuggestLen {
			continue
		}
		allow := 3
		switch n := len(name); {
		case n <= 2:
			continue
		case n <= 5:
			allow = 1
		case n <= 10:
			allow = 2
		}
		if d := editDistance(strings.ToLower(name), strings.ToLower(string(key)), allow); d <= allow && d < bestDist {
			best, bestDist = i, d
		}
	}
	return best
}

// editDistance returns the optimal string alignment distance between a
// and b, in bytes, or limit+1 when it is more than limit. Both are at
// most maxSuggestLen bytes long.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	var rows [3][maxSuggestLen + 1]int
	prev2, prev, cur := &rows[0], &rows[1], &rows[2]
	for j := range len(b) + 1 {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// fieldByIndex returns the settable field at index below rv, allocating nil
// embedded pointers on the way. It fails for a nil embedded pointer to an
// unexported struct type, which cannot be allocated through reflection.
func fieldByIndex(rv reflect.Value, index []int) (reflect.Value, bool) {
	for i, x := range index {
		if i > 0 && rv.Kind() == reflect.Pointer {
			if rv.IsNil() {
				if !rv.CanSet() {
					return reflect.Value{}, false
				}
				rv.Set(reflect.New(rv.Type().Elem()))
			}
			rv = rv.Elem()
		}
		rv = rv.Field(x)
	}
	return rv, true
}
