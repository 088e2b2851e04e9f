// Package governancetest provides rapid generators for package governance,
// in the style of net/http/httptest. Valid by construction:
// [Document], [Decision] (a [Scenario]: body, motion, attendance and
// ballots, the arguments of governance.Decide), [BodyWith] and
// [TermsOfReference]. Broken in exactly one way, with where and how the
// problem must be reported: [MutatedDocument] and [MutatedDecision], whose
// kinds [DocumentMutationKinds] and [DecisionMutationKinds] list.
//
//	m := governancetest.MutatedDocument().Draw(t, "mutation")
//	ps := vocab.ProblemsOf(m.Value.Validate()) // must hold m.Type at m.Path
//
// Production code never imports it: rapid registers command-line flags
// when imported.
package governancetest
