// Package khp is King's Health Partners as ahsckit data: the single source
// used by examples/khp and by the domain packages' runnable examples and
// benchmarks. Partners, identifiers, designations and the RB&H merger are
// real and cited next to the data; governance seats and rules, portfolio
// figures, amounts, people and the funding policy are ILLUSTRATIVE and
// labelled so.
package khp
