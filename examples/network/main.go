// Command network prints the designated academic health science centres of
// England and their partners on a date, from the reference data
// (ahsc/reference), and writes the network as JSON and its memberships as
// a tidy CSV.
//
//	go run ./examples/network 2017-06-01
//	go run ./examples/network -json network.json -csv memberships.csv 2021-02-01
//	go run ./examples/network 2016-07          # a month: who was a partner throughout it
//	go run ./examples/network                  # today
//
// DATE is a day (YYYY-MM-DD), a month or a year; without it the program
// uses today's date, which only main reads. Partners are listed when they
// are certainly partners on the date; those whose partial dates (a year, a
// month) leave the date undecided are marked "possibly". Designated
// centres come first, with the designation in force; centres with partners
// but no designation on the date follow.
//
// On a partial date (a month, a year) a centre counts as designated when
// some designation certainly or possibly applies during it: the program
// lists every designation that may be in force during the date, marking
// "(possibly)" those not certainly in force throughout it, and says
// whether the centre is designated throughout the date (by one designation
// or successive ones), certainly during part of it, or only possibly. The
// count of designated centres says how many are not certainly designated
// throughout. In 2014, for example, the 2009 round ran to March and the
// 2014 round from April; the sources give both bounds to the month only.
//
// The CSV has one row per membership, sorted by centre, organisation and
// joining date, with the columns centre, organisation, role, from, to
// (empty while the organisation is still a member), precision (of from, or
// "from/to" when they differ, such as "month/day") and source (the
// membership's source URLs, separated by spaces).
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/network"
	"github.com/ahsckit/ahsckit/ahsc/reference"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

func main() {
	today := vocab.DateFromTime(time.Now())
	if err := run(os.Args[1:], today, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "network:", err)
		os.Exit(1)
	}
}

// run is the program with its date default passed in, so that tests never
// depend on today's date.
func run(args []string, today vocab.Date, w io.Writer) error {
	fs := flag.NewFlagSet("network", flag.ContinueOnError)
	fs.SetOutput(w)
	jsonPath := fs.String("json", "", "write the network as indented JSON to this file")
	csvPath := fs.String("csv", "", "write the memberships as a tidy CSV to this file")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: network [-json FILE] [-csv FILE] [DATE]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil // -h or -help: the usage is printed; not an error
		}
		return err
	}
	d := today
	switch fs.NArg() {
	case 0:
	case 1:
		var err error
		if d, err = vocab.ParseDate(fs.Arg(0)); err != nil {
			return err
		}
	default:
		return errors.New("want at most one DATE argument")
	}
	n := reference.Network()
	if err := n.Validate(); err != nil {
		return err
	}
	if *jsonPath != "" {
		if err := writeFile(*jsonPath, n.Encode); err != nil {
			return err
		}
	}
	if *csvPath != "" {
		if err := writeFile(*csvPath, func(w io.Writer) error { return writeCSV(w, n) }); err != nil {
			return err
		}
	}
	return summarise(w, n, d)
}

func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// summarise prints the network on d: designated centres first, then the
// others with partners.
func summarise(w io.Writer, n *network.Network, d vocab.Date) error {
	at := n.At(d)
	type entry struct {
		a       network.CentreAt
		c       *ahsc.Centre
		gs      []designation
		certain bool // designated throughout d
		part    bool // certainly designated on some day of d
	}
	var designated, others []entry
	possibly := 0
	for _, a := range at {
		c, _ := n.Centre(a.Centre)
		gs, certain, part := designationsOn(c, d)
		e := entry{a, c, gs, certain, part}
		if len(gs) == 0 {
			others = append(others, e)
			continue
		}
		designated = append(designated, e)
		if !certain {
			possibly++
		}
	}
	fmt.Fprintf(w, "Designated academic health science centres on %s: %d", d, len(designated))
	if possibly > 0 {
		fmt.Fprintf(w, " (%d of them not certainly throughout %s)", possibly, d)
	}
	fmt.Fprintln(w)
	for _, e := range designated {
		c := e.c
		if len(e.gs) == 1 && e.gs[0].certain {
			fmt.Fprintf(w, "\n%s (%s): %s\n", c.Name, c.ID, describe(c, e.gs[0].Designation, d))
		} else {
			status := "possibly designated during " + d.String()
			if e.part {
				status = "certainly designated during part of " + d.String()
			}
			if e.certain {
				status = "designated throughout " + d.String() + " by successive designations"
			}
			fmt.Fprintf(w, "\n%s (%s): %s\n", c.Name, c.ID, status)
			for _, g := range e.gs {
				mark := ""
				if !g.certain {
					mark = " (possibly)"
				}
				fmt.Fprintf(w, "  designation: %s%s\n", describe(c, g.Designation, d), mark)
			}
		}
		partners(w, c, e.a, d)
	}
	for _, e := range others {
		fmt.Fprintf(w, "\n%s (%s): not designated on %s\n", e.c.Name, e.c.ID, d)
		partners(w, e.c, e.a, d)
	}
	_, err := fmt.Fprintf(w, "\nData as of %s (ahsc/reference); every fact is cited in the data.\n", reference.AsOf())
	return err
}

