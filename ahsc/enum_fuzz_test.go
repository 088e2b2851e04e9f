package ahsc_test

import (
	"errors"
	"os"
	"regexp"
	"slices"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc"
	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/sim/scenario"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/funding"
	"github.com/ahsckit/ahsckit/governance"
	"github.com/ahsckit/ahsckit/internal/decodetest"
	"github.com/ahsckit/ahsckit/programme"
)

// enumParser is one enum accessor's Parse, Unmarshal and Check, on strings.
type enumParser struct {
	name      string
	parse     func(string) (string, error)
	unmarshal func([]byte) (string, error)
	check     func(string) *vocab.Problem
	values    []string
}

func parserOf[E ~string](name string, e vocab.Enum[E]) enumParser {
	return enumParser{
		name: name,
		parse: func(s string) (string, error) {
			v, err := e.Parse(s)
			return string(v), err
		},
		unmarshal: func(b []byte) (string, error) {
			var v E
			err := e.Unmarshal(&v, b)
			return string(v), err
		},
		check:  func(s string) *vocab.Problem { return e.Check(nil, E(s), true) },
		values: e.Strings(),
	}
}

// enumParsers lists every enum accessor of the module, named as in
// .ci/api.txt (TestEnumParsersComplete keeps the list complete).
var enumParsers = []enumParser{
	parserOf("MembershipRoles", ahsc.MembershipRoles()), parserOf("NameKinds", ahsc.NameKinds()),
	parserOf("OrgKinds", ahsc.OrgKinds()), parserOf("SuccessionKinds", ahsc.SuccessionKinds()),
	parserOf("Aggregations", sim.Aggregations()), parserOf("ReportingPeriods", scenario.ReportingPeriods()),
	parserOf("Directions", vocab.Directions()), parserOf("HealthCategories", vocab.HealthCategories()),
	parserOf("ProblemTypes", vocab.ProblemTypes()), parserOf("RAGs", vocab.RAGs()),
	parserOf("RefKinds", vocab.RefKinds()), parserOf("Schemes", vocab.Schemes()),
	parserOf("Severities", vocab.Severities()), parserOf("CallTypes", funding.CallTypes()),
	parserOf("ConditionKinds", funding.ConditionKinds()), parserOf("FunderClasses", funding.FunderClasses()),
	parserOf("ReviewOutcomes", funding.ReviewOutcomes()), parserOf("Scopes", funding.Scopes()),
	parserOf("TransactionKinds", funding.TransactionKinds()), parserOf("BodyKinds", governance.BodyKinds()),
	parserOf("Cadences", governance.Cadences()), parserOf("ConflictSeverities", governance.ConflictSeverities()),
	parserOf("InterestKinds", governance.InterestKinds()), parserOf("Results", governance.Results()),
	parserOf("ThresholdRules", governance.ThresholdRules()), parserOf("VoteOptions", governance.VoteOptions()),
	parserOf("CohortKinds", programme.CohortKinds()), parserOf("FacilityKinds", programme.FacilityKinds()),
	parserOf("Kinds", programme.Kinds()), parserOf("Phases", programme.Phases()),
	parserOf("Stages", programme.Stages()), parserOf("Statuses", programme.Statuses()),
	parserOf("Precisions", vocab.Precisions()), parserOf("SourceKinds", vocab.SourceKinds()),
	parserOf("QuorumBases", governance.QuorumBases()), parserOf("CapacityUnits", programme.CapacityUnits()),
	parserOf("Intervals", programme.Intervals()), parserOf("ChangeModes", funding.ChangeModes()),
	parserOf("MoveKinds", funding.MoveKinds()), parserOf("CapModes", scenario.CapModes()),
	parserOf("TranslationStages", scenario.TranslationStages()), parserOf("DrawModes", scenario.DrawModes()),
	parserOf("Origins", ahscmodel.Origins()), parserOf("Outputs", scenario.Outputs()),
}

// Every enum accessor in the API listing is fuzzed by FuzzEnumParse.
func TestEnumParsersComplete(t *testing.T) {
	api, err := os.ReadFile("../.ci/api.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, m := range regexp.MustCompile(`(?m), func (\w+)\(\) (?:vocab\.)?Enum\[`).FindAllSubmatch(api, -1) {
		want = append(want, string(m[1]))
	}
	var got []string
	for _, p := range enumParsers {
		got = append(got, p.name)
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("enumParsers lists %v; the API has %v", got, want)
	}
}

// FuzzEnumParse: every enum accessor's Parse never panics, accepts exactly
// its codes (printing back as the input), refuses anything else with an
// ErrNotSupported problem listing them, agrees with Unmarshal and Check,
// and allocates at most a small multiple of its input (the problem copies
// the list of codes).
//
//	go test -run XXX -fuzz FuzzEnumParse -fuzztime 30s ./ahsc
func FuzzEnumParse(f *testing.F) {
	for _, p := range enumParsers {
		for _, v := range p.values {
			f.Add(v)
		}
	}
	for _, s := range []string{"", "University", "nhs trust", "not voting ", "\x00", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range enumParsers {
			decodetest.CheckParseAlloc(t, len(s), func() { _, _ = p.parse(s) })
			v, err := p.parse(s)
			known := slices.Contains(p.values, s)
			switch {
			case known && (err != nil || v != s):
				t.Fatalf("%s().Parse(%q) = %q, %v", p.name, s, v, err)
			case !known && (err == nil || !errors.Is(err, vocab.ErrNotSupported)):
				t.Fatalf("%s().Parse(%q) = %q, %v: want ErrNotSupported", p.name, s, v, err)
			case !known:
				var pr *vocab.Problem
				if !errors.As(err, &pr) || !slices.Equal(pr.Allowed, p.values) {
					t.Fatalf("%s().Parse(%q): %v does not list the codes %v", p.name, s, err, p.values)
				}
			}
			u, uerr := p.unmarshal([]byte(s))
			if s != "" && (u != v || (uerr == nil) != (err == nil)) {
				t.Fatalf("%s: Unmarshal(%q) = %q, %v; Parse = %q, %v", p.name, s, u, uerr, v, err)
			}
			if (p.check(s) == nil) != known {
				t.Fatalf("%s().Check(%q) = %v, but Parse says known %v", p.name, s, p.check(s), known)
			}
		}
	})
}
