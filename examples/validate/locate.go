package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// locate gives each problem without a position the position of its JSON
// Pointer in data, as the Go decoders place theirs: for an object member,
// where its key starts; for an array element or the root, where the value
// starts; for a member the input lacks (a missing required member), the
// nearest enclosing value. It reads data once, with encoding/json's token
// stream, and keeps only the offsets asked for.
func locate(data []byte, ps vocab.Problems) {
	wanted := map[string]bool{"": true}
	for _, p := range ps {
		ptr := p.Pointer()
		for {
			wanted[ptr] = true
			i := strings.LastIndex(ptr, "/")
			if i < 0 {
				break
			}
			ptr = ptr[:i]
		}
	}
	l := &locator{data: data, dec: json.NewDecoder(bytes.NewReader(data)), wanted: wanted, at: map[string]int{}}
	l.dec.UseNumber()
	l.value("", -1)
	for _, p := range ps {
		if p.Position.IsValid() {
			continue
		}
		ptr := p.Pointer()
		for {
			if off, ok := l.at[ptr]; ok {
				p.Position = position(data, off)
				break
			}
			i := strings.LastIndex(ptr, "/")
			if i < 0 {
				break
			}
			ptr = ptr[:i]
		}
	}
}

type locator struct {
	data   []byte
	dec    *json.Decoder
	wanted map[string]bool // the pointers asked for and their ancestors
	at     map[string]int  // offsets found
}

// next returns the offset where the next token starts.
func (l *locator) next() int {
	off := int(l.dec.InputOffset())
	for off < len(l.data) && strings.IndexByte(" \t\r\n,:", l.data[off]) >= 0 {
		off++
	}
	return off
}

// value reads one value at ptr; keyAt is where its member key starts, or
// -1 for an array element or the root. It returns false on malformed input.
func (l *locator) value(ptr string, keyAt int) bool {
	start := l.next()
	if keyAt >= 0 {
		start = keyAt
	}
	if _, seen := l.at[ptr]; l.wanted[ptr] && !seen {
		l.at[ptr] = start
	}
	tok, err := l.dec.Token()
	if err != nil {
		return false
	}
	switch tok {
	case json.Delim('{'):
		for l.dec.More() {
			keyStart := l.next()
			key, err := l.dec.Token()
			if err != nil {
				return false
			}
			name, _ := key.(string)
			if !l.value(ptr+"/"+strings.NewReplacer("~", "~0", "/", "~1").Replace(name), keyStart) {
				return false
			}
		}
		_, err = l.dec.Token()
	case json.Delim('['):
		for i := 0; l.dec.More(); i++ {
			if !l.value(ptr+"/"+strconv.Itoa(i), -1) {
				return false
			}
		}
		_, err = l.dec.Token()
	}
	return err == nil
}

// position returns the line and column (in characters) of offset off.
func position(data []byte, off int) vocab.Position {
	off = min(off, len(data))
	lineStart := bytes.LastIndexByte(data[:off], '\n') + 1
	return vocab.Position{Offset: int64(off), Line: bytes.Count(data[:off], []byte{'\n'}) + 1,
		Column: utf8.RuneCount(data[lineStart:off]) + 1}
}
