package vocabtest

import (
	"slices"
	"sort"

	"pgregory.net/rapid"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Mutation is a value with one defect, and where and how validation must
// report it. Each generator package returns mutations of its documents:
// ahsctest.MutatedCentre, governancetest.MutatedDocument and so on.
type Mutation[T any] struct {
	// Kind names the defect ("missing partner name"); the package's
	// …MutationKinds function lists every kind.
	Kind string
	// Value is the defective value.
	Value T
	// Path is where the problem must be reported.
	Path *vocab.Path
	// Type is the type of problem that must be reported there.
	Type vocab.ProblemType
}

// Mutator is one kind of defect: Apply breaks v in place and returns where
// and how validation must report it, or ok=false when the defect does not
// apply to v (a defect in an optional list that v leaves empty).
type Mutator[T any] struct {
	// Kind names the defect.
	Kind string
	// Apply breaks v.
	Apply func(t *rapid.T, v T) (p *vocab.Path, typ vocab.ProblemType, ok bool)
}

// Mutated returns a generator of values drawn from valid and broken by one of
// mutators, chosen by rapid among those that apply. Only the mutators whose
// kind is in kinds are used, or all of them when kinds is empty; Mutated
// panics when a named kind is not among mutators. valid must return a fresh
// value on every draw, since Apply changes it, and Apply must leave v
// unchanged when it returns ok=false. When none of the chosen mutators
// applies to 100 values in a row, the generator panics.
func Mutated[T any](valid *rapid.Generator[T], mutators []Mutator[T], kinds ...string) *rapid.Generator[Mutation[T]] {
	use := mutators
	if len(kinds) > 0 {
		use = nil
		for _, k := range kinds {
			i := slices.IndexFunc(mutators, func(m Mutator[T]) bool { return m.Kind == k })
			if i < 0 {
				panic("vocabtest: unknown mutation kind " + k)
			}
			use = append(use, mutators[i])
		}
	}
	order := make([]int, len(use))
	for i := range order {
		order[i] = i
	}
	return rapid.Custom(func(t *rapid.T) Mutation[T] {
		for range 100 {
			v := valid.Draw(t, "valid")
			for _, i := range rapid.Permutation(order).Draw(t, "order") {
				if p, typ, ok := use[i].Apply(t, v); ok {
					return Mutation[T]{Kind: use[i].Kind, Value: v, Path: p, Type: typ}
				}
			}
		}
		panic("vocabtest: no mutation applies to 100 values in a row")
	})
}

// MutationKinds returns the kinds of mutators, sorted.
func MutationKinds[T any](mutators []Mutator[T]) []string {
	out := make([]string, len(mutators))
	for i, m := range mutators {
		out[i] = m.Kind
	}
	sort.Strings(out)
	return out
}