// designation is a designation that may be in force on a date; certain
// when it is certainly in force throughout the date.
type designation struct {
	ahsc.Designation
	certain bool
}

// designationsOn returns the centre's designations that may be in force
// on d (a day, month or year), sorted by start; whether the centre is
// certainly designated throughout d, by one designation or by successive
// ones whose certain periods together cover every day of d; and whether
// it is certainly designated on some day of d.
func designationsOn(c *ahsc.Centre, d vocab.Date) (gs []designation, throughout, part bool) {
	var certain []vocab.Period
	days := vocab.PeriodOf(d.First(), d.Last())
	for _, g := range c.Designations {
		if !g.Period.MayContain(d) {
			continue
		}
		gs = append(gs, designation{g, g.Period.Contains(d)})
		if p, ok := g.Period.Certain(); ok {
			certain = append(certain, p)
			part = part || p.Overlaps(days)
		}
	}
	slices.SortFunc(gs, func(a, b designation) int { return a.Period.Possible().Start.Compare(b.Period.Possible().Start) })
	return gs, covered(certain, d), part
}

// covered reports whether the periods together cover every day of d.
func covered(ps []vocab.Period, d vocab.Date) bool {
	day, last := d.First(), d.Last()
	for !day.After(last) {
		i := slices.IndexFunc(ps, func(p vocab.Period) bool { return p.Contains(day) })
		if i < 0 {
			return false
		}
		if ps[i].End.IsZero() {
			return true
		}
		day = ps[i].End.Last().AddDays(1)
	}
	return true
}

// describe prints a designation: round, period and issuers.
func describe(c *ahsc.Centre, g ahsc.Designation, d vocab.Date) string {
	var issuers []string
	for _, id := range g.Issuers {
		issuers = append(issuers, name(c, id, d))
	}
	return fmt.Sprintf("%d round, %s, issued by %s", g.Round, g.Period, strings.Join(issuers, ", "))
}

func partners(w io.Writer, c *ahsc.Centre, a network.CentreAt, d vocab.Date) {
	if len(a.PossiblePartners) == 0 {
		fmt.Fprintln(w, "  no partners recorded on this date")
		return
	}
	for _, id := range a.PossiblePartners {
		mark := ""
		if !slices.Contains(a.Partners, id) {
			mark = " (possibly)"
		}
		fmt.Fprintf(w, "  %s (%s)%s\n", name(c, id, d), id, mark)
	}
}

func name(c *ahsc.Centre, id vocab.OrgID, d vocab.Date) string {
	if o, ok := c.Organisation(id); ok {
		return o.NameAt(d)
	}
	return string(id)
}

// writeCSV writes one row per membership (see the command's doc).
func writeCSV(w io.Writer, n *network.Network) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"centre", "organisation", "role", "from", "to", "precision", "source"})
	for _, m := range n.Memberships() {
		prec := string(m.Joined.Precision())
		to := ""
		if !m.Left.IsZero() {
			to = m.Left.String()
			if p := m.Left.Precision(); p != m.Joined.Precision() {
				prec += "/" + string(p)
			}
		}
		var urls []string
		for _, s := range m.Sources {
			if s.URL != "" {
				urls = append(urls, s.URL)
			}
		}
		_ = cw.Write([]string{string(m.Centre), string(m.Organisation), string(m.Role), m.Joined.String(), to, prec,
			strings.Join(slices.Compact(urls), " ")})
	}
	cw.Flush()
	return cw.Error()
}
