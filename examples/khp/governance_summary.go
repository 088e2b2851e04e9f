package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/ahsckit/ahsckit/ahsc/vocab"
	"github.com/ahsckit/ahsckit/governance"
)

// summariseGovernance lists the bodies with their filled voting seats on
// asOf, each marked illustrative when the body's sources say so, and
// minutes one illustrative board decision.
func summariseGovernance(b *strings.Builder, g *governance.Document, asOf vocab.Date) {
	fmt.Fprintf(b, "\nGovernance (%s):\n", plural(len(g.Bodies), "body", "bodies"))
	for i := range g.Bodies {
		body := &g.Bodies[i]
		voting := 0
		for j := range body.Seats {
			if _, ok := body.Seats[j].HolderAt(asOf); ok && body.Seats[j].Voting {
				voting++
			}
		}
		line := fmt.Sprintf("  %-38s %s", body.ID, body.Kind)
		if body.ReportsTo != "" {
			line += ", reports to " + string(body.ReportsTo)
		}
		if body.Meets != "" {
			line += ", meets " + string(body.Meets)
		}
		if voting > 0 {
			line += fmt.Sprintf(", %s%s", plural(voting, "voting member", "voting members"), label(body.Sources))
		}
		fmt.Fprintln(b, line)
	}
	board, ok := g.Body("khp-board")
	if !ok {
		return
	}
	out, err := governance.Decide(board, boardMotion(asOf), boardPresent(board, asOf), boardBallots(board, asOf))
	if err != nil {
		fmt.Fprintf(b, "  decision could not be counted: %v\n", err)
		return
	}
	fmt.Fprintf(b, "\nBoard decision (motion, attendance and votes invented; seats and rules from the data%s):\n  %s%s\n",
		label(board.Sources), out.Explanation(), illustrative)
}

// boardMotion is an illustrative motion: its text, date and the votes
// below are invented to show how a decision is counted and minuted.
func boardMotion(asOf vocab.Date) *governance.Motion {
	return &governance.Motion{ID: "approve-cardiovascular-strategy",
		Text: "Approve the joint cardiovascular and respiratory strategy", Date: asOf}
}

// boardPresent is every member holding a voting seat on asOf except one.
func boardPresent(board *governance.Body, asOf vocab.Date) []vocab.PersonID {
	var present []vocab.PersonID
	for i := range board.Seats {
		if t, ok := board.Seats[i].HolderAt(asOf); ok && t.Person != "slam-board-2" {
			present = append(present, t.Person)
		}
	}
	return present
}

// boardBallots has every voting member present vote yes, except two who
// vote no and one who abstains (illustrative).
func boardBallots(board *governance.Body, asOf vocab.Date) []governance.Ballot {
	votes := map[vocab.PersonID]governance.VoteOption{
		"kch-board-2": governance.VoteOptionNo, "gstt-board-2": governance.VoteOptionNo, "kcl-board-2": governance.VoteOptionAbstain,
	}
	present := boardPresent(board, asOf)
	var ballots []governance.Ballot
	for i := range board.Seats {
		t, ok := board.Seats[i].HolderAt(asOf)
		if !ok || !board.Seats[i].Voting || !slices.Contains(present, t.Person) {
			continue
		}
		opt, ok := votes[t.Person]
		if !ok {
			opt = governance.VoteOptionYes
		}
		ballots = append(ballots, governance.Ballot{Voter: t.Person, Option: opt})
	}
	return ballots
}
