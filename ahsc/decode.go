package ahsc

import (
	"bytes"
	"io"
	"os"

	"github.com/ahsckit/ahsckit/internal/docio"
	"github.com/ahsckit/ahsckit/internal/strictjson"
)

// Decode reads one Centre document from r strictly, then validates it.
// Unknown keys, keys that differ from a known key only in case, duplicate
// keys, wrong JSON types, malformed values and trailing data are problems,
// reported together with their paths; input larger than 32 MiB is refused.
// Keys in maps are data and are not checked. A document whose version has
// the current major and a newer minor version may carry fields this release
// does not know; they are skipped.
//
// A well-formed document is then checked with [Centre.Validate]. The error
// is a [vocab.Problems] holding the decoding problems, or the decoding
// warnings and validation problems; on error the centre is nil. To inspect
// an invalid document instead of rejecting it, decode it with
// encoding/json and call [Centre.Problems].
func Decode(r io.Reader) (*Centre, error) { return docio.Decode(r, (*Centre).Validate) }

// DecodeFile is [Decode] for the named file.
func DecodeFile(name string) (*Centre, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Decode(f)
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
