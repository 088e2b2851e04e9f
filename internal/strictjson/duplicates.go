package strictjson

import (
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
		first := firstIndexes(v.members)
		for i := range v.members {
			if d.full() {
				return
			}
			if first != nil && first[i] >= 0 {
				*ps = d.add(*ps, duplicateProblem(v.members, i, first[i], d.path().Key(v.members[i].Name)))
				continue
			}
			d.push(locKey, v.members[i].Name, 0)
			d.checkDuplicates(&v.members[i].Value, ps)
			d.pop()
		}
	case Array:
		for i := range v.elems {
			d.push(locIndex, "", i)
			d.checkDuplicates(&v.elems[i], ps)
			d.pop()
		}
	}
}
