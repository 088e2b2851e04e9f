// Command validate checks ahsckit documents — a centre, a governance
// document, a portfolio, a ledger, a policy, a simulation scenario or a
// network of centres —
// with their published JSON Schema and with the Go validation, and prints
// every problem with its JSON Pointer and line:column:
//
//	go install github.com/ahsckit/ahsckit/examples/validate@main
//	validate khp.json ledger.json
//	validate -kind policy - < policy.json
//	validate -json khp.json | jq .
//
// Each FILE ("-" for standard input) is one document. Its kind comes from
// -kind, or else from its top-level keys: the one kind whose schema alone
// allows one of them ("partners" is a centre, "rules" a policy, "bodies" a
// governance document).
//
// Two checks run on each document:
//
//   - the Go rules: the kind's strict decoder (ahsc.Decode,
//     governance.Decode, programme.Decode, funding.DecodeLedger,
//     funding.DecodePolicy, scenario.Decode, network.Decode), which decodes
//     and validates,
//     including the rules only Go checks (schema.GoOnlyRules);
//   - the schema: the kind's schema as published in ahsc/schema/json,
//     embedded in the program (nothing is fetched), with formats asserted
//     (santhosh-tekuri/jsonschema v6, draft 2020-12).
//
// The Go problems are printed first, in document order. A schema error
// says the same as a Go problem when the Go problem is at the same
// pointer, at the object holding it or inside it (Go reports a ballot,
// the schema its option); such errors are left out and the rest are
// printed after the Go problems in document order, their detail starting "schema:" and
// naming the failing keyword. A missing required member is reported at
// the member's pointer, an unexpected one at its own. A document of a
// newer minor version may carry fields this release does not know: Go
// skips each with a warning, and the document is valid if nothing else is
// wrong, although the schema of this release refuses such a field; the
// warning says so ("…; the schema of this release refuses it (schema
// centre.schema.json#/additionalProperties)") in place of a separate
// schema error.
//
// LINE:COL is where the problem's pointer starts in the input: for an
// object member (a bad value, an unknown or duplicate member) where the
// member's key starts, not its value; for an array element or the root,
// where the value starts; for a missing member, the object that lacks it.
//
// Output: one line per problem, "FILE:LINE:COL: POINTER: MESSAGE", then
// one line per file, "FILE: KIND: valid" or "FILE: KIND: invalid, N
// errors, M warnings"; KIND is "(unknown kind)" for a document that is
// not JSON checked without -kind. Past -max-problems the Go check lists no more
// problems and closes its list with one problem at the root ("stopped
// listing after N problems; M more found", printed without a line:column);
// the counts in the verdict are still of every problem found. With -json, each problem is one line of JSON, the
// form of vocab.Problem's MarshalJSON (path, pointer, type, severity,
// value, detail, allowed, message, position) with the file first
// ("file"), as described by ahsc/schema/json/problem.schema.json, and
// nothing else is printed on standard output.
//
// Exit status: 0 when every file is valid (warnings are printed but are
// not failures), 1 when any file is invalid, 2 on a usage error, a file
// that cannot be read or a document whose kind cannot be told (2 wins
// over 1). Such errors are printed on standard error and the other files
// are still checked.
package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// unknownKind stands for the kind in the verdict on a document that is
// not JSON, checked without -kind.
const unknownKind = "(unknown kind)"

