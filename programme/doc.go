// Package programme models a centre's portfolio: research, education,
// specialised clinical services and shared infrastructure programmes, the
// facilities they share, clinical pathways with NHS standards, and
// education cohorts.
package programme
