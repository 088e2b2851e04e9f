package strictjson

import "github.com/ahsckit/ahsckit/ahsc/vocab"

// step is one level of the location being decoded. The decoder keeps the
// steps of the current location on a stack and builds a vocab.Path only
// when it reports a problem, so a valid document costs no path allocations.
type step struct {
	name  string
	index int // element index, or for a root the index into Decoder.roots
	kind  locKind
	at    mark        // where the member's key, the element or the root starts
	path  *vocab.Path // the location, once built
	built bool
	lazy  bool // name is the key at at, read only if a path is needed
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

// skipMember skips the value of the member whose key is at at, with the
// member's location pushed (its name read only if a syntax problem needs
// it).
func (d *Decoder) skipMember(kind locKind, at mark, ps *vocab.Problems) bool {
	d.steps = append(d.steps, step{kind: kind, at: at, lazy: true})
	ok := d.skip(ps)
	d.pop()
	return ok
}

// pop returns to the parent location.
func (d *Decoder) pop() { d.steps = d.steps[:len(d.steps)-1] }

// pushRoot starts the locations of one decoding call at p, whose value
// starts at at; pop it with popRoot.
func (d *Decoder) pushRoot(p *vocab.Path, at mark) {
	d.steps = append(d.steps, step{index: len(d.roots), kind: locRoot, at: at, path: p, built: true})
	d.roots = append(d.roots, p)
}

// popRoot ends the locations started by pushRoot.
func (d *Decoder) popRoot() {
	d.roots = d.roots[:len(d.roots)-1]
	d.pop()
}

// path returns the current location. It builds the paths of the steps not
// built yet and keeps them, so that problems and hooks at siblings share
// their parent's path: one allocation per new step.
func (d *Decoder) path() *vocab.Path {
	i := len(d.steps) - 1
	for i >= 0 && !d.steps[i].built {
		i--
	}
	var p *vocab.Path
	if i >= 0 {
		p = d.steps[i].path
	}
	for i++; i < len(d.steps); i++ {
		s := &d.steps[i]
		switch s.kind {
		case locRoot:
			p = d.roots[s.index]
		case locField:
			if s.lazy {
				s.name = d.lx.keyAt(s.at.off)
			}
			p = p.Child(s.name)
		case locIndex:
			p = p.Index(s.index)
		case locKey:
			if s.lazy {
				s.name = d.lx.keyAt(s.at.off)
			}
			p = p.Key(s.name)
		}
		s.path, s.built = p, true
	}
	return p
}