// Exit statuses.
const (
	exitValid   = 0
	exitInvalid = 1
	exitUsage   = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the program: it checks the files args name and returns the exit
// status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	kindName := fs.String("kind", "", "the documents' kind, one of "+strings.Join(kindNames(), ", ")+"; by default told from each document's top-level keys")
	asJSON := fs.Bool("json", false, "print each problem as one line of JSON (vocab.Problem's form, with \"file\")")
	maxProblems := fs.Int("max-problems", vocab.DefaultMaxProblems, "how many problems the Go check lists per file before it only counts them")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: validate [-kind KIND] [-json] [-max-problems N] FILE...\n\n"+
			"Checks each ahsckit document FILE (- for standard input) with its JSON Schema and the Go validation.\n"+
			"Exit status: 0 all valid (warnings allowed), 1 any invalid, 2 usage or I/O error,\n"+
			"or a document whose kind cannot be told (pass -kind).\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitValid
		}
		return exitUsage
	}
	var fixed *kind
	if *kindName != "" {
		k, ok := kindNamed(*kindName)
		if !ok {
			fmt.Fprintf(stderr, "validate: unknown -kind %q; want one of %s\n", *kindName, strings.Join(kindNames(), ", "))
			return exitUsage
		}
		fixed = &k
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return exitUsage
	}
	if *maxProblems < 1 {
		fmt.Fprintf(stderr, "validate: -max-problems %d: want at least 1\n", *maxProblems)
		return exitUsage
	}
	opts := vocab.DecodeOptions{MaxProblems: *maxProblems}
	status := exitValid
	stdinRead := false
	for _, name := range fs.Args() {
		data, display, err := readInput(name, stdin, &stdinRead)
		if err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			status = exitUsage
			continue
		}
		r, err := check(data, fixed, opts)
		if err != nil {
			fmt.Fprintf(stderr, "validate: %s: %v\n", display, err)
			status = exitUsage
			continue
		}
		if err := report(stdout, display, r, *asJSON); err != nil {
			fmt.Fprintf(stderr, "validate: %v\n", err)
			return exitUsage
		}
		if r.errors > 0 && status == exitValid {
			status = exitInvalid
		}
	}
	return status
}

