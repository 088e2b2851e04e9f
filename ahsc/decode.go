package ahsc

import (
	"bytes"
	"io"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/internal/docio"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Decode reads one Centre document from r strictly, within the limits of
// opts (the zero value: 32 MiB, nesting depth 128, 100 problems listed),
// then checks it with [Centre.CollectProblems]. Unknown keys, keys that
// differ from a known key only in case, duplicate keys, wrong JSON types,
// malformed values, trailing data and input beyond the limits are
// problems. Keys in maps are data and are not checked. A document whose
// version has the current major and a newer minor version may carry
// fields this release does not know; they are skipped.
//
// It returns the centre, or nil when any problem is an error; every
// problem found, warnings included (a valid centre comes back with its
// warnings), each with its path and its position in the input (byte
// offset, line and column): the decoding problems alone when the input is
// malformed, else the validation problems; and err, which is
// problems.Err(). At most opts.MaxProblems problems are listed, then one
// closing problem says how many more were found; memory stays bounded by
// the input and the centre decoded however many problems there are. To
// inspect an invalid document instead of rejecting it, decode it with
// encoding/json and call [Centre.Problems].
func Decode(r io.Reader, opts vocab.DecodeOptions) (*Centre, vocab.Problems, error) {
	return docio.Decode(r, opts, (*Centre).CollectProblems)
}

// DecodeFile is [Decode] for the named file. An error opening it is
// returned as err, with no problems.
func DecodeFile(name string, opts vocab.DecodeOptions) (*Centre, vocab.Problems, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return Decode(f, opts)
}

// Encode writes c as indented JSON, keeping the caller's order of fields
// and lists. The output is deterministic.
func (c *Centre) Encode(w io.Writer) error { return strictjson.Encode(w, c) }

// MarshalIndent returns [Centre.Encode]'s output as bytes.
func (c *Centre) MarshalIndent() ([]byte, error) {
	var b bytes.Buffer
	err := c.Encode(&b)
	return b.Bytes(), err
}

// Canonical returns c's canonical JSON: compact, object keys sorted and
// lists of entities with IDs sorted by ID. Two centres with the same content
// in different orders have the same canonical bytes, so it suits hashing
// and diffing.
func (c *Centre) Canonical() ([]byte, error) { return strictjson.Canonical(c) }
