package ahsc_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/ahsctest"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// dateSite is a date or period field found in a document, at its path.
type dateSite struct {
	path *vocab.Path
	v    reflect.Value // addressable vocab.Date or vocab.Period
	day  bool          // tagged `vocab:"day"`
}

var (
	dateType   = reflect.TypeFor[vocab.Date]()
	periodType = reflect.TypeFor[vocab.Period]()
)

// dateSites walks v (addressable) and returns its non-zero date and period
// fields with their JSON paths.
func dateSites(v reflect.Value, p *vocab.Path, day bool) []dateSite {
	switch {
	case v.Type() == dateType || v.Type() == periodType:
		if v.IsZero() {
			return nil
		}
		return []dateSite{{p, v, day}}
	case v.Kind() == reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return dateSites(v.Elem(), p, false)
	case v.Kind() == reflect.Slice:
		var out []dateSite
		for i := range v.Len() {
			out = append(out, dateSites(v.Index(i), p.Index(i), false)...)
		}
		return out
	case v.Kind() != reflect.Struct:
		return nil
	}
	var out []dateSite
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		fp := p.Child(name)
		if f.Anonymous && name == "" {
			fp = p // inlined, as encoding/json writes it
		}
		out = append(out, dateSites(v.Field(i), fp, f.Tag.Get("vocab") == "day")...)
	}
	return out
}

// coarsen makes a date site partial: its month (or its start's month).
func coarsen(s dateSite) {
	if s.v.Type() == dateType {
		d := s.v.Interface().(vocab.Date)
		s.v.Set(reflect.ValueOf(d.Truncate(vocab.PrecisionMonth)))
		return
	}
	p := s.v.Interface().(vocab.Period)
	if p.Start.IsZero() {
		p.End = p.End.Truncate(vocab.PrecisionMonth)
	} else {
		p.Start = p.Start.Truncate(vocab.PrecisionMonth)
	}
	s.v.Set(reflect.ValueOf(p))
}

// Every field tagged `vocab:"day"` in a centre and its documents (meeting
// dates, transactions, draws, award dates, readings, status entries, due
// dates) is checked: a month there is an error at its path. A month in any
// other date or period field (memberships, successions, designations,
// bodies, programmes, sources) is no "must be a day" error: those may be
// partial. So the tags the schema reads and the checks validation makes
// agree, field by field.
func TestDayFieldsRejectMonthsOthersAccept(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := ahsctest.FullCentre().Draw(t, "centre")
		sites := dateSites(reflect.ValueOf(c).Elem(), nil, false)
		var days, others []dateSite
		for _, s := range sites {
			if s.day {
				days = append(days, s)
			} else {
				others = append(others, s)
			}
		}
		if len(days) == 0 || len(others) == 0 {
			t.Fatalf("found %d day-only and %d other date fields", len(days), len(others))
		}
		s := rapid.SampledFrom(append(days, others...)).Draw(t, "site")
		before := s.v.Interface()
		coarsen(s)
		if s.v.Interface() == before {
			t.Skip("already a month or coarser")
		}
		ps := c.Problems()
		dayError := slices.ContainsFunc(ps, func(p *vocab.Problem) bool {
			return p.Path.Equal(s.path) && p.Type == vocab.ErrInvalid && !p.IsWarning() && strings.Contains(p.Detail, "must be a day") ||
				p.Path.Equal(s.path) && strings.Contains(p.Detail, "must be days")
		})
		if dayError != s.day {
			t.Fatalf("%s at %s (day-only %v): day error reported %v; problems:\n%v", s.v.Interface(), s.path.JSONPointer(), s.day, dayError, ps)
		}
	})
}
