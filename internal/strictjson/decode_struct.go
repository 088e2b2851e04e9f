package strictjson

import (
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
				case f.optional:
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
		if !d.unknownKey(sf, key, at, &unknown, ps) || !d.skipMember(locField, at, ps) {
			return
		}
	}
	d.syntax(ps)
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
// and suggesting one that differs only in case.
func unknownField(sf *structFields, key string, p *vocab.Path, pos vocab.Position) *vocab.Problem {
	prob := &vocab.Problem{Path: p, Type: vocab.ErrUnknownField, Severity: vocab.SeverityError,
		Allowed: slices.Clone(sf.names), Position: pos}
	for _, name := range sf.names {
		if strings.EqualFold(name, key) {
			prob.Detail = `did you mean "` + name + `"?`
			break
		}
	}
	return prob
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
