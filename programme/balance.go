package programme

import (
	"cmp"
	"iter"
	"maps"
	"math/big"
	"slices"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Balance is a portfolio broken down by one dimension (therapeutic area,
// kind, stage or partner), exactly: each programme contributes its weights
// for the dimension, which sum to 1, so Total is the number of programmes
// counted and the entries' weights sum to Total.
type Balance[K ~string] struct {
	// Entries are the keys with their summed weights, in a deterministic
	// order: enum declaration order, or ID order for partners.
	Entries []Weighted[K]
	// Total is the sum of every entry's weight.
	Total vocab.Ratio
}

// Weighted is one entry of a [Balance].
type Weighted[K ~string] struct {
	// Key is the area, kind, stage or partner.
	Key K
	// Weight is the sum over programmes of the key's weight: 2 programmes
	// entirely in cancer and one half in cancer give 5/2.
	Weight vocab.Ratio
	// Share is Weight divided by the balance's Total (zero when it is zero).
	Share vocab.Ratio
}

// Weight returns the weight of key, zero when it has none.
func (b Balance[K]) Weight(key K) vocab.Ratio {
	for _, e := range b.Entries {
		if e.Key == key {
			return e.Weight
		}
	}
	return vocab.Ratio{}
}

// BalanceByArea breaks programmes down by HRCS health category, weighting
// each by its area weights. Programmes without areas are not counted.
func BalanceByArea(ps iter.Seq[*Programme]) (Balance[vocab.HealthCategory], error) {
	return balance(ps, (*Programme).areaWeights, enumRank(vocab.HealthCategories().Values()))
}

// BalanceByPartner breaks programmes down by participating partner,
// weighting each by the partners' shares.
func BalanceByPartner(ps iter.Seq[*Programme]) (Balance[vocab.OrgID], error) {
	return balance(ps, (*Programme).partnerShares, func(vocab.OrgID) int { return 0 })
}

// BalanceByKind counts programmes by kind (each programme weighs 1).
func BalanceByKind(ps iter.Seq[*Programme]) (Balance[Kind], error) {
	return balance(ps, single(func(pr *Programme) Kind { return pr.Kind }), enumRank(kinds.Values()))
}

// BalanceByStage counts programmes by translational stage (each programme
// weighs 1). Programmes without a stage are not counted.
func BalanceByStage(ps iter.Seq[*Programme]) (Balance[Stage], error) {
	return balance(ps, single(func(pr *Programme) Stage { return pr.Stage }), enumRank(stages.Values()))
}

// single makes a dimension in which each programme puts weight 1 on one key.
func single[K ~string](key func(*Programme) K) func(*Programme) iter.Seq2[K, vocab.Ratio] {
	return func(pr *Programme) iter.Seq2[K, vocab.Ratio] {
		return func(yield func(K, vocab.Ratio) bool) { yield(key(pr), vocab.IntRatio(1)) }
	}
}

// enumRank orders keys by their position in values; unknown keys go last.
func enumRank[K comparable](values []K) func(K) int {
	return func(k K) int {
		if i := slices.Index(values, k); i >= 0 {
			return i
		}
		return len(values)
	}
}

// balance sums each programme's weights per key exactly. Empty keys are
// skipped. It reports vocab.ErrOverflow when a sum does not fit a Ratio.
func balance[K ~string](ps iter.Seq[*Programme], parts func(*Programme) iter.Seq2[K, vocab.Ratio], rank func(K) int) (Balance[K], error) {
	sums := map[K]*big.Rat{}
	total := new(big.Rat)
	for pr := range ps {
		if pr == nil {
			continue
		}
		for k, w := range parts(pr) {
			if k == "" {
				continue
			}
			acc, ok := sums[k]
			if !ok {
				acc = new(big.Rat)
				sums[k] = acc
			}
			acc.Add(acc, w.Big())
			total.Add(total, w.Big())
		}
	}
	keys := slices.SortedFunc(maps.Keys(sums), func(a, b K) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b))
	})
	var b Balance[K]
	var err error
	if b.Total, err = vocab.RatioFromBig(total); err != nil {
		return Balance[K]{}, err
	}
	for _, k := range keys {
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
