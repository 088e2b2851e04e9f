package funding

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// RestrictedPurpose requires restricted funds to be spent only on their
// purpose. For every award with a restricted [Condition], each allocation
// and each disbursement (on or before the evaluation date) must go to a
// programme the condition allows: a listed programme, or a programme whose
// HRCS categories ([Env.Programmes]) or the disbursement's own health
// category include a listed one. A disbursement that records neither a
// programme nor a category, under an award with no allocations, cannot be
// shown to meet the restriction and gets a warning. A finding's Limit lists
// every purpose the restrictions allow; its Explanation names the first
// eight and counts the rest, so that the findings' text grows with the
// number of breaches and not with their product with the conditions.
type RestrictedPurpose struct {
	// Severity of the findings; error when empty.
	Severity vocab.Severity `json:"severity,omitempty"`
}

// Kind returns "restricted-purpose".
func (RestrictedPurpose) Kind() string { return "restricted-purpose" }

func init() {
	registerBuiltin(NewRuleKind[RestrictedPurpose]("keeps restricted funds to the programmes or health categories their conditions allow"))
}

// Describe states the rule.
func (RestrictedPurpose) Describe() string { return "restricted funds spent only on their purpose" }

// Problems checks the severity.
func (r RestrictedPurpose) Problems(p *vocab.Path) vocab.Problems {
	return vocab.Problems{}.Add(vocab.Severities().Check(p.Child("severity"), r.Severity, false))
}

// Evaluate reports each allocation and disbursement outside its award's
// restriction. Each award's restricted conditions are indexed once
// ([restrictionIndex]), so a spend costs a few map lookups however many
// conditions the award has.
func (r RestrictedPurpose) Evaluate(in *Input) []Finding {
	var out []Finding
	// A large award's index is kept for the rest of the evaluation; a
	// small award's costs no more to build again than to look up, so only
	// the last one is kept (an award's transactions usually come together).
	indexes := map[*Award]*restrictionIndex{}
	var last *Award
	var lastIndex *restrictionIndex
	index := func(a *Award) *restrictionIndex {
		if a == last {
			return lastIndex
		}
		ri := indexes[a]
		if ri == nil {
			if ri = newRestrictionIndex(a); ri.small == nil {
				indexes[a] = ri
			}
		}
		last, lastIndex = a, ri
		return ri
	}
	cats := programmeCategories{env: in.Env.Programmes}
	allows := func(a *Award, programme vocab.ProgrammeID, hc vocab.HealthCategory) bool {
		return index(a).allows(&cats, programme, hc)
	}
	breach := func(subject string, p *vocab.Path, a *Award, verb, what string, m Money) {
		limit, short := index(a).text(a)
		out = append(out, Finding{Subject: subject, Path: p, Measured: what, Limit: limit,
			Measure: Measure{Amount: m}, Severity: severityOr(r.Severity),
			Explanation: fmt.Sprintf("%s of restricted award %s %s %s, outside its restriction to %s.",
				m, a.ID, verb, what, short)})
	}
	// Paths and allocated amounts are computed only for breaches.
	for i, a := range in.awardsAt() {
		if !a.restricted() {
			continue
		}
		var allocated []Money
		for j, al := range a.Allocations {
			if !allows(a, al.Programme, "") {
				if allocated == nil {
					allocated, _, _ = a.Allocated()
				}
				breach(fmt.Sprintf("award %s allocation %s", a.ID, al.Programme),
					vocab.NewPath("awards").Index(i).Child("allocations").Index(j).Child("programme"),
					a, "is allocated to", "programme "+string(al.Programme), allocated[j])
			}
		}
	}
	for i, t := range in.Ledger.Transactions {
		a, ok := in.Award(t.Award)
		if !ok || t.Kind != TransactionKindDisbursement || !in.Includes(t.Date) || !a.restricted() {
			continue
		}
		switch {
		case t.Programme != "" || t.HealthCategory != "":
			if !allows(a, t.Programme, t.HealthCategory) {
				breach("transaction "+t.ID, vocab.NewPath("transactions").Index(i), a, "was disbursed to", spendText(t), t.Amount)
			}
		case len(a.Allocations) == 0:
			out = append(out, Finding{Subject: "transaction " + t.ID, Path: vocab.NewPath("transactions").Index(i), Measured: "purpose not recorded",
				Limit: index(a).limit(a), Measure: Measure{Amount: t.Amount}, Severity: vocab.SeverityWarning,
				Explanation: fmt.Sprintf("Disbursement %s of restricted award %s records no programme or health category, so its purpose cannot be checked.", t.ID, a.ID)})
		}
	}
	return out
}

