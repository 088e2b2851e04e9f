package programme

import (
	"cmp"
	"errors"
	"maps"
	"math/big"
	"slices"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// bigBalance is balance summing in big.Rat throughout, as it once did.
func bigBalance[K ~string](ps []*Programme, parts func(*Programme, []keyWeight[K]) []keyWeight[K], rank func(K) int) (Balance[K], error) {
	sums := map[K]*big.Rat{}
	total := new(big.Rat)
	for _, pr := range ps {
		for _, kw := range parts(pr, nil) {
			if kw.key == "" {
				continue
			}
			if sums[kw.key] == nil {
				sums[kw.key] = new(big.Rat)
			}
			sums[kw.key].Add(sums[kw.key], kw.weight.Big())
			total.Add(total, kw.weight.Big())
		}
	}
	var b Balance[K]
	var err error
	if b.Total, err = vocab.RatioFromBig(total); err != nil {
		return Balance[K]{}, err
	}
	for _, k := range slices.SortedFunc(maps.Keys(sums), func(a, b K) int { return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b)) }) {
		e := Weighted[K]{Key: k}
		if e.Weight, err = vocab.RatioFromBig(sums[k]); err != nil {
			return Balance[K]{}, err
		}
		if total.Sign() != 0 {
			if e.Share, err = vocab.RatioFromBig(new(big.Rat).Quo(sums[k], total)); err != nil {
				return Balance[K]{}, err
			}
		}
		b.Entries = append(b.Entries, e)
	}
	return b, nil
}

// TestBalanceAgreesWithBigRat: summing in vocab.Ratio until a sum no
// longer fits, then in big.Rat, gives exactly the balance (or the
// overflow) that summing in big.Rat throughout gives, for weights small
// and large, positive and negative, that overflow int64 often.
func TestBalanceAgreesWithBigRat(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		weight := rapid.OneOf(
			rapid.Custom(func(t *rapid.T) vocab.Ratio {
				return vocab.MustRatio(rapid.Int64Range(0, 12).Draw(t, "n"), rapid.Int64Range(1, 12).Draw(t, "d"))
			}),
			rapid.Custom(func(t *rapid.T) vocab.Ratio {
				r, err := vocab.NewRatio(rapid.Int64Range(-1<<62, 1<<62).Draw(t, "bigN"), rapid.Int64Range(1, 1<<62).Draw(t, "bigD"))
				if err != nil {
					t.Skip(err)
				}
				return r
			}))
		var ps []*Programme
		for range rapid.IntRange(0, 8).Draw(t, "programmes") {
			pr := &Programme{}
			for range rapid.IntRange(0, 3).Draw(t, "areas") {
				pr.Areas = append(pr.Areas, Area{Category: rapid.SampledFrom(vocab.HealthCategories().Values()[:3]).Draw(t, "category"),
					Weight: weight.Draw(t, "weight")})
			}
			ps = append(ps, pr)
		}
		parts := func(pr *Programme, buf []keyWeight[vocab.HealthCategory]) []keyWeight[vocab.HealthCategory] {
			for _, a := range pr.Areas {
				buf = append(buf, keyWeight[vocab.HealthCategory]{a.Category, a.Weight})
			}
			return buf
		}
		rank := enumRank(vocab.HealthCategories().Values())
		want, wantErr := bigBalance(ps, parts, rank)
		got, gotErr := balance(slices.Values(ps), parts, rank)
		if (wantErr != nil) != (gotErr != nil) || (gotErr != nil && !errors.Is(gotErr, vocab.ErrOverflow)) {
			t.Fatalf("errors: big.Rat %v, balance %v", wantErr, gotErr)
		}
		if diff := gocmp.Diff(want, got, gocmp.Comparer(func(a, b vocab.Ratio) bool { return a.Compare(b) == 0 })); diff != "" {
			t.Fatalf("balance (-big.Rat +balance):\n%s", diff)
		}
	})
}
