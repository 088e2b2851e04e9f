package programme_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/ahsc/vocab/vocabtest"
	"github.com/ahsckit/ahsckit/programme"
)

func TestKinds(t *testing.T)         { vocabtest.CheckEnum(t, programme.Kinds()) }
func TestStatuses(t *testing.T)      { vocabtest.CheckEnum(t, programme.Statuses()) }
func TestCohortKinds(t *testing.T)   { vocabtest.CheckEnum(t, programme.CohortKinds()) }
func TestFacilityKinds(t *testing.T) { vocabtest.CheckEnum(t, programme.FacilityKinds()) }
func TestPhases(t *testing.T)        { vocabtest.CheckEnum(t, programme.Phases()) }
func TestStages(t *testing.T)        { vocabtest.CheckEnum(t, programme.Stages()) }

// The codes are published (FHIR's phases, T0–T4): fix them here so a change
// is deliberate.
func TestEnumCodes(t *testing.T) {
	assert.Equal(t, []string{"n-a", "early-phase-1", "phase-1", "phase-1-phase-2", "phase-2", "phase-2-phase-3", "phase-3", "phase-4"},
		programme.Phases().Strings())
	assert.Equal(t, []string{"t0", "t1", "t2", "t3", "t4"}, programme.Stages().Strings())
	assert.Equal(t, []string{"proposed", "active", "paused", "closed", "completed", "withdrawn"}, programme.Statuses().Strings())

	var k programme.Kind
	require.ErrorIs(t, k.UnmarshalText([]byte("basic-research")), vocab.ErrNotSupported)
	var ph programme.Phase
	require.NoError(t, ph.UnmarshalText([]byte("phase-1-phase-2")))
	assert.Equal(t, programme.Phase1To2, ph)
	_, err := programme.Stages().Parse("T1") // codes are lower case
	require.ErrorIs(t, err, vocab.ErrNotSupported)
}
