package programme

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Utilisation is a facility's load while one capacity figure holds, per
// the figure's interval, exactly: the capacity, what research draws, what
// is left for care, and the care demand of the pathways that use it. It is
// derived from the portfolio by [Portfolio.UtilisationAt], never stored.
//
// A utilisation above 1 means care demand exceeds the capacity left for
// care: waiting lists grow by Shortfall every interval, which is what
// pushes a pathway past its 18-week or 62-day standard.
type Utilisation struct {
	// Facility is the facility measured.
	Facility vocab.FacilityID
	// Unit is what the amounts are counted in.
	Unit CapacityUnit
	// Per is the interval the amounts are per.
	Per Interval
	// Period is the capacity figure's period.
	Period vocab.Period
	// Capacity is what the facility can deliver per Per.
	Capacity vocab.Ratio
	// ResearchShare is the share of Capacity research draws.
	ResearchShare vocab.Ratio
	// Research is what research draws: ResearchShare × Capacity.
	Research vocab.Ratio
	// Care is the capacity left for care after research draws: Capacity −
	// Research.
	Care vocab.Ratio
	// Demand is the capacity care needs: the sum of Loads' units.
	Demand vocab.Ratio
	// Loads are the pathways that use the facility and state demand on the
	// date, in document order.
	Loads []Load
}

// Load is one pathway's demand on a facility per interval.
type Load struct {
	// Pathway is the pathway.
	Pathway PathwayID
	// Referrals is its referrals per interval.
	Referrals int64
	// Need is the capacity one referral needs.
	Need vocab.Ratio
	// Units is Referrals × Need.
	Units vocab.Ratio
}

// Ratio returns the utilisation of the capacity left for care, Demand /
// Care, exactly, and false when nothing is left for care (then any demand
// at all is unmet) or the exact ratio does not fit a vocab.Ratio.
func (u Utilisation) Ratio() (vocab.Ratio, bool) {
	if u.Care.Sign() <= 0 {
		return vocab.Ratio{}, false
	}
	r, err := vocab.RatioFromBig(new(big.Rat).Quo(u.Demand.Big(), u.Care.Big()))
	return r, err == nil
}

// Shortfall returns the care demand the capacity left for care cannot meet
// per interval: Demand − Care, or zero when it is met.
func (u Utilisation) Shortfall() vocab.Ratio {
	d, err := u.Demand.Sub(u.Care)
	if err != nil || d.Sign() < 0 {
		return vocab.Ratio{}
	}
	return d
}

// WithResearchShare returns the utilisation had research drawn share of
// the capacity instead: the question "if 20% of the scanner's capacity
// moves to research, what is left for care?". share must lie in [0, 1];
// it may exceed the facility's ring-fence (the answer then shows what the
// ring-fence protects). It reports [vocab.ErrOverflow] when the exact
// result does not fit.
func (u Utilisation) WithResearchShare(share vocab.Ratio) (Utilisation, error) {
	if !share.InUnitInterval() {
		return Utilisation{}, fmt.Errorf("programme: research share %s is not between 0 and 1", share)
	}
	research, err := share.Mul(u.Capacity)
	if err != nil {
		return Utilisation{}, err
	}
	care, err := u.Capacity.Sub(research)
	if err != nil {
		return Utilisation{}, err
	}
	u.ResearchShare, u.Research, u.Care = share, research, care
	return u, nil
}

// ErrNoCapacity reports a utilisation asked of a facility with no capacity
// figure in force on the date.
var ErrNoCapacity = errors.New("programme: no capacity figure in force")

// UtilisationAt returns facility id's utilisation on date: its capacity
// figure in force on date, less what research draws, against the demand,
// in force on date, of every pathway that uses it (a pathway with no
// demand figure then adds nothing). It reports [vocab.ErrNotFound] for an
// unknown facility, [ErrNoCapacity] when no figure is in force, an error
// when a pathway's unit or interval differs from the facility's (which
// [Portfolio.Validate] reports too), and [vocab.ErrOverflow] when the
// exact sums do not fit. It scans the pathways once: O(pathways + uses).
func (d *Portfolio) UtilisationAt(id vocab.FacilityID, date vocab.Date) (Utilisation, error) {
	f, ok := d.Facility(id)
	if !ok {
		return Utilisation{}, fmt.Errorf("%w: facility %s", vocab.ErrNotFound, id)
	}
	var c *Capacity
	for i := range f.Capacity {
		if f.Capacity[i].Period.Contains(date) {
			c = &f.Capacity[i]
			break
		}
	}
	if c == nil {
		return Utilisation{}, fmt.Errorf("%w: facility %s on %s", ErrNoCapacity, id, date)
	}
	u := Utilisation{Facility: id, Unit: f.Unit, Per: c.Per, Period: c.Period, Capacity: vocab.IntRatio(c.Amount)}
	u, err := u.WithResearchShare(c.ResearchShare)
	if err != nil {
		return Utilisation{}, err
	}
	for i := range d.Pathways {
		pw := &d.Pathways[i]
		for _, use := range pw.Uses {
			if use.Facility != id {
				continue
			}
			m, ok := pw.demandAt(date)
			if !ok {
				continue
			}
			if use.Unit != f.Unit || m.Per != c.Per {
				return Utilisation{}, fmt.Errorf("programme: pathway %s needs facility %s in %s per %s, but its capacity is in %s per %s",
					pw.ID, id, use.Unit, m.Per, f.Unit, c.Per)
			}
			units, err := use.Need.Mul(vocab.IntRatio(m.Referrals))
			if err != nil {
				return Utilisation{}, err
			}
			if u.Demand, err = u.Demand.Add(units); err != nil {
				return Utilisation{}, err
			}
			u.Loads = append(u.Loads, Load{Pathway: pw.ID, Referrals: m.Referrals, Need: use.Need, Units: units})
		}
	}
	return u, nil
}

// demandAt returns the pathway's demand figure in force on date.
func (pw *Pathway) demandAt(date vocab.Date) (Demand, bool) {
	for _, m := range pw.Demand {
		if m.Period.Contains(date) {
			return m, true
		}
	}
	return Demand{}, false
}
