package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/stat/distuv"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/ahsckit/ahsckit/ahsc/sim"
	"github.com/ahsckit/ahsckit/ahsc/sim/ahscmodel"
	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// measure is one figure of a replication, computed from its rows: a
// metric summed over the reported periods, averaged over them, or taken
// in the last.
type measure struct {
	label, metric, agg string
	scale              float64
}

// measuresFor lists the figures the summary reports, for the metrics the
// run has.
func measuresFor(metrics []sim.Metric) []measure {
	has := func(name string) bool {
		return slices.ContainsFunc(metrics, func(m sim.Metric) bool { return m.Name == name })
	}
	var ms []measure
	for _, m := range []measure{
		{"adoptions into routine care, all years", "projects-adopted", "sum", 1},
		{"projects started in t0, all years", "projects-started", "sum", 1},
		{"trial participants a year", "trial-recruitment", "mean", 1},
		{"private money refused, all years (million)", "funding-refused", "sum", 1e-8},
		{"private money expired, all years (million)", "funding-expired", "sum", 1e-8},
		{"findings of the centre's private-share caps, all years", "policy-findings", "sum", 1},
	} {
		if has(m.metric) {
			ms = append(ms, m)
		}
	}
	pathways := map[string]bool{}
	for _, m := range metrics {
		for _, prefix := range []string{"performance-", "standard-met-weeks-", "waiting-"} {
			p, ok := strings.CutPrefix(m.Name, prefix)
			if !ok || pathways[p] {
				continue
			}
			pathways[p] = true
			for _, pm := range []measure{
				{p + ": weekly share within its standard", "performance-" + p, "mean", 1},
				{p + ": weeks a year meeting its standard", "standard-met-weeks-" + p, "mean", 1},
				{p + ": waiting at the end", "waiting-" + p, "last", 1},
			} {
				if has(pm.metric) {
					ms = append(ms, pm)
				}
			}
		}
		if f, ok := strings.CutPrefix(m.Name, "research-draw-"); ok {
			ms = append(ms, measure{f + ": research draw a year (units)", m.Name, "mean", 1})
		}
	}
	return ms
}

// cellStats are a measure's replications at one point.
type cellStats struct{ xs []float64 }

func (c *cellStats) interval() (mean, lo, hi float64) {
	n := float64(len(c.xs))
	for _, x := range c.xs {
		mean += x
	}
	mean /= n
	if len(c.xs) < 2 {
		return mean, math.NaN(), math.NaN()
	}
	var ss float64
	for _, x := range c.xs {
		ss += (x - mean) * (x - mean)
	}
	h := distuv.StudentsT{Mu: 0, Sigma: 1, Nu: n - 1}.Quantile(0.975) * math.Sqrt(ss/(n-1)/n)
	return mean, mean - h, mean + h
}

// results are the measures of every point of a run.
type results struct {
	manifest *sim.Manifest
	inputs   ahscmodel.ModelInputs
	measures []measure
	cells    [][]cellStats // point × measure
}

