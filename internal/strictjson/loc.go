package strictjson

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// step is one level of the location being decoded. The decoder keeps the
// steps of the current location on a stack and builds a vocab.Path only
// when it reports a problem, so a valid document costs no path allocations.
type step struct {
	name  string
	index int // element index, or for a root the index into Decoder.roots
	kind  locKind
	at    mark // where the member's key, the element or the root starts
}

type locKind uint8

const (
	locRoot locKind = iota
	locField
	locIndex
	locKey
)

// push descends into a field, element or map entry starting at at.
func (d *Decoder) push(kind locKind, name string, index int, at mark) {
	d.steps = append(d.steps, step{name: name, index: index, kind: kind, at: at})
}

// pop returns to the parent location.
func (d *Decoder) pop() { d.steps = d.steps[:len(d.steps)-1] }

// pushRoot starts the locations of one decoding call at p, whose value
// starts at at; pop it with popRoot.
func (d *Decoder) pushRoot(p *vocab.Path, at mark) {
	d.push(locRoot, "", len(d.roots), at)
	d.roots = append(d.roots, p)
}

// popRoot ends the locations started by pushRoot.
func (d *Decoder) popRoot() {
	d.roots = d.roots[:len(d.roots)-1]
	d.pop()
}

// path returns the current location.
func (d *Decoder) path() *vocab.Path {
	var p *vocab.Path
	for _, s := range d.steps {
		switch s.kind {
		case locRoot:
			p = d.roots[s.index]
		case locField:
			p = p.Child(s.name)
		case locIndex:
			p = p.Index(s.index)
		case locKey:
			p = p.Key(s.name)
		}
	}
	return p
}
