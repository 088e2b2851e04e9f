// Package apicheck guards ahsckit's public API and its dependencies. It has
// no code, only tests, run by `go test ./...` and by .ci/run:
//
//   - TestAPIListing compares a text listing of the exported API of every
//     public package (the …test generator packages included) with the
//     committed listing in .ci/api.txt. Any addition, removal or change fails
//     until the listing is regenerated deliberately:
//
//     go test ./internal/apicheck -update
//
//   - TestDocumented checks that every exported type, field, function,
//     method, constant and variable has a doc comment, that every enum type's
//     doc lists each of its codes in double quotes, and that no exported
//     declaration mentions a type from an internal package.
//
//   - TestEveryPackageHasAnExample checks that every public package has a
//     runnable package example (func Example).
//
//   - TestExamplesDoNotImportInternal checks that no file with an Example
//     function imports an internal package, so every example on pkg.go.dev
//     can be copied.
//
//   - TestDependencies checks, with `go list -deps`, that each library
//     package depends only on the standard library, this module and the
//     modules allowed for it (invopop/jsonschema only in ahsc/schema, rapid
//     and go-cmp only in the …test packages, gonum only in the simulation
//     packages), so library users inherit no heavy dependency.
package apicheck
