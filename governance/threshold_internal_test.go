package governance

import (
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Every listed threshold rule has a meaning, so validation and Decide
// never meet a listed rule they cannot evaluate; an unlisted code has none
// and is never met.
func TestEveryThresholdRuleHasASpec(t *testing.T) {
	for _, r := range ThresholdRules().Values() {
		spec, ok := r.spec()
		if !ok || spec.measure == nil {
			t.Errorf("threshold rule %q has no case in ThresholdRule.spec", r)
		}
	}
	if _, ok := ThresholdRule("plurality").spec(); ok {
		t.Error("an unlisted rule has a spec")
	}
	met, why := Threshold{Rule: "plurality", Share: vocab.MustRatio(1, 2)}.met(tally{yes: 5, eligibleWeight: 5, yesHeads: 5, presentHeads: 5})
	if met || why != `the threshold rule "plurality" is not supported` {
		t.Errorf("an unlisted rule: met %v, %q", met, why)
	}
}

// Each rule against a known tally: 3 yes, 2 no, 1 abstain present, 2
// absent, all weight 1.
func TestThresholdRulesKnownAnswers(t *testing.T) {
	v := tally{yes: 3, no: 2, yesHeads: 3, presentHeads: 6, presentWeight: 6, eligibleWeight: 8}
	for _, c := range []struct {
		t    Threshold
		want bool
		why  string
	}{
		{Majority(), true, "3 yes, 2 no; the threshold is more than 1/2 of votes cast"},
		{TwoThirds(), false, "3 yes, 2 no; the threshold is at least 2/3 of votes cast"},
		{Threshold{Rule: ThresholdRuleVotesCast, Share: vocab.MustRatio(3, 5)}, true, "3 yes, 2 no; the threshold is at least 3/5 of votes cast"},
		{Threshold{Rule: ThresholdRuleVotesCast, Share: vocab.MustRatio(3, 5), MoreThan: true}, false, "3 yes, 2 no; the threshold is more than 3/5 of votes cast"},
		{Threshold{Rule: ThresholdRuleEligibleMembers, Share: vocab.MustRatio(3, 8)}, true, "3 yes of 8 eligible; the threshold is at least 3/8 of eligible members"},
		{Threshold{Rule: ThresholdRuleEligibleMembers, Share: vocab.MustRatio(1, 2), MoreThan: true}, false, "3 yes of 8 eligible; the threshold is more than 1/2 of eligible members"},
		{Threshold{Rule: ThresholdRuleUnanimity}, false, "3 of 6 eligible members present voted yes; unanimity needs all"},
		{Threshold{Rule: ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2)}, true, "3 yes, 2 no of 6 eligible members present; the threshold is at least 1/2 of members present"},
		{Threshold{Rule: ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2), MoreThan: true}, false, "3 yes, 2 no of 6 eligible members present; the threshold is more than 1/2 of members present"},
	} {
		if met, why := c.t.met(v); met != c.want || why != c.why {
			t.Errorf("%+v: got %v %q, want %v %q", c.t, met, why, c.want, c.why)
		}
	}
	if met, _ := (Threshold{Rule: ThresholdRuleUnanimity}).met(tally{yes: 4, yesHeads: 4, presentHeads: 4, eligibleWeight: 9}); !met {
		t.Error("unanimity of those present not met")
	}
	if met, why := Majority().met(tally{eligibleWeight: 3, presentHeads: 3}); met || why != "no votes were cast for or against" {
		t.Errorf("no votes: %v %q", met, why)
	}
	if Majority().castingVoteApplies() != true || (Threshold{Rule: ThresholdRuleUnanimity}).castingVoteApplies() ||
		(Threshold{Rule: ThresholdRuleMembersPresent}).castingVoteApplies() || !(Threshold{Rule: ThresholdRuleEligibleMembers}).castingVoteApplies() {
		t.Error("a casting vote settles ties under votes cast and eligible members, never under unanimity or members present")
	}
	// Paired members are left out of members present and say so; a
	// weighted base is the weight of the members present.
	paired := tally{yes: 7, no: 2, yesHeads: 2, presentHeads: 3, pairedHeads: 2, presentWeight: 12, eligibleWeight: 20}
	for _, c := range []struct {
		t    Threshold
		want bool
		why  string
	}{
		{Threshold{Rule: ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 2), MoreThan: true}, true,
			"7 yes, 2 no of 12 eligible members present (2 paired, not counted); the threshold is more than 1/2 of members present"},
		{Threshold{Rule: ThresholdRuleMembersPresent, Share: vocab.MustRatio(2, 3)}, false,
			"7 yes, 2 no of 12 eligible members present (2 paired, not counted); the threshold is at least 2/3 of members present"},
		{Threshold{Rule: ThresholdRuleUnanimity}, false, "2 of 3 eligible members present (2 paired, not counted) voted yes; unanimity needs all"},
	} {
		if met, why := c.t.met(paired); met != c.want || why != c.why {
			t.Errorf("%+v: got %v %q, want %v %q", c.t, met, why, c.want, c.why)
		}
	}
	if met, why := (Threshold{Rule: ThresholdRuleMembersPresent, Share: vocab.MustRatio(1, 3)}).met(tally{}); met || why != "0 yes, 0 no of 0 eligible members present; the threshold is at least 1/3 of members present" {
		t.Errorf("nobody present: %v %q", met, why)
	}
}
