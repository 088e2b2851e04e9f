package vocab_test

import (
	"slices"
	"testing"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
)

// Severity is written in documents (funding rules carry one), so schema
// export must see its codes like every other enum's.
func TestSeverityEnumValues(t *testing.T) {
	got := vocab.Severity("").EnumValues()
	want := []string{string(vocab.SeverityError), string(vocab.SeverityWarning)}
	if !slices.Equal(got, want) {
		t.Errorf("EnumValues() = %q, want %q", got, want)
	}
}