// categoryBits numbers the HRCS health categories, one bit each, for the
// category sets of [restrictionIndex]. There are 21 (a test checks), so a
// set fits a uint32.
var categoryBits = func() map[vocab.HealthCategory]uint32 {
	m := map[vocab.HealthCategory]uint32{}
	for i, c := range vocab.HealthCategories().Values() {
		if i < 32 {
			m[c] = 1 << i
		}
	}
	return m
}()

// categoryMask returns the set of the known categories in cs; unknown ones
// are left out.
func categoryMask(cs []vocab.HealthCategory) uint32 {
	var m uint32
	for _, c := range cs {
		m |= categoryBits[c]
	}
	return m
}

// programmeCategories caches, for one evaluation, each programme's HRCS
// categories from the environment as a category set: one question to the
// environment per programme.
type programmeCategories struct {
	env   ProgrammeCategories
	masks map[vocab.ProgrammeID]uint32
	lists map[vocab.ProgrammeID][]vocab.HealthCategory // for awards checked condition by condition
}

// of returns programme's categories, as a set and as the environment
// listed them; none for "" or without an environment.
func (pc *programmeCategories) of(programme vocab.ProgrammeID) (uint32, []vocab.HealthCategory) {
	if programme == "" || pc.env == nil {
		return 0, nil
	}
	if m, ok := pc.masks[programme]; ok {
		return m, pc.lists[programme]
	}
	if pc.masks == nil {
		pc.masks, pc.lists = map[vocab.ProgrammeID]uint32{}, map[vocab.ProgrammeID][]vocab.HealthCategory{}
	}
	cs := pc.env.HealthCategories(programme)
	pc.masks[programme], pc.lists[programme] = categoryMask(cs), cs
	return pc.masks[programme], cs
}

// restrictionIndex answers, for one award, whether a spend on a programme
// (with the programme's categories and the spend's own category, a set m)
// meets every restricted condition, as each [Condition.Allows] would.
//
// A condition c, listing programmes P and categories of set M, refuses
// the spend exactly when the programme is not in P and M misses m. So the
// refusing conditions number A(m) − B(p, m), where A(m) counts the
// conditions whose M misses m and B(p, m) those among them that list p,
// and the spend is allowed when that is zero. The index keeps the
// conditions' distinct category sets with their counts (for A) and, per
// programme, the category sets of the conditions listing it (for B), and
// memoises A per m and the verdict per (p, m).
//
// Cost, for an award with k restricted conditions naming L programmes in
// all, G distinct category sets among them, and s spends over D distinct
// sets m: building is O(k + L); a spend is O(1) map lookups once its
// verdict is memoised; each new (p, m) costs the category sets of the
// conditions listing p, and a programme meets at most 22 distinct m (its
// own categories plus none or one of 21 spend categories), so all of B is
// O(22 L); each new m costs G, so all of A is O(D × G) — bounded by a
// constant independent of n, since both D and G are at most the 2^21 sets
// of HRCS categories — and once that work passes 21 × 2^21 steps the
// counts for every m are instead tabulated in that many steps (a
// subset-sum transform). So an award costs O(s + k + L) plus at most about
// 44 million steps, never the O(s × k) of asking each condition.
//
// An award with a condition naming a category outside the HRCS list (which
// validation rejects, so [Evaluate] never sees one) is checked condition
// by condition. So is a small award (at most smallConditions conditions,
// whose restricted ones list at most smallPurposes programmes and
// categories in all), the common case: asking its few conditions costs a
// bounded number of steps per spend, and less than building maps.
type restrictionIndex struct {
	small      *Award                            // a small award, checked condition by condition
	smallCats  bool                              // a condition of the small award names categories
	n          int                               // restricted conditions
	scan       bool                              // check condition by condition
	conditions []Condition                       // the restricted conditions, when scan is set
	groups     []maskCount                       // the conditions' distinct category sets, with counts
	listing    map[vocab.ProgrammeID][]maskCount // per programme: category sets of the conditions listing it
	missing    map[uint32]int                    // memo: A(m)
	work       int                               // group visits spent on A so far
	table      []int32                           // once tabulated: conditions whose set lies within s, for each s
	verdict    map[programmeSet]bool             // memo: allowed, per (p, m)
	full       string                            // restrictionText, once built
	short      string                            // its first explainedPurposes purposes
	hasText    bool
}

