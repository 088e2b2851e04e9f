package vocabtest

import (
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// CmpOptions returns the go-cmp options for comparing values that contain
// vocab types. Date, Ratio and *Path compare through their Equal methods,
// which go-cmp uses automatically, and Period through its exported Date
// fields; the options add error comparison (a Problem's Cause) with
// errors.Is.
//
//	if diff := cmp.Diff(want, got, vocabtest.CmpOptions()...); diff != "" { ... }
func CmpOptions() []cmp.Option {
	return []cmp.Option{cmpopts.EquateErrors()}
}
