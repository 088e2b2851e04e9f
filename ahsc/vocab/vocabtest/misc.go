package vocabtest

import (
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// HealthCategory generates HRCS health categories.
func HealthCategory() *rapid.Generator[vocab.HealthCategory] {
	return rapid.SampledFrom(vocab.HealthCategories().Values())
}

// Source generates valid sources: mostly cited ones ([CitedSource]), and
// about one in four an illustrative label ([IllustrativeSource]).
func Source() *rapid.Generator[vocab.Source] {
	return rapid.Custom(func(t *rapid.T) vocab.Source {
		if rapid.IntRange(0, 3).Draw(t, "illustrative") == 0 {
			return IllustrativeSource().Draw(t, "label")
		}
		return CitedSource().Draw(t, "cited")
	})
}

// Sources generates one or two valid sources: what a value that must be
// sourced or labelled carries ([vocab.CheckSourced]).
func Sources() *rapid.Generator[[]vocab.Source] {
	return rapid.SliceOfN(Source(), 1, 2)
}

// IllustrativeSource generates valid illustrative labels: kind
// "illustrative", a note, and sometimes the URL of what the invention is
// modelled on.
func IllustrativeSource() *rapid.Generator[vocab.Source] {
	return rapid.Custom(func(t *rapid.T) vocab.Source {
		s := vocab.Illustrative(rapid.SampledFrom([]string{"invented for the example", "seat counts are illustrative",
			"amounts are illustrative", "illustrative policy"}).Draw(t, "note"))
		if rapid.Bool().Draw(t, "modelledOn") {
			s.URL = "https://example.org/" + rapid.StringMatching(`[a-z0-9-]{0,12}`).Draw(t, "path")
		}
		return s
	})
}

// CitedSource generates valid cited sources: an https URL, a title, and
// sometimes an explicit kind "cited", a publisher, an access date (a day,
// month or year) and a note.
func CitedSource() *rapid.Generator[vocab.Source] {
	return rapid.Custom(func(t *rapid.T) vocab.Source {
		host := rapid.SampledFrom([]string{"www.kingshealthpartners.org", "www.nihr.ac.uk", "example.org"}).Draw(t, "host")
		s := vocab.Source{
			URL:   "https://" + host + "/" + rapid.StringMatching(`[a-z0-9-]{0,20}`).Draw(t, "path"),
			Title: rapid.StringMatching(`[A-Z][a-z]{1,10}( [a-z]{1,10}){0,4}`).Draw(t, "title"),
		}
		if rapid.Bool().Draw(t, "hasPublisher") {
			s.Publisher = rapid.SampledFrom([]string{"NIHR", "King's Health Partners", "Illustrative Publisher"}).Draw(t, "publisher")
		}
		if rapid.Bool().Draw(t, "explicitKind") {
			s.Kind = vocab.SourceCited
		}
		if rapid.Bool().Draw(t, "hasAccessed") {
			s.Accessed = PartialDate().Draw(t, "accessed")
		}
		if rapid.Bool().Draw(t, "hasNote") {
			s.Note = rapid.StringMatching(`[A-Za-z ]{1,40}`).Draw(t, "note")
		}
		return s
	})
}

// Target generates valid targets: a direction, a value in [0, 1] and a
// tolerance that is zero or in [0, 1].
func Target() *rapid.Generator[vocab.Target] {
	return rapid.Custom(func(t *rapid.T) vocab.Target {
		tg := vocab.Target{
			Direction: rapid.SampledFrom(vocab.Directions().Values()).Draw(t, "direction"),
			Value:     Ratio().Draw(t, "value"),
		}
		if rapid.Bool().Draw(t, "hasTolerance") {
			tg.Tolerance = Ratio().Draw(t, "tolerance")
		}
		return tg
	})
}

// Path generates paths of up to five segments mixing field names, list
// indexes and map keys (keys sometimes contain "/" and "~", which JSON
// Pointers must escape).
func Path() *rapid.Generator[*vocab.Path] {
	return rapid.Custom(func(t *rapid.T) *vocab.Path {
		var p *vocab.Path
		for range rapid.IntRange(0, 5).Draw(t, "depth") {
			switch rapid.IntRange(0, 2).Draw(t, "segment") {
			case 0:
				p = p.Child(rapid.StringMatching(`[a-z][a-zA-Z]{0,8}`).Draw(t, "field"))
			case 1:
				p = p.Index(rapid.IntRange(0, 20).Draw(t, "index"))
			default:
				p = p.Key(rapid.StringMatching(`[a-z0-9/~-]{1,8}`).Draw(t, "key"))
			}
		}
		return p
	})
}
