// Command khp builds King's Health Partners — the academic health science
// centre of King's College London and three NHS foundation trusts — from
// cited facts, validates it, and prints a summary as of a date: partners and
// identifiers, designations, governance bodies with an illustrative
// decision, the portfolio's balance and pathway performance, funding
// safeguards evaluated against an illustrative policy, and two what-ifs on
// illustrative figures: the counterfactual of a 30% cap on each
// programme's private share in 2024-25, and the shared imaging centre's
// utilisation with 10% and with 20% of its capacity drawn by research.
//
// Facts print at the precision their sources give (the partnership was
// formed "in 2009", so its partners are only possibly partners on a day in
// 2009). Every figure the data labels illustrative — seats, quorum,
// portfolio figures, amounts, the policy — is printed with
// "[illustrative]" on its line; the label is read from the data's sources,
// where a reader of the JSON sees it too.
//
// The data lives in ahsc/reference, one file per document (khp.go,
// khp_governance.go, khp_portfolio.go, khp_funding.go), so the domain packages' examples
// share it; this command only assembles, validates and reports.
//
//	go run ./examples/khp                 # summary as of 2026-11-23
//	go run ./examples/khp -asof 2015-06-01
//	go run ./examples/khp -asof 2009-06        # a month: who was a partner throughout it
//	go run ./examples/khp -json           # the centre as JSON
//	go run ./examples/khp -canonical      # canonical JSON (sorted, compact)
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// defaultAsOf is the date the sources were read. The program never reads
// the clock, so its output depends only on its flags.
const defaultAsOf = "2026-11-23"

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "khp:", err)
		os.Exit(1)
	}
}

func run(args []string, w io.Writer) error {
	fs := flag.NewFlagSet("khp", flag.ContinueOnError)
	asOf := vocab.MustParseDate(defaultAsOf)
	fs.TextVar(&asOf, "asof", asOf, "report as of this date (YYYY-MM-DD, or YYYY-MM or YYYY for the whole month or year)")
	asJSON := fs.Bool("json", false, "print the centre as indented JSON")
	canonical := fs.Bool("canonical", false, "print the centre's canonical JSON")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // -h or -help: the usage is printed; not an error
		}
		return err
	}
	c := reference.KingsHealthPartners()
	switch {
	case *asJSON:
		return c.Encode(w)
	case *canonical:
		b, err := c.Canonical()
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	return summarise(w, c, asOf)
}