// readInput reads the file name, or standard input for "-" (once).
func readInput(name string, stdin io.Reader, stdinRead *bool) (data []byte, display string, err error) {
	if name == "-" {
		if *stdinRead {
			return nil, "", errors.New("standard input (-) named twice")
		}
		*stdinRead = true
		data, err = io.ReadAll(io.LimitReader(stdin, vocab.DefaultMaxBytes+1))
		if err != nil {
			return nil, "", fmt.Errorf("reading standard input: %w", err)
		}
		return data, "<stdin>", nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.IsDir() {
		return nil, "", fmt.Errorf("%s is a directory", name)
	}
	data, err = io.ReadAll(io.LimitReader(f, vocab.DefaultMaxBytes+1))
	if err != nil {
		return nil, "", err
	}
	return data, name, nil
}

// result is one file's verdict.
type result struct {
	kind     string // "" when it could not be told (a syntax error)
	problems vocab.Problems
	// errors and warnings count the problems found, listed or only
	// counted past -max-problems.
	errors, warnings int
	atLeast          bool // the counts are lower bounds: even the recount was cut
}

// closing reports whether p is the problem a Go decoder closes a cut list
// with: "stopped listing after N problems; M more found", at the root.
func closing(p *vocab.Problem) bool {
	return p.Type == vocab.ErrOutOfRange && p.Path == nil && strings.HasPrefix(p.Detail, "stopped listing after ")
}

// tally sets r's counts: the problems listed, or, when the Go check cut
// its list (goPs ends with the closing problem), the Go problems of an
// uncut check (all) and the schema problems listed.
func (r *result) tally(all vocab.Problems) {
	for _, p := range r.problems {
		if all != nil && (closing(p) || !strings.HasPrefix(p.Detail, "schema: ")) {
			continue // counted from all
		}
		r.count(p)
	}
	for _, p := range all {
		if closing(p) {
			r.atLeast = true
			continue
		}
		r.count(p)
	}
}

// recountLimit is the most problems the second, counting check of a file
// whose list was cut keeps: enough for any file a person edits, and a
// bound on memory (about 300 bytes a problem) for a generated one.
var recountLimit = 100_000

func (r *result) count(p *vocab.Problem) {
	if p.Severity == vocab.SeverityWarning {
		r.warnings++
	} else {
		r.errors++
	}
}

// check runs both checks on data, as kind fixed or the kind detected.
func check(data []byte, fixed *kind, opts vocab.DecodeOptions) (result, error) {
	var k kind
	if fixed != nil {
		k = *fixed
	} else {
		var syntax vocab.Problems
		var err error
		k, syntax, err = detect(data, opts)
		if syntax != nil {
			r := result{problems: syntax}
			r.tally(nil)
			return r, nil
		}
		if err != nil {
			return result{}, err
		}
	}
	goPs, err := k.check(data, opts)
	if err != nil {
		return result{}, err
	}
	schemaPs, err := schemaProblems(k.name, data)
	if err != nil {
		return result{}, err
	}
	// The closing problem of a cut list is about the whole document: at
	// the root, without the position of the last problem listed. The
	// counts come from a second check that lists up to recountLimit
	// problems (memory stays bounded on a hostile file); past that the
	// summary says "at least".
	var all vocab.Problems
	if n := len(goPs); n > 0 && closing(goPs[n-1]) {
		goPs[n-1].Position = vocab.Position{}
		if all, err = k.check(data, vocab.DecodeOptions{MaxProblems: recountLimit}); err != nil {
			return result{}, err
		}
	}
	ps := goPs
	var extra vocab.Problems
	for _, p := range schemaPs {
		if !covered(goPs, p) {
			extra = append(extra, p)
			continue
		}
		noteSchemaRefusal(goPs, p)
	}
	locate(data, extra)
	slices.SortStableFunc(extra, func(a, b *vocab.Problem) int { return cmp.Compare(a.Position.Offset, b.Position.Offset) })
	r := result{kind: k.name, problems: append(ps, extra...)}
	r.tally(all)
	return r, nil
}

// covered reports whether a Go problem says what schema problem p says: a
// Go problem at p's pointer, at the object or array holding it (not the
// root), or inside it.
func covered(goPs vocab.Problems, p *vocab.Problem) bool {
	ptr := p.Pointer()
	parent := ""
	if i := strings.LastIndex(ptr, "/"); i > 0 {
		parent = ptr[:i]
	}
	for _, q := range goPs {
		qp := q.Pointer()
		if qp == ptr || parent != "" && qp == parent || strings.HasPrefix(qp, ptr+"/") {
			return true
		}
	}
	return false
}

// noteSchemaRefusal adds to Go's warning that it skipped an unknown field
// of a newer minor version that the schema of this release refuses the
// same field (schema problem p), naming the schema keyword, so that the
// document passes the validator yet is known to fail its schema.
func noteSchemaRefusal(goPs vocab.Problems, p *vocab.Problem) {
	if p.Type != vocab.ErrUnknownField {
		return
	}
	const note = "; the schema of this release refuses it"
	for _, q := range goPs {
		if q.Type == vocab.ErrUnknownField && q.Severity == vocab.SeverityWarning &&
			q.Pointer() == p.Pointer() && !strings.Contains(q.Detail, note) {
			where := ""
			if i := strings.LastIndex(p.Detail, " (schema "); i >= 0 {
				where = p.Detail[i:]
			}
			q.Detail += note + where
		}
	}
}

// report prints one file's problems and, in text form, its verdict.
func report(w io.Writer, file string, r result, asJSON bool) error {
	var b bytes.Buffer
	for _, p := range r.problems {
		if asJSON {
			line, err := problemLine(file, p)
			if err != nil {
				return err
			}
			b.Write(line)
			b.WriteByte('\n')
			continue
		}
		b.WriteString(file)
		if p.Position.IsValid() {
			fmt.Fprintf(&b, ":%d:%d", p.Position.Line, p.Position.Column)
		}
		ptr := p.Pointer()
		if ptr == "" {
			ptr = "(root)"
		}
		q := *p
		q.Path = nil // the pointer says where
		msg := q.Error()
		if p.Position.IsValid() { // the line:column says it already
			msg = strings.TrimSuffix(msg, fmt.Sprintf(" at line %d, column %d", p.Position.Line, p.Position.Column))
		}
		fmt.Fprintf(&b, ": %s: %s\n", ptr, msg)
	}
	if !asJSON {
		b.WriteString(file + ": ")
		b.WriteString(cmp.Or(r.kind, unknownKind) + ": ")
		errs, warns := r.errors, r.warnings
		if errs == 0 {
			b.WriteString("valid")
		} else {
			b.WriteString("invalid, ")
			if r.atLeast {
				b.WriteString("at least ")
			}
			b.WriteString(count(errs, "error"))
		}
		if warns > 0 {
			b.WriteString(", " + count(warns, "warning"))
		}
		b.WriteByte('\n')
	}
	_, err := w.Write(b.Bytes())
	return err
}

// problemLine is p's JSON form with the file first.
func problemLine(file string, p *vocab.Problem) ([]byte, error) {
	pj, err := json.Marshal(p)
	if err != nil {
		return nil, err
	}
	var fj bytes.Buffer
	enc := json.NewEncoder(&fj)
	enc.SetEscapeHTML(false) // "<stdin>" as written
	if err := enc.Encode(file); err != nil {
		return nil, err
	}
	line := append([]byte(`{"file":`), bytes.TrimSuffix(fj.Bytes(), []byte("\n"))...)
	if len(pj) > 2 {
		line = append(line, ',')
	}
	return append(line, pj[1:]...), nil
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
