package strictjson

import (
	"iter"
	"slices"
	"strconv"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// firstIndexes returns, for each member, the index of an earlier member of
// the same name or -1; it returns nil when no name repeats.
func firstIndexes(ms []Member) []int {
	var first []int
	mark := func(i, j int) {
		if first == nil {
			first = make([]int, len(ms))
			for k := range first {
				first[k] = -1
			}
		}
		first[i] = j
	}
	if len(ms) <= 16 {
		for i := 1; i < len(ms); i++ {
			for j := range i {
				if ms[j].Name == ms[i].Name {
					mark(i, j)
					break
				}
			}
		}
		return first
	}
	seen := make(map[string]int, len(ms))
	for i, m := range ms {
		if j, ok := seen[m.Name]; ok {
			mark(i, j)
			continue
		}
		seen[m.Name] = i
	}
	return first
}

// members yields the members of object v to decode, each with its location
// (a field or a map key, by kind) pushed. It skips the names in ignore,
// reports a repeated key at its second occurrence instead of yielding it,
// and stops at MaxProblems.
func (d *Decoder) members(v *Value, kind locKind, ignore []string, ps *vocab.Problems) iter.Seq[*Member] {
	return func(yield func(*Member) bool) {
		first := firstIndexes(v.members)
		for i := range v.members {
			if d.full() {
				return
			}
			m := &v.members[i]
			if len(ignore) > 0 && slices.Contains(ignore, m.Name) {
				continue
			}
			d.push(kind, m.Name, 0)
			more := true
			if first != nil && first[i] >= 0 {
				*ps = d.add(*ps, duplicateProblem(v.members, i, first[i], d.path()))
			} else {
				more = yield(m)
			}
			d.pop()
			if !more {
				return
			}
		}
	}
}

// duplicateProblem reports member i of ms, which repeats member j, at p.
func duplicateProblem(ms []Member, i, j int, p *vocab.Path) *vocab.Problem {
	return vocab.Duplicate(p, ms[i].Name, "key first used at byte offset "+strconv.Itoa(ms[j].Offset))
}

// checkDuplicates reports repeated keys anywhere in v, for values handed on
// whole (json.RawMessage, json.Unmarshaler). Map-style paths are used, as
// the structure is unknown.
func (d *Decoder) checkDuplicates(v *Value, ps *vocab.Problems) {
	switch v.kind {
	case Object:
		for m := range d.members(v, locKey, nil, ps) {
			d.checkDuplicates(&m.Value, ps)
		}
	case Array:
		for i := range v.elems {
			d.push(locIndex, "", i)
			d.checkDuplicates(&v.elems[i], ps)
			d.pop()
		}
	}
}
