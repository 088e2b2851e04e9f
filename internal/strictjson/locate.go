package strictjson

import (
	"math"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Locate gives every problem in ps that has no position the position of its
// JSON Pointer in the input: of the member's key or the element it names
// or, when the input has no such value (a required member is missing), of
// the nearest enclosing value that exists. It reads the input once,
// descending only into values on the problems' paths, so it costs time
// linear in the input and memory linear in the problems' paths; it keeps no
// index between calls. The first of repeated keys is the one located.
// Problems whose path is not in the input at all (the input does not start
// with a value) keep no position.
func (in *Input) Locate(ps vocab.Problems) {
	var root *trieNode
	var want []*vocab.Problem
	for _, p := range ps {
		if p == nil || p.Position.IsValid() {
			continue
		}
		if root == nil {
			root = &trieNode{}
		}
		root.add(pointerTokens(p.Pointer()), len(want))
		want = append(want, p)
	}
	if root == nil {
		return
	}
	lx := in.lexer(Options{MaxDepth: math.MaxInt})
	if lx.bom() {
		lx.peek()
		if lx.pos < len(lx.data) {
			l := locator{lx: lx, pending: root.size()}
			l.visit(root, lx.at(lx.pos))
		}
	}
	root.assign(in, want, nil)
}

// Lookup returns the position of the value the JSON Pointer names (see
// [Input.Locate]), and whether the input holds that exact value.
func (in *Input) Lookup(pointer string) (vocab.Position, bool) {
	root := &trieNode{}
	tokens := pointerTokens(pointer)
	root.add(tokens, -1)
	lx := in.lexer(Options{MaxDepth: math.MaxInt})
	if !lx.bom() || lx.peek() == 0 {
		return vocab.Position{}, false
	}
	l := locator{lx: lx, pending: root.size()}
	l.visit(root, lx.at(lx.pos))
	n, found := root, true
	for _, t := range tokens {
		c := n.children[t]
		if c == nil || !c.found {
			found = false
			break
		}
		n = c
	}
	if !n.found {
		return vocab.Position{}, false
	}
	return in.src.position(n.at), found
}

// locateMissing is Locate for the problems decoding made without a
// position (those hooks made themselves).
func (in *Input) locateMissing(ps vocab.Problems) {
	for _, p := range ps {
		if !p.Position.IsValid() {
			in.Locate(ps)
			return
		}
	}
}

// pointerTokens splits an RFC 6901 JSON Pointer into unescaped tokens.
func pointerTokens(ptr string) []string {
	if ptr == "" {
		return nil
	}
	tokens := strings.Split(ptr[1:], "/")
	for i, t := range tokens {
		if strings.Contains(t, "~") {
			tokens[i] = strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
		}
	}
	return tokens
}

// trieNode is one token of the pointers being located.
type trieNode struct {
	children map[string]*trieNode
	problems []int // indexes of the problems whose pointer ends here
	found    bool
	at       mark
}

func (n *trieNode) add(tokens []string, problem int) {
	for _, t := range tokens {
		c := n.children[t]
		if c == nil {
			if n.children == nil {
				n.children = make(map[string]*trieNode)
			}
			c = &trieNode{}
			n.children[t] = c
		}
		n = c
	}
	if problem >= 0 {
		n.problems = append(n.problems, problem)
	}
}

// size counts the nodes of the trie.
func (n *trieNode) size() int {
	s := 1
	for _, c := range n.children {
		s += c.size()
	}
	return s
}

// assign gives each problem the position of its node, or of the nearest
// found ancestor (at, when set).
func (n *trieNode) assign(in *Input, want []*vocab.Problem, at *mark) {
	if n.found {
		at = &n.at
	}
	if at != nil {
		for _, i := range n.problems {
			want[i].Position = in.src.position(*at)
		}
	}
	for _, c := range n.children {
		c.assign(in, want, at)
	}
}

// locator walks the input once for a trie of pointers.
type locator struct {
	lx      *lexer
	pending int // trie nodes not found yet
	buf     []byte
}

// visit records that n's value starts at the lexer (its member's key or
// element at at) and reads the value, descending into the members and
// elements that n has children for. It returns false when the walk is over:
// every node found, or malformed input.
func (l *locator) visit(n *trieNode, at mark) bool {
	lx := l.lx
	if !n.found {
		n.found, n.at = true, at
		l.pending--
	}
	if l.pending == 0 {
		return false
	}
	if len(n.children) == 0 {
		return lx.skip()
	}
	switch lx.peek() {
	case '{':
		lx.open()
		for first := true; ; first = false {
			key, keyAt, ok := lx.member(first)
			if !ok {
				return lx.err == nil
			}
			if c := n.children[string(key)]; c != nil && !c.found {
				if !l.visit(c, keyAt) {
					return false
				}
			} else if !lx.skip() {
				return false
			}
		}
	case '[':
		lx.open()
		for i := 0; lx.elem(i == 0); i++ {
			l.buf = itoa(l.buf, i)
			if c := n.children[string(l.buf)]; c != nil && !c.found {
				if !l.visit(c, lx.at(lx.pos)) {
					return false
				}
			} else if !lx.skip() {
				return false
			}
		}
		return lx.err == nil
	}
	return lx.skip()
}
