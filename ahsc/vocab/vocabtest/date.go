package vocabtest

import (
	"fmt"
	"time"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// MinDate and MaxDate bound every generated date: the open ends of periods
// are clamped to them.
var (
	MinDate = vocab.MustDate(1990, time.January, 1)
	MaxDate = vocab.MustDate(2040, time.December, 31)
)

// Date generates days from [MinDate] to [MaxDate]; it shrinks towards
// MinDate. Every generated date is exact (day precision): use it for fields
// that must be days, and [PartialDate] or [Coarsened] where a month or a
// year may stand instead.
func Date() *rapid.Generator[vocab.Date] {
	return dateBetween(MinDate, MaxDate)
}

// PartialDate generates dates from [MinDate] to [MaxDate] at any
// precision: a day, a month or a year, about a third each. It shrinks
// towards a day near MinDate.
func PartialDate() *rapid.Generator[vocab.Date] {
	return rapid.Custom(func(t *rapid.T) vocab.Date {
		return Coarsened(Date().Draw(t, "day")).Draw(t, "partial")
	})
}

// Precision generates the precisions of a date, shrinking towards day.
func Precision() *rapid.Generator[vocab.Precision] {
	return rapid.SampledFrom(vocab.Precisions().Values())
}

// Coarsened generates d at its own precision or a coarser one: d itself,
// its month or its year. A coarsened date contains d ([vocab.Date.Contains]),
// so a period whose bounds are coarsened may cover every day the original
// covered, and certainly covers no day the original did not. It shrinks
// towards d unchanged.
func Coarsened(d vocab.Date) *rapid.Generator[vocab.Date] {
	return rapid.Custom(func(t *rapid.T) vocab.Date {
		return d.Truncate(Precision().Draw(t, "precision"))
	})
}

// CoarsenedPeriod generates p with each bound coarsened independently
// ([Coarsened]); open ends stay open. The result is valid when p is, and
// may cover every day p covers ([vocab.Period.MayCover]).
func CoarsenedPeriod(p vocab.Period) *rapid.Generator[vocab.Period] {
	return rapid.Custom(func(t *rapid.T) vocab.Period {
		return vocab.PeriodOf(Coarsened(p.Start).Draw(t, "start"), Coarsened(p.End).Draw(t, "end"))
	})
}

// DateIn generates days within p (within what p may cover, when its bounds
// are partial). An open end is clamped to [MinDate] or
// [MaxDate] (or to p's other end when that lies beyond them). It panics when
// p is invalid (its end before its start), as that is a bug in the test.
func DateIn(p vocab.Period) *rapid.Generator[vocab.Date] {
	lo, hi := bounds(p)
	return dateBetween(lo, hi)
}

// bounds returns the closed range of dates generators draw from for p.
func bounds(p vocab.Period) (lo, hi vocab.Date) {
	if !p.IsValid() {
		panic(fmt.Sprintf("vocabtest: invalid period %s", p))
	}
	lo, hi = p.Start.First(), p.End.Last()
	if lo.IsZero() {
		lo = MinDate
		if !hi.IsZero() && hi.Before(lo) {
			lo = hi
		}
	}
	if hi.IsZero() {
		hi = MaxDate
		if lo.After(hi) {
			hi = lo
		}
	}
	return lo, hi
}

func dateBetween(lo, hi vocab.Date) *rapid.Generator[vocab.Date] {
	return rapid.Custom(func(t *rapid.T) vocab.Date {
		return lo.AddDays(rapid.IntRange(0, hi.DaysSince(lo)).Draw(t, "day"))
	})
}

// Period generates closed, valid periods within [MinDate] to [MaxDate]. Short
// periods (including single days) are common.
func Period() *rapid.Generator[vocab.Period] {
	return PeriodWithin(vocab.PeriodOf(MinDate, MaxDate))
}

// PeriodWithin generates closed, valid periods that p covers. Open ends of p
// are clamped as in [DateIn].
func PeriodWithin(p vocab.Period) *rapid.Generator[vocab.Period] {
	lo, hi := bounds(p)
	return rapid.Custom(func(t *rapid.T) vocab.Period {
		start := dateBetween(lo, hi).Draw(t, "start")
		end := start.AddDays(rapid.IntRange(0, hi.DaysSince(start)).Draw(t, "days"))
		return vocab.PeriodOf(start, end)
	})
}

// PartialPeriod generates valid periods like [OpenPeriod] whose bounds are
// sometimes months or years ([CoarsenedPeriod]).
func PartialPeriod() *rapid.Generator[vocab.Period] {
	return rapid.Custom(func(t *rapid.T) vocab.Period {
		return CoarsenedPeriod(OpenPeriod().Draw(t, "exact")).Draw(t, "partial")
	})
}

// OpenPeriod generates valid periods that are sometimes open at the start,
// the end or both (the zero Period).
func OpenPeriod() *rapid.Generator[vocab.Period] {
	return rapid.Custom(func(t *rapid.T) vocab.Period {
		p := Period().Draw(t, "closed")
		if rapid.Bool().Draw(t, "openStart") {
			p.Start = vocab.Date{}
		}
		if rapid.Bool().Draw(t, "openEnd") {
			p.End = vocab.Date{}
		}
		return p
	})
}

// FinancialYear generates financial years 1990-91 to 2039-40.
func FinancialYear() *rapid.Generator[vocab.FinancialYear] {
	return rapid.Map(rapid.IntRange(MinDate.Year(), MaxDate.Year()-1), func(y int) vocab.FinancialYear {
		return vocab.FinancialYear(y)
	})
}
