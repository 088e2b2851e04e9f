// Package reference is the designated academic health science centres of
// England as sourced, public, importable data.
package reference
