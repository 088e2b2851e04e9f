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
	return balance(ps, func(pr *Programme, buf []keyWeight[vocab.HealthCategory]) []keyWeight[vocab.HealthCategory] {
		for _, a := range pr.Areas {
			buf = append(buf, keyWeight[vocab.HealthCategory]{a.Category, a.Weight})
		}
		return buf
	}, enumRank(vocab.HealthCategories().Values()))
}

// BalanceByPartner breaks programmes down by participating partner,
// weighting each by the partners' shares.
func BalanceByPartner(ps iter.Seq[*Programme]) (Balance[vocab.OrgID], error) {
	return balance(ps, func(pr *Programme, buf []keyWeight[vocab.OrgID]) []keyWeight[vocab.OrgID] {
		for _, pt := range pr.Participants {
			buf = append(buf, keyWeight[vocab.OrgID]{pt.Partner, pt.Share})
		}
		return buf
	}, func(vocab.OrgID) int { return 0 })
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

// keyWeight is one key of a dimension and the weight a programme puts on it.
type keyWeight[K ~string] struct {
	key    K
	weight vocab.Ratio
}

// single makes a dimension in which each programme puts weight 1 on one key.
func single[K ~string](key func(*Programme) K) func(*Programme, []keyWeight[K]) []keyWeight[K] {
	return func(pr *Programme, buf []keyWeight[K]) []keyWeight[K] {
		return append(buf, keyWeight[K]{key(pr), vocab.IntRatio(1)})
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

// balance sums each programme's weights per key (parts appends them to
// a buffer) exactly. Empty keys are
// skipped. It reports vocab.ErrOverflow when a sum does not fit a Ratio.
// Sums stay in vocab.Ratio, without allocating, while they fit, and
// continue in big.Rat only once one does not.
func balance[K ~string](ps iter.Seq[*Programme], parts func(*Programme, []keyWeight[K]) []keyWeight[K], rank func(K) int) (Balance[K], error) {
	sums := map[K]*exactSum{}
	var total exactSum
	var buf []keyWeight[K] // each programme's weights, reused
	for pr := range ps {
		if pr == nil {
			continue
		}
		buf = parts(pr, buf[:0])
		for _, kw := range buf {
			k, w := kw.key, kw.weight
			if k == "" {
				continue
			}
			acc, ok := sums[k]
			if !ok {
				acc = new(exactSum)
				sums[k] = acc
			}
			acc.add(w)
			total.add(w)
		}
	}
	keys := slices.SortedFunc(maps.Keys(sums), func(a, b K) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a, b))
	})
	var b Balance[K]
	var err error
	if b.Total, err = total.ratio(); err != nil {
		return Balance[K]{}, err
	}
	for _, k := range keys {
		e := Weighted[K]{Key: k}
		if e.Weight, err = sums[k].ratio(); err != nil {
			return Balance[K]{}, err
		}
		if total.sign() != 0 {
			if e.Share, err = sums[k].quo(&total); err != nil {
				return Balance[K]{}, err
			}
		}
		b.Entries = append(b.Entries, e)
	}
	return b, nil
}

// exactSum is an exact running sum: a vocab.Ratio while it fits, a big.Rat
// from the first addition whose result does not.
type exactSum struct {
	r   vocab.Ratio
	big *big.Rat
}

func (s *exactSum) add(w vocab.Ratio) {
	if s.big == nil {
		if r, err := s.r.Add(w); err == nil {
			s.r = r
			return
		}
		s.big = s.r.Big()
	}
	s.big.Add(s.big, w.Big())
}

// rat returns the sum as a big.Rat (a new one while it fits a Ratio).
func (s *exactSum) rat() *big.Rat {
	if s.big != nil {
		return s.big
	}
	return s.r.Big()
}

// ratio returns the sum, or vocab.ErrOverflow when it does not fit.
func (s *exactSum) ratio() (vocab.Ratio, error) {
	if s.big != nil {
		return vocab.RatioFromBig(s.big)
	}
	return s.r, nil
}

func (s *exactSum) sign() int {
	if s.big != nil {
		return s.big.Sign()
	}
	return s.r.Sign()
}

// quo returns s / t, t not zero, or vocab.ErrOverflow when it does not fit.
func (s *exactSum) quo(t *exactSum) (vocab.Ratio, error) {
	if s.big == nil && t.big == nil {
		if inv, err := vocab.NewRatio(t.r.Den(), t.r.Num()); err == nil {
			return s.r.Mul(inv) // exact, or ErrOverflow when the quotient does not fit
		}
	}
	return vocab.RatioFromBig(new(big.Rat).Quo(s.rat(), t.rat()))
}
