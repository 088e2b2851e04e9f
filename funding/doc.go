// Package funding records a centre's money — funders, awards, transactions
// and ring-fenced clinical budgets — and turns funding safeguards into rules
// that are checked and explained.
package funding