type maskCount struct {
	mask  uint32
	count int
}

type programmeSet struct {
	programme vocab.ProgrammeID
	mask      uint32
}

// tabulateAfter is the work on A(m) after which every A(m) is tabulated
// instead: the cost of tabulating, 21 × 2^21 steps.
const tabulateAfter = 21 << 21

// smallConditions and smallPurposes bound a small award (see
// [restrictionIndex]).
const (
	smallConditions = 8
	smallPurposes   = 16
)

func newRestrictionIndex(a *Award) *restrictionIndex {
	if len(a.Conditions) <= smallConditions {
		purposes, cats, known := 0, false, true
		for i := range a.Conditions {
			if c := &a.Conditions[i]; c.Kind == ConditionKindRestricted {
				purposes += len(c.Programmes) + len(c.HealthCategories)
				cats = cats || len(c.HealthCategories) > 0
				for _, hc := range c.HealthCategories {
					_, ok := categoryBits[hc]
					known = known && ok
				}
			}
		}
		if purposes <= smallPurposes && known {
			return &restrictionIndex{small: a, smallCats: cats}
		}
	}
	return fullRestrictionIndex(a)
}

// fullRestrictionIndex indexes any award's restricted conditions.
func fullRestrictionIndex(a *Award) *restrictionIndex {
	ri := &restrictionIndex{listing: map[vocab.ProgrammeID][]maskCount{}, missing: map[uint32]int{}, verdict: map[programmeSet]bool{}}
	type listed struct{ count, last int }
	pairs := map[programmeSet]*listed{}
	groups := map[uint32]int{}
	for i := range a.Conditions {
		c := &a.Conditions[i]
		if c.Kind != ConditionKindRestricted {
			continue
		}
		ri.n++
		var m uint32
		for _, hc := range c.HealthCategories {
			bit, ok := categoryBits[hc]
			if !ok {
				ri.scan = true
			}
			m |= bit
		}
		groups[m]++
		for _, p := range c.Programmes {
			if p == "" {
				continue // Allows never matches an empty programme
			}
			k := programmeSet{p, m}
			e := pairs[k]
			switch {
			case e == nil:
				pairs[k] = &listed{count: 1, last: i}
			case e.last != i: // each condition counts once, however often it lists p
				e.count, e.last = e.count+1, i
			}
		}
	}
	if ri.scan {
		ri.conditions = a.Restrictions()
	}
	for m, n := range groups {
		ri.groups = append(ri.groups, maskCount{m, n})
	}
	for k, e := range pairs {
		ri.listing[k.programme] = append(ri.listing[k.programme], maskCount{k.mask, e.count})
	}
	return ri
}

// allows reports whether a spend on programme (whose categories pc knows)
// with its own category hc meets every restricted condition of a.
func (ri *restrictionIndex) allows(pc *programmeCategories, programme vocab.ProgrammeID, hc vocab.HealthCategory) bool {
	if ri.small != nil {
		return ri.smallAllows(pc, programme, hc)
	}
	m, cats := pc.of(programme)
	if ri.scan {
		return ri.scanAllows(programme, cats, hc)
	}
	m |= categoryBits[hc]
	k := programmeSet{programme, m}
	if v, ok := ri.verdict[k]; ok {
		return v
	}
	refusing := ri.missingFor(m)
	for _, g := range ri.listing[programme] {
		if g.mask&m == 0 {
			refusing -= g.count
		}
	}
	ri.verdict[k] = refusing == 0
	return refusing == 0
}