// readResults reads a whole run's manifest and rows from dir and computes
// each replication's measures.
func readResults(dir string) (*results, error) {
	f, err := os.Open(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	m, err := sim.ReadManifest(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	if m.Model.Name != ahscmodel.Name {
		return nil, fmt.Errorf("%s: a run of model %q, not %q", dir, m.Model.Name, ahscmodel.Name)
	}
	res := &results{manifest: m, measures: measuresFor(m.Metrics)}
	if err := json.Unmarshal(m.ModelInputs, &res.inputs); err != nil {
		return nil, fmt.Errorf("%s: model inputs: %w", dir, err)
	}
	res.cells = make([][]cellStats, len(m.Points))
	for p := range res.cells {
		res.cells[p] = make([]cellStats, len(res.measures))
	}
	rf, err := os.Open(filepath.Join(dir, "rows.csv"))
	if err != nil {
		return nil, err
	}
	defer rf.Close()
	r := csv.NewReader(bufio.NewReaderSize(rf, 1<<16))
	r.ReuseRecord = true
	head, err := r.Read()
	if err != nil {
		return nil, err
	}
	col := func(name string) int { return slices.Index(head, name) }
	cPoint, cRep, cMetric, cValue := col("point"), col("replication"), col("metric"), col("value")
	if cPoint < 0 || cRep < 0 || cMetric < 0 || cValue < 0 {
		return nil, errors.New("rows.csv: missing columns")
	}
	byMetric := map[string][]int{} // a metric may feed several measures
	for i, ms := range res.measures {
		byMetric[ms.metric] = append(byMetric[ms.metric], i)
	}
	// One task's values: per measure, the sum, the count and the last.
	type acc struct {
		sum, last float64
		n         int
	}
	accs := make([]acc, len(res.measures))
	point, rep := -1, -1
	flush := func() {
		if point < 0 {
			return
		}
		for i, ms := range res.measures {
			a := accs[i]
			var v float64
			switch ms.agg {
			case "sum":
				v = a.sum
			case "mean":
				v = a.sum / float64(max(a.n, 1))
			case "last":
				v = a.last
			}
			res.cells[point][i].xs = append(res.cells[point][i].xs, v*ms.scale)
		}
		clear(accs)
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		p, err1 := strconv.Atoi(rec[cPoint])
		q, err2 := strconv.Atoi(rec[cRep])
		v, err3 := strconv.ParseFloat(rec[cValue], 64)
		if err := errors.Join(err1, err2, err3); err != nil || p < 0 || p >= len(res.cells) {
			return nil, fmt.Errorf("rows.csv: bad row %q", rec)
		}
		if p != point || q != rep {
			flush()
			point, rep = p, q
		}
		for _, i := range byMetric[rec[cMetric]] {
			accs[i].sum += v
			accs[i].last = v
			accs[i].n++
		}
	}
	flush()
	return res, nil
}

// pointLabel names a point by its axis values.
func (res *results) pointLabel(p int) string {
	m := res.manifest
	if len(m.Scenario.Sweep) == 0 {
		return "base"
	}
	var parts []string
	for a, ax := range m.Scenario.Sweep {
		parts = append(parts, string(ax.Name)+" "+valueText(m.Points[p].Values[a]))
	}
	return strings.Join(parts, ", ")
}

func valueText(r vocab.Ratio) string {
	if r.Sign() >= 0 && r.InUnitInterval() {
		return r.PercentString(0)
	}
	return strconv.FormatFloat(r.Float64(), 'g', 6, 64)
}

// report prints the run's notes, parameters and summary table to w and
// draws the chart (when chart is not empty): as Markdown with escaped
// table cells when md is set, else as plain text for the terminal.
func report(dir, chart string, md bool, w io.Writer) error {
	res, err := readResults(dir)
	if err != nil {
		return err
	}
	var b strings.Builder
	m := res.manifest
	title := m.Scenario.Title
	if title == "" {
		title = string(m.Scenario.ID)
	}
	fmt.Fprintf(&b, "# %s\n\n", title)
	for _, n := range res.inputs.Inputs.Notes {
		fmt.Fprintf(&b, "NOTE: %s.\n\n", n)
	}
	fmt.Fprintf(&b, "Model %s %s, master seed %d, %s a point, outputs in %s.\n\n",
		m.Model.Name, m.Model.Version, m.MasterSeed, plural(m.Replications, "replication"), dir)
	b.WriteString("## Parameters (the base scenario; swept values in the columns below)\n\n")
	if err := ahscmodel.WriteParameters(&b, res.inputs.Parameters); err != nil {
		return err
	}
	fmt.Fprintf(&b, "\n## Summary: mean and 95%% t-interval over %s (mean ∓ t(0.975, n−1)·sd/√n), "+
		"reported years %s\n\n", plural(m.Replications, "replication"), firstLast(dir))
	if m.Replications < 2 {
		b.WriteString("The intervals are n/a: they need at least 2 replications (summary.csv leaves them empty).\n\n")
	}
	head := []string{"Measure"}
	for p := range m.Points {
		head = append(head, escape(res.pointLabel(p)))
	}
	row(&b, head...)
	sep := make([]string, len(head))
	for i := range sep {
		sep[i] = "---"
	}
	row(&b, sep...)
	for i, ms := range res.measures {
		cells := []string{escape(ms.label)}
		for p := range m.Points {
			mean, lo, hi := res.cells[p][i].interval()
			cells = append(cells, cell(mean, lo, hi))
		}
		row(&b, cells...)
	}
	if chart != "" {
		if err := drawChart(res, chart); err != nil {
			return err
		}
		fmt.Fprintf(&b, "\nChart: %s\n", chart)
	}
	text := b.String()
	if !md {
		text = unescape(text)
	}
	_, err = io.WriteString(w, text)
	return err
}

// firstLast returns the first and last reported periods, from the summary.
func firstLast(dir string) string {
	f, err := os.Open(filepath.Join(dir, "summary.csv"))
	if err != nil {
		return "?"
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		return "?"
	}
	c := slices.Index(head, "period")
	var first, last string
	for {
		rec, err := r.Read()
		if err != nil {
			break
		}
		if first == "" {
			first = rec[c]
		}
		if rec[c] > last {
			last = rec[c]
		}
	}
	return first + " and " + last
}

// drawChart draws four panels against the first sweep axis: adoptions,
// trial participants, each pathway's share within its standard, and each
// pathway's list at the end, with 95% intervals as error bars.
func drawChart(res *results, file string) error {
	m := res.manifest
	xs := make([]float64, len(m.Points))
	xlabel := "scenario point"
	for p := range m.Points {
		xs[p] = float64(p)
		if len(m.Scenario.Sweep) > 0 {
			v := m.Points[p].Values[0]
			xs[p] = v.Float64()
			if v.InUnitInterval() && v.Sign() >= 0 {
				xs[p] *= 100
			}
		}
	}
	if len(m.Scenario.Sweep) > 0 {
		xlabel = string(m.Scenario.Sweep[0].Name) + " (%)"
	}
	series := func(metric string) (plotter.XYs, plotter.YErrors, bool) {
		i := slices.IndexFunc(res.measures, func(ms measure) bool { return ms.metric == metric })
		if i < 0 {
			return nil, nil, false
		}
		pts := make(plotter.XYs, len(xs))
		errs := make(plotter.YErrors, len(xs))
		for p := range xs {
			mean, lo, hi := res.cells[p][i].interval()
			if math.IsNaN(lo) {
				lo, hi = mean, mean
			}
			pts[p] = plotter.XY{X: xs[p], Y: mean}
			errs[p].Low, errs[p].High = mean-lo, hi-mean
		}
		return pts, errs, true
	}
	palette := []color.Color{color.RGBA{0, 90, 160, 255}, color.RGBA{200, 80, 0, 255}, color.RGBA{0, 140, 70, 255},
		color.RGBA{150, 0, 120, 255}, color.RGBA{90, 90, 90, 255}}
	panel := func(title, ylabel string, metrics []string, names []string) (*plot.Plot, error) {
		pl := plot.New()
		pl.Title.Text = title
		pl.X.Label.Text = xlabel
		pl.Y.Label.Text = ylabel
		pl.Add(plotter.NewGrid())
		for k, metric := range metrics {
			pts, errs, ok := series(metric)
			if !ok {
				continue
			}
			line, scatter, err := plotter.NewLinePoints(pts)
			if err != nil {
				return nil, err
			}
			c := palette[k%len(palette)]
			line.Color, scatter.Color = c, c
			bars, err := plotter.NewYErrorBars(struct {
				plotter.XYs
				plotter.YErrors
			}{pts, errs})
			if err != nil {
				return nil, err
			}
			bars.Color = c
			pl.Add(line, scatter, bars)
			if len(metrics) > 1 {
				pl.Legend.Add(names[k], line, scatter)
			}
		}
		pl.Legend.Left = true
		if strings.HasPrefix(title, "Weekly share") {
			pl.Y.Min, pl.Y.Max = 0, 1.05
		}
		return pl, nil
	}
	var pathways []string
	for _, mt := range m.Metrics {
		if p, ok := strings.CutPrefix(mt.Name, "performance-"); ok {
			pathways = append(pathways, p)
		}
	}
	facilities := func(ms []sim.Metric) []string {
		var out []string
		for _, mt := range ms {
			if strings.HasPrefix(mt.Name, "research-draw-") {
				out = append(out, mt.Name)
			}
		}
		return out
	}
	prefixed := func(prefix string) []string {
		out := make([]string, len(pathways))
		for i, p := range pathways {
			out[i] = prefix + p
		}
		return out
	}
	suffix := " (" + string(m.Scenario.ID) + ", illustrative data)"
	type spec struct {
		title, ylabel string
		metrics       []string
	}
	care := []spec{
		{"Weekly share within the NHS standard", "share of patients", prefixed("performance-")},
		{"Waiting at the end of the last year", "patients", prefixed("waiting-")},
	}
	specs := append([]spec{
		{"Adoptions into routine care, all years" + suffix, "projects", []string{"projects-adopted"}},
		{"Trial participants a year", "participants", []string{"trial-recruitment"}},
	}, care...)
	if len(m.Scenario.Sweep) > 0 && !strings.HasPrefix(m.Scenario.Sweep[0].Parameter, "/centre/funding") {
		// A question about care: care panels only.
		care[0].title += suffix
		specs = append(care, spec{"Weeks a year meeting the NHS standard", "weeks", prefixed("standard-met-weeks-")},
			spec{"Research draw a year", "units", facilities(m.Metrics)})
	}
	plots := [][]*plot.Plot{make([]*plot.Plot, 2), make([]*plot.Plot, 2)}
	for i, s := range specs {
		names := pathways
		if len(s.metrics) != len(pathways) {
			names = s.metrics
		}
		pl, err := panel(s.title, s.ylabel, s.metrics, names)
		if err != nil {
			return err
		}
		plots[i/2][i%2] = pl
	}
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(file)), ".")
	if format != "svg" && format != "png" {
		return fmt.Errorf("chart %s: want a .svg or .png file", file)
	}
	c, err := draw.NewFormattedCanvas(vg.Points(900), vg.Points(640), format)
	if err != nil {
		return err
	}
	dc := draw.New(c)
	tiles := draw.Tiles{Rows: 2, Cols: 2, PadX: vg.Points(20), PadY: vg.Points(20), PadTop: vg.Points(10),
		PadBottom: vg.Points(10), PadLeft: vg.Points(10), PadRight: vg.Points(10)}
	canvases := plot.Align(plots, tiles, dc)
	for j := range plots {
		for i := range plots[j] {
			plots[j][i].Draw(canvases[j][i])
		}
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if _, err := c.WriteTo(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// cell formats a mean and its interval for the summary table; the interval
// is "n/a" when it cannot be computed (fewer than 2 replications), where
// summary.csv leaves its cells empty.
func cell(mean, lo, hi float64) string {
	if math.IsNaN(lo) || math.IsNaN(hi) {
		return fmt.Sprintf("%.4g [n/a]", mean)
	}
	return fmt.Sprintf("%.4g [%.4g, %.4g]", mean, lo, hi)
}

// plural returns n and the noun, with an s unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
