package fundingtest

import (
	"fmt"
	"reflect"
	"strings"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/funding"
)

// Policy generates valid policies of one to eight rules from [Rule].
func Policy() *rapid.Generator[*funding.Policy] {
	return rapid.Custom(func(t *rapid.T) *funding.Policy {
		p := &funding.Policy{Version: vocab.CurrentVersion}
		for range rapid.IntRange(1, 8).Draw(t, "rules") {
			p.Rules = append(p.Rules, Rule().Draw(t, "rule"))
		}
		return p
	})
}

// Rule generates valid rules of every built-in kind ([funding.RuleKinds]),
// as [RuleOf] does.
func Rule() *rapid.Generator[funding.Rule] {
	return rapid.Custom(func(t *rapid.T) funding.Rule {
		k := rapid.SampledFrom(funding.RuleKinds()).Draw(t, "kind")
		return RuleOf(k).Draw(t, k.Code())
	})
}

// RuleOf generates valid rules of kind k, whatever the kind, so a new
// built-in rule needs no generator of its own. It fills the rule's fields
// by their types and keeps the rules whose Problems are empty:
//
//   - vocab.Ratio: a ratio in [0, 1] (caps and shares);
//   - vocab.Severity: "", "error" or "warning";
//   - an enum (a string type with EnumValues): one of its codes, or "" when
//     the field's JSON tag has omitempty;
//   - vocab.FinancialYear: a year from 2018-19 to 2025-26, or zero when
//     the field may be omitted;
//   - funding.Money: up to GBP 10,000,000.00, or zero when it may be
//     omitted;
//   - bool; and slices of any of these, empty or of up to three elements.
//
// A field of another type is a programming error: the generator fails the
// test, naming it.
func RuleOf(k funding.RuleKind) *rapid.Generator[funding.Rule] {
	return rapid.Custom(func(t *rapid.T) funding.Rule {
		zero := k.Zero()
		rt := reflect.TypeOf(zero)
		ptr := rt.Kind() == reflect.Pointer
		if ptr {
			rt = rt.Elem()
		}
		v := reflect.New(rt)
		for i := range rt.NumField() {
			f := rt.Field(i)
			if !f.IsExported() {
				continue
			}
			fill(t, v.Elem().Field(i), f.Type, optional(f), k.Code()+"."+f.Name)
		}
		if ptr {
			return v.Interface().(funding.Rule)
		}
		return v.Elem().Interface().(funding.Rule)
	}).Filter(func(r funding.Rule) bool { return len(r.Problems(nil)) == 0 })
}

// optional reports whether a field may be left out of its JSON object.
func optional(f reflect.StructField) bool {
	tag := f.Tag.Get("json")
	return strings.Contains(tag, ",omitempty") || strings.Contains(tag, ",omitzero")
}

var (
	ratioType    = reflect.TypeFor[vocab.Ratio]()
	severityType = reflect.TypeFor[vocab.Severity]()
	yearType     = reflect.TypeFor[vocab.FinancialYear]()
	moneyType    = reflect.TypeFor[funding.Money]()
	enumType     = reflect.TypeFor[interface{ EnumValues() []string }]()
)

// fill sets v, of type typ, to a drawn value; optional fields may be zero.
func fill(t *rapid.T, v reflect.Value, typ reflect.Type, optional bool, label string) {
	var x any
	switch {
	case typ == ratioType:
		x = vocabtest.Ratio().Draw(t, label)
	case typ == severityType:
		x = rapid.SampledFrom([]vocab.Severity{"", vocab.SeverityError, vocab.SeverityWarning}).Draw(t, label)
	case typ == yearType:
		years := []vocab.FinancialYear{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025}
		if optional {
			years = append(years, 0)
		}
		x = rapid.SampledFrom(years).Draw(t, label)
	case typ == moneyType:
		x = funding.Amount(funding.GBP, rapid.Int64Range(1, 1_000_000_000).Draw(t, label))
		if optional && rapid.Bool().Draw(t, label+"Omitted") {
			x = funding.Money{}
		}
	case typ.Kind() == reflect.String && typ.Implements(enumType):
		codes := reflect.Zero(typ).Interface().(interface{ EnumValues() []string }).EnumValues()
		if optional {
			codes = append(codes, "")
		}
		v.SetString(rapid.SampledFrom(codes).Draw(t, label))
		return
	case typ.Kind() == reflect.Bool:
		v.SetBool(rapid.Bool().Draw(t, label))
		return
	case typ.Kind() == reflect.Slice:
		n := rapid.IntRange(0, 3).Draw(t, label+"Len")
		if n == 0 {
			return // nil, as decoding an omitted list gives
		}
		s := reflect.MakeSlice(typ, n, n)
		for i := range n {
			fill(t, s.Index(i), typ.Elem(), false, fmt.Sprintf("%s[%d]", label, i))
		}
		v.Set(s)
		return
	default:
		t.Fatalf("fundingtest: RuleOf cannot generate %s of type %s", label, typ)
	}
	v.Set(reflect.ValueOf(x))
}

// Change generates valid changes for [funding.ApplyChange]: a
// private-share cap (either scope, sometimes limited to one year of the
// generated ledgers' range) or a funder-concentration cap, declined (a
// private-share cap sometimes backfilled by a class it does not count) or
// deferred for one to three years.
func Change() *rapid.Generator[funding.Change] {
	return rapid.Custom(func(t *rapid.T) funding.Change {
		c := funding.Change{Mode: rapid.SampledFrom(funding.ChangeModes().Values()).Draw(t, "mode")}
		var year vocab.FinancialYear
		if rapid.IntRange(0, 3).Draw(t, "oneYear") == 0 {
			year = rapid.SampledFrom([]vocab.FinancialYear{2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025}).Draw(t, "year")
		}
		capRatio := rapid.OneOf(vocabtest.Ratio(), rapid.SampledFrom([]vocab.Ratio{vocab.IntRatio(0), vocab.IntRatio(1),
			vocab.Percent(30), vocab.MustRatio(1, 3)})).Draw(t, "cap")
		private := rapid.Bool().Draw(t, "private")
		if private {
			r := funding.PrivateShareCap{Scope: rapid.SampledFrom(funding.Scopes().Values()).Draw(t, "scope"), Cap: capRatio, Year: year}
			if rapid.Bool().Draw(t, "moreClasses") {
				r.Classes = []funding.FunderClass{funding.FunderClassPrivate, funding.FunderClassPhilanthropic}
			}
			c.Rule = r
		} else {
			c.Rule = funding.FunderConcentrationCap{Cap: capRatio, Year: year}
		}
		switch c.Mode {
		case funding.ChangeModeDecline:
			if private && rapid.Bool().Draw(t, "backfilled") {
				c.Backfill = rapid.SampledFrom([]funding.FunderClass{funding.FunderClassPublic, funding.FunderClassAcademic}).Draw(t, "backfill")
				c.BackfillShare = rapid.OneOf(rapid.Just(vocab.IntRatio(1)), vocabtest.Ratio()).
					Filter(func(r vocab.Ratio) bool { return !r.IsZero() }).Draw(t, "backfillShare")
			}
		case funding.ChangeModeDefer:
			c.ExpiresAfter = rapid.IntRange(1, 3).Draw(t, "expiresAfter")
		}
		return c
	})
}