// smallAllows asks each restricted condition of a small award, as
// [Condition.Allows] would with the programme's categories and hc.
func (ri *restrictionIndex) smallAllows(pc *programmeCategories, programme vocab.ProgrammeID, hc vocab.HealthCategory) bool {
	var m uint32
	if ri.smallCats {
		m, _ = pc.of(programme)
		m |= categoryBits[hc]
	}
	for i := range ri.small.Conditions {
		c := &ri.small.Conditions[i]
		if c.Kind != ConditionKindRestricted || (programme != "" && slices.Contains(c.Programmes, programme)) ||
			categoryMask(c.HealthCategories)&m != 0 {
			continue
		}
		return false
	}
	return true
}

// missingFor returns A(m): the conditions whose categories miss m.
func (ri *restrictionIndex) missingFor(m uint32) int {
	if ri.table != nil {
		return int(ri.table[^m&uint32(len(ri.table)-1)])
	}
	if n, ok := ri.missing[m]; ok {
		return n
	}
	if ri.work += len(ri.groups); ri.work > tabulateAfter && len(categoryBits) <= 24 {
		ri.tabulate()
		return ri.missingFor(m)
	}
	n := 0
	for _, g := range ri.groups {
		if g.mask&m == 0 {
			n += g.count
		}
	}
	ri.missing[m] = n
	return n
}

// tabulate sets table[s] to the number of conditions whose category set
// lies within s, for every set s: the subset-sum (zeta) transform.
func (ri *restrictionIndex) tabulate() {
	bits := len(categoryBits)
	t := make([]int32, 1<<bits)
	for _, g := range ri.groups {
		t[g.mask] += int32(g.count)
	}
	for b := range bits {
		for s := range t {
			if s&(1<<b) != 0 {
				t[s] += t[s^(1<<b)]
			}
		}
	}
	ri.table = t
}

// scanAllows asks every restricted condition, for an award the index
// cannot hold.
func (ri *restrictionIndex) scanAllows(programme vocab.ProgrammeID, cats []vocab.HealthCategory, hc vocab.HealthCategory) bool {
	if hc != "" {
		cats = append(slices.Clip(cats), hc)
	}
	for i := range ri.conditions {
		if c := &ri.conditions[i]; !c.Allows(programme, cats) {
			return false
		}
	}
	return true
}

// text returns restrictionText(a) and its first [explainedPurposes]
// purposes, built once.
func (ri *restrictionIndex) text(a *Award) (full, short string) {
	if !ri.hasText {
		ri.full, ri.short = restrictionText(a)
		ri.hasText = true
	}
	return ri.full, ri.short
}

// limit returns restrictionText(a), built once.
func (ri *restrictionIndex) limit(a *Award) string {
	full, _ := ri.text(a)
	return full
}

func spendText(t Transaction) string {
	switch {
	case t.Programme != "" && t.HealthCategory != "":
		return fmt.Sprintf("programme %s (%s)", t.Programme, t.HealthCategory)
	case t.Programme != "":
		return "programme " + string(t.Programme)
	}
	return "health category " + string(t.HealthCategory)
}

// explainedPurposes is how many purposes a finding's explanation names.
const explainedPurposes = 8

// restrictionText lists what an award's restrictions allow, in full and
// (short) its first [explainedPurposes] purposes followed by the number of
// the others: "cancer-and-neoplasms, … and 3 more".
func restrictionText(a *Award) (full, short string) {
	var b strings.Builder
	n := 0
	add := func(prefix, t string) {
		if n++; n == explainedPurposes+1 {
			short = b.String()
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(prefix)
		b.WriteString(t)
	}
	for i := range a.Conditions {
		c := &a.Conditions[i]
		if c.Kind != ConditionKindRestricted {
			continue
		}
		for _, p := range c.Programmes {
			add("programme ", string(p))
		}
		for _, hc := range c.HealthCategories {
			add("", string(hc))
		}
	}
	full = b.String()
	if n <= explainedPurposes {
		return full, full
	}
	return full, fmt.Sprintf("%s and %d more", short, n-explainedPurposes)
}
