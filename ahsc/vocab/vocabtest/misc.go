package vocabtest

import (
	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// HealthCategory generates HRCS health categories.
func HealthCategory() *rapid.Generator[vocab.HealthCategory] {
	return rapid.SampledFrom(vocab.HealthCategories().Values())
}

// Source generates valid sources: an https URL, a title, and sometimes a
// publisher, an access date and a note.
func Source() *rapid.Generator[vocab.Source] {
	return rapid.Custom(func(t *rapid.T) vocab.Source {
		host := rapid.SampledFrom([]string{"www.kingshealthpartners.org", "www.nihr.ac.uk", "example.org"}).Draw(t, "host")
		s := vocab.Source{
			URL:   "https://" + host + "/" + rapid.StringMatching(`[a-z0-9-]{0,20}`).Draw(t, "path"),
			Title: rapid.StringMatching(`[A-Z][a-z]{1,10}( [a-z]{1,10}){0,4}`).Draw(t, "title"),
		}
		if rapid.Bool().Draw(t, "hasPublisher") {
			s.Publisher = rapid.SampledFrom([]string{"NIHR", "King's Health Partners", "Illustrative Publisher"}).Draw(t, "publisher")
		}
		if rapid.Bool().Draw(t, "hasAccessed") {
			s.Accessed = Date().Draw(t, "accessed")
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
