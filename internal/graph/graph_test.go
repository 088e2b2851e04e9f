package graph

import (
	"strconv"
	"testing"

	"pgregory.net/rapid"
)

// reaches reports whether v is reachable from u by one or more edges.
func reaches(n int, edges [][2]int, u, v int) bool {
	seen := make([]bool, n)
	work := []int{u}
	for len(work) > 0 {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		for _, e := range edges {
			if e[0] == x && !seen[e[1]] {
				if e[1] == v {
					return true
				}
				seen[e[1]] = true
				work = append(work, e[1])
			}
		}
	}
	return false
}

func TestComponentsMatchReachability(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(0, 12).Draw(t, "n")
		var edges [][2]int
		if n > 0 {
			node := rapid.IntRange(0, n-1)
			edges = rapid.SliceOfN(rapid.Custom(func(t *rapid.T) [2]int {
				return [2]int{node.Draw(t, "from"), node.Draw(t, "to")}
			}), 0, 3*n).Draw(t, "edges")
		}
		comp, cyclic := Components(n, edges)
		for u := range n {
			if got, want := cyclic[u], reaches(n, edges, u, u); got != want {
				t.Fatalf("cyclic[%d] = %v, want %v (edges %v)", u, got, want, edges)
			}
			for v := range n {
				same := u == v || reaches(n, edges, u, v) && reaches(n, edges, v, u)
				if (comp[u] == comp[v]) != same {
					t.Fatalf("comp[%d]=%d, comp[%d]=%d, mutually reachable %v", u, comp[u], v, comp[v], same)
				}
			}
		}
	})
}

func TestComponentsLongChainIsLinear(t *testing.T) {
	// A 1,000,000-node chain closed into a ring: no recursion, one component.
	const n = 1_000_000
	edges := make([][2]int, n)
	for i := range edges {
		edges[i] = [2]int{i, (i + 1) % n}
	}
	comp, cyclic := Components(n, edges)
	for i := range n {
		if comp[i] != comp[0] || !cyclic[i] {
			t.Fatalf("node %d: comp %d, cyclic %v", i, comp[i], cyclic[i])
		}
	}
	// Opening the ring leaves no cycle.
	comp, cyclic = Components(n, edges[:n-1])
	for i := range n {
		if cyclic[i] || i > 0 && comp[i] == comp[i-1] {
			t.Fatalf("open chain: node %d on a cycle", i)
		}
	}
}

func TestComponentsIgnoresEdgesOutOfRange(t *testing.T) {
	_, cyclic := Components(2, [][2]int{{0, 5}, {-1, 0}, {1, 1}})
	if cyclic[0] || !cyclic[1] {
		t.Fatalf("cyclic = %v", cyclic)
	}
}

func BenchmarkComponentsChain(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		edges := make([][2]int, n-1)
		for i := range edges {
			edges[i] = [2]int{n - 1 - i, n - 2 - i} // a reversed chain
		}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				Components(n, edges)
			}
		})
	}
}
