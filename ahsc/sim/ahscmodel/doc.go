// Package ahscmodel is the AHSC model: an academic health science centre
// over years — research money by funder class and financial year, capped
// by the centre's policy, paying for a translational pipeline T0→T4 whose
// trials recruit participants and draw on shared facilities, and the
// front-line care those facilities also serve, week by week, judged
// against the NHS waiting-time standards. It runs on the simulation
// engine (package [github.com/ahsckit/ahsckit/ahsc/sim]) and is built
// from the engine's components, each checked there against its closed
// form: [sim.Pipeline] for every stage, [sim.Recruitment] for every trial,
// [sim.Queue] for every pathway, and the engine's named streams, runner,
// shards, merge, summary and manifest.
//
// A run needs a scenario with a centre section ([scenario.Centre]) and the
// centre's [Inputs], which [ReadCentre] reads from its documents:
//
//	in, err := ahscmodel.ReadCentre(centre, policy)
//	plan := sim.Plan{Scenario: s, Model: ahscmodel.Builder(in), MasterSeed: 1, Replications: 1000}
//	m, err := sim.RunDir(ctx, plan, sim.Options{}, "out")
//
// [Check] lists a scenario's problems for the inputs with paths;
// examples/simulate answers the private-cap and imaging questions for
// King's Health Partners.
//
// # Time
//
// The engine steps weeks w = −W, …, N−1 (W warm-up weeks, N reported),
// week w starting on Start + 7w; Start is 1 April, so the reported
// financial years are whole. A week belongs to the financial year of its
// first day (vocab.FinancialYearOf). The periods nest so:
//
//   - care runs weekly: referrals, treatments, the waiting list and the
//     standards are measured every week;
//   - funding runs by financial year: each year's money is drawn, capped
//     and split into stage budgets when the year is booked, in its first
//     simulated week, and released to the stages in equal whole parts
//     over the year's n (52 or 53) weeks on the grid: week i of the year
//     releases ⌊B·(i+1)/n⌋ − ⌊B·i/n⌋ of budget B, so a whole year
//     releases exactly B;
//   - pipeline stages last weeks to years (geometric in whole weeks, with
//     the cited mean; years are 365.25/7 weeks), and trials recruit week
//     by week.
//
// Annual outputs (funding, verdicts) are booked in each year's first
// week and are zero in the others; the warm-up runs the status quo (no
// cap) and the cap applies from the financial year of Start.
//
// # Funding
//
// Money is kept per cell c = (funder class, programme), the programme ""
// holding money the awards leave unallocated; every amount is whole minor
// units (pence). Base money b_c is the ledger's disbursement flows in the
// base year ([funding.Ledger.FlowsAt], summed). For each financial year y
// and each funder class k with base money, in class order, one multiplier
// M_{y,k} ~ Gamma(1/v², 1/v²) (mean 1, coefficient of variation v; 1 when
// v = 0) is drawn from stream "funding", and the year's offer is
//
//	O_{y,c} = round(b_c · (1 + g)^(y − y₀) · M_{y,class(c)})
//
// with g the yearly growth and y₀ the base year. From the financial year
// of Start, the caps apply every year, jointly and in order, through a
// [Capper] ([Model.Caps]): the centre policy's private-share caps when
// the scenario applies the policy (ApplyPolicy, one mode for all), then
// the scenario's own cap (a [funding.PrivateShareCap] plus a mode). Each
// cap is funding's counterfactual change ([CapChange], applied as
// [funding.ApplyChange] applies it, in its decline or defer mode): it
// looks at each subject s — the centre, or each programme — with private
// money P (the capped classes' money) and all money T, and when P/T
// exceeds the cap n/d takes the least whole x with
//
//	(P − x)·d ≤ n·(T − x + ⌊β·x⌋),  so x = ⌈(P·d − n·T)/(d − n)⌉ without a backfill (β = 0),
//
// β the backfill's share, from the newest money first (this year's offer,
// then money deferred once, twice, ...; within each the last cell first,
// the materialised ledger's latest transaction). In decline mode x is
// refused and a backfilling class adds ⌊β·x⌋, apportioned over the money
// taken; in defer mode x moves to the next year, where it is offered
// again, until it has moved ExpiresAfterYears times, after which it
// expires. For one cap the outcome is [funding.ApplyChange]'s on the
// [Ledger] the offers materialise as, cell by cell and year by year (a
// property test proves it); several caps apply one after the other within
// each year. Money in equals money out, per cell and year:
//
//	Offered + CarriedIn + Backfilled = Kept + Refused + Deferred + Expired.
//
// Taking private money never raises a share, so the money kept meets
// every cap applied. Verdicts are counted each year exactly as
// funding.Evaluate measures them ([Breaches]; the tests compare with
// Evaluate on the [Ledger] the money materialises as): each applied cap's
// breaches on the money offered (before any cap), and the findings of
// each of the centre policy's private-share caps on the money kept. The stage budgets of year y split each class's
// kept money by the payments table π (funding.Apportion, largest
// remainder):
//
//	B_{y,s} = Σ_k Apportion(K_{y,k}, π_{k,·})_s
//
// which is the stated mechanism by which a cap reaches translation.
//
// # Translational pipeline
//
// The stages are t0 (discovery), t1 (phase 1), t2-phase-2 and t2-phase-3
// (the T2 efficacy phases) and t3 (regulatory review and adoption); a
// project that passes t3 is adopted into routine care (T4). Each stage
// has a purse fed by its budget; every week, in this order:
//
//  1. each stage's engine Pipeline steps: a project leaves the stage with
//     probability 1/F_s and, leaving, passes with probability p_s; one
//     that passes waits for the next stage's funding, or is adopted after
//     t3;
//  2. each recruiting trial recruits R ~ Poisson(λ), its rate λ ~
//     Gamma(α_s, α_s/m_s) drawn when it started (engine Recruitment, one
//     site; streams "trial-rates" and "trial-recruitment"), counted up to
//     its target n_s; a trial that reaches n_s enters its follow-up;
//  3. funding gates: t0 starts ⌊P₀/C₀⌋ new projects (P the purse, C the
//     cost of a start); at each later stage projects that waited more than
//     the maximum wait lapse (they fail), then the longest-waiting start
//     while the purse holds the stage's cost.
//
// For t0 and t3, F_s is the stage's mean weeks w_s. A trial stage lasts
// its recruitment T plus a follow-up with mean F_s = w_s − E[T], so its
// mean is w_s, the cited cycle time; E[T] is computed exactly
// ([ExpectedRecruitmentWeeks]). Projects are conserved: entered = in a
// stage, recruiting or waiting + failed (including lapsed) + adopted.
// With funding ample at every gate the known answers hold: adoptions a
// week = λ·∏p_s for starts at rate λ, and projects in the pipeline =
// λ·Σ_s r_s·w_s (Little's law, r_s the chance of reaching s).
//
// # Front-line care
//
// Capacity and demand come from the centre's portfolio: each facility's
// capacity figure ([programme.Capacity]) and each pathway's demand
// figure ([programme.Demand]) in force on Start, and the pathway's
// facility uses ([programme.FacilityUse]), held for the whole run. A
// figure stated per day, month, quarter or year becomes a weekly one
// exactly: × 7, × 12·7/365.25, × 4·7/365.25 or × 7/365.25 (capacity then
// rounded down to whole units). A value in the scenario's care section
// overrides the documents' one; a care section listing no facilities (or
// pathways) models every one with a figure in force on Start, leaving out,
// with a warning, a pathway that uses a facility not modelled.
//
// A facility f has capacity K_f a week and a research share ρ_f, bounded
// by its ring-fence φ_f: the scenario's, else the tighter of the
// facility's own ([programme.Facility].RingFence, which the portfolio's
// validation already holds ρ_f to) and the ring-fence rule of the centre's
// funding policy ([funding.RingFence], which lets research draw at most
// its cap of a ring-fenced clinical budget, a draw exactly at the cap
// passing). Research draws at most min(ρ_f, φ_f); its reserve is
// R_f = ⌊min(ρ_f, φ_f)·K_f⌋, the largest whole draw funding.RingFence
// passes at φ_f when ρ_f ≥ φ_f (a property test evaluates the rule on
// every week's draw), and research draws D_f = R_f every week
// ("reserved") or D_f = min(R_f, ⌈u_f·recruited⌉) ("demand", u_f the
// capacity a participant needs in the week recruited). Care keeps
// A_f = K_f − D_f. A pathway q with mean referrals r_q a week (Poisson,
// stream "referrals-<pathway>") needing a_{q,f} of facility f gets the
// fixed share σ_{q,f} = r_q·a_{q,f} / Σ_{q′} r_{q′}·a_{q′,f} of A_f, and
// treats
//
//	S_q = min(own slots, min_f ⌊⌊A_f·σ_{q,f}⌋ / a_{q,f}⌋)
//
// patients a week from its engine Queue: the longest waiting first, then
// the week's referrals join the list up to its capacity. Each rounding is
// down and monotone, so more capacity never shortens S_q, and with common
// random numbers it never lengthens any waiting list in any week. With no
// research draw (or a reserved one) S_q is constant, and the list's
// long-run distribution is the exact stationary distribution
// sim.QueueStationary computes.
//
// Each pathway is held to its NHS standard in programme.Standards
// ([StandardLimits]): the 18-week RTT standard counts the patients still
// waiting at the week's end, a patient referred in week r having waited
// w − r + 1 weeks at the end of week w; the cancer standards (28-day
// diagnosis, 31-day, 62-day) count the patients treated that week, within
// the limit when w − r ≤ ⌊days/7⌋. Weekly performance is within/measured
// (1 when nobody is measured); the week meets the standard when that share
// reaches the target, compared exactly.
//
// # Parameters and their sources
//
// Every parameter a point runs on is listed by [Model.Parameters] with its
// value, origin (default, scenario or documents) and source, recorded in
// the run manifest ([ModelInputs]) and printed by examples/simulate.
// [Defaults] lists the defaults:
//
//	funding/variation          20%          ILLUSTRATIVE
//	funding/growth             1.5% a year  UKCRC UK Health Research Analysis 2018: real-terms growth after 2009 (UK-wide; an assumption for one centre)
//	funding/payments           table below  ILLUSTRATIVE
//	translation/max-wait-weeks 104          ILLUSTRATIVE
//	t0 mean, success, cost     104 weeks, 50%, £150,000        ILLUSTRATIVE (no cited figure for discovery)
//	t1 mean, success           1.5 years (4383/56 weeks), 54%  BMJ 2014;349:g4254 Table 2, phase I
//	t2-phase-2 mean, success   2.5 years (7305/56 weeks), 34%  BMJ 2014;349:g4254 Table 2, phase II
//	t2-phase-3 mean, success   2.5 years, 70%                  BMJ 2014;349:g4254 Table 2, phase III
//	t3 mean                    46 weeks                        BMJ 2014;349:g4254 Table 2: median FDA review 322 days (2001-10)
//	t3 success                 1975/3213 (61.5%)               set so that the likelihood of approval from phase I,
//	                                                           54% × 34% × 70% × 1975/3213, is exactly 7.9% (BIO, Informa and
//	                                                           QLS, Clinical Development Success Rates 2011–2020)
//	t1–t3 costs                £250,000, £400,000, £800,000, £250,000  ILLUSTRATIVE
//	trials: participants, mean rate a week, gamma shape
//	                           t1 20, 1/2, 3; t2-phase-2 60, 1, 3; t2-phase-3 150, 5/2, 3
//	                           ILLUSTRATIVE values of the Poisson–gamma model (Anisimov & Fedorov 2007)
//	care facilities, pathways  those with figures in force on Start   the centre's portfolio
//	capacity, referrals, uses  the portfolio's figures, to a week      the centre's portfolio
//	care research share        the portfolio's share, else 0           the centre's portfolio
//	care ring-fence            the tighter of the facility's and the funding policy's, else 1
//	care facility draw         demand       model choice (an assumption, not a fact)
//	care per participant       1 unit       ILLUSTRATIVE
//	pathway list capacity      1,000,000    a bound on memory, not a fact
//	outputs                    all          every metric; a scenario may list metric families
//
// The payments table (ILLUSTRATIVE), each class's share for t0, t1,
// t2-phase-2, t2-phase-3, t3: public 40/25/20/10/5%, philanthropic
// 40/30/20/10/0%, private 0/20/30/40/10%, academic 100/0/0/0/0%. BMJ's
// 91% of submissions succeeding (2001–10) is the older alternative to
// the derived t3 success. Capacities and demand have no defaults: they
// come from the centre's documents or the scenario. Every note the
// documents carry — each source they label illustrative — is kept in
// [Inputs].Notes, recorded in the manifest and printed with every answer.
//
// # Streams and common random numbers
//
// The streams are "funding", "trial-rates", "trial-recruitment",
// "stage-<stage>" and "referrals-<pathway>" ([sim.StreamSeed]). Points of
// a sweep share them: two caps see the same offers and the same
// referrals; where a cap changes which trials start, the trial and stage
// streams are consumed differently from then on.
//
// # Simplifications
//
// The pipeline is the centre's, not each programme's: programmes matter to
// funding (programme-scope caps) only. Research draws on care only through
// the participants recruited each week; care does not feed back into
// research or funding; approval is taken as adoption into routine care;
// the 31-day standard is measured from referral; unspent purses carry
// over; capacity and demand are the documents' figures in force on Start,
// held for the whole run (warm-up included).
//
// # Outputs
//
// [Model.Metrics] lists every metric; a scenario's centre section may list
// the metric families to report ([scenario.Centre].Outputs), which keeps
// the rows of a long sweep small: the model computes every metric either
// way, and the ones reported are identical.
package ahscmodel
