package vocab

import (
	"strconv"
	"strings"
)

// Path locates a value inside a document. It is an immutable, parent-linked
// list built while a validator descends: NewPath("partners").Index(2).Child("name").
// The nil *Path is the document root; every method accepts it.
type Path struct {
	parent *Path
	name   string // field name, or map key when key is true
	index  int    // list index when name is "" and key is false
	key    bool
}

// NewPath returns the path of a top-level field, optionally followed by more
// field names.
func NewPath(name string, more ...string) *Path {
	p := (*Path)(nil).Child(name)
	for _, m := range more {
		p = p.Child(m)
	}
	return p
}

// Child returns the path of field name below p.
func (p *Path) Child(name string) *Path { return &Path{parent: p, name: name, index: -1} }

// Index returns the path of the i-th element of the list at p.
func (p *Path) Index(i int) *Path { return &Path{parent: p, index: i} }

// Key returns the path of the map entry k of the map at p.
func (p *Path) Key(k string) *Path { return &Path{parent: p, name: k, key: true, index: -1} }

// Concat returns q appended below p, so validators of embedded documents can
// report paths relative to their own root and callers can prefix them.
func (p *Path) Concat(q *Path) *Path {
	if q == nil {
		return p
	}
	base := p.Concat(q.parent)
	return &Path{parent: base, name: q.name, index: q.index, key: q.key}
}

// IsRoot reports whether p is the document root.
func (p *Path) IsRoot() bool { return p == nil }

func (p *Path) segments() []*Path {
	n := 0
	for q := p; q != nil; q = q.parent {
		n++
	}
	segs := make([]*Path, n)
	for q := p; q != nil; q = q.parent {
		n--
		segs[n] = q
	}
	return segs
}

// String renders p in Kubernetes field style: partners[2].identifiers[0].value.
// Map keys are written in brackets ([kcl]). The root renders as "".
func (p *Path) String() string {
	var b strings.Builder
	for i, s := range p.segments() {
		switch {
		case s.key:
			b.WriteByte('[')
			b.WriteString(s.name)
			b.WriteByte(']')
		case s.index >= 0:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		default:
			if i > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.name)
		}
	}
	return b.String()
}

// JSONPointer renders p as an RFC 6901 JSON Pointer: /partners/2/identifiers/0/value.
// The root renders as "".
func (p *Path) JSONPointer() string {
	var b strings.Builder
	for _, s := range p.segments() {
		b.WriteByte('/')
		if !s.key && s.index >= 0 {
			b.WriteString(strconv.Itoa(s.index))
			continue
		}
		b.WriteString(pointerEscaper.Replace(s.name))
	}
	return b.String()
}

var pointerEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// Equal reports whether p and q denote the same location.
func (p *Path) Equal(q *Path) bool {
	for p != nil && q != nil {
		if p.name != q.name || p.index != q.index || p.key != q.key {
			return false
		}
		p, q = p.parent, q.parent
	}
	return p == nil && q == nil
}

// HasPrefix reports whether p lies at or below prefix.
func (p *Path) HasPrefix(prefix *Path) bool {
	ps, qs := p.segments(), prefix.segments()
	if len(qs) > len(ps) {
		return false
	}
	if len(qs) == 0 {
		return true
	}
	return ps[len(qs)-1].Equal(prefix)
}
