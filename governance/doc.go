// Package governance models how an academic health science centre is
// governed: bodies and the seats on them, who holds each seat and when,
// terms of reference with quorum and thresholds, conflicts of interest, and
// the KPIs bodies are held to account by.
package governance
