// Package graph finds cycles in the reference graphs of ahsckit documents:
// reporting lines between governance bodies, parent programmes, and
// successions between organisations. It is the one home of the cycle walk,
// linear in the size of the graph however long the chains are.
package graph

// Components returns the strongly connected components of the directed
// graph on the nodes 0..n-1 with the given edges (from, to): comp[i] is the
// component of node i, and cyclic[i] reports whether node i lies on a
// directed cycle (its component has more than one node, or it has an edge
// to itself). An edge (u, v) lies on a cycle exactly when comp[u] == comp[v]
// and cyclic[u].
//
// Component numbers are assigned in the order Tarjan's algorithm completes
// them (a component is numbered before any component that reaches it). It
// runs in O(n + len(edges)) time and memory, without recursion. Edges with
// an end outside 0..n-1 are ignored.
func Components(n int, edges [][2]int) (comp []int, cyclic []bool) {
	// Compressed adjacency: the successors of u are to[start[u]:start[u+1]].
	start := make([]int, n+1)
	for _, e := range edges {
		if inRange(e, n) {
			start[e[0]+1]++
		}
	}
	for i := range n {
		start[i+1] += start[i]
	}
	to := make([]int, start[n])
	fill := make([]int, n)
	copy(fill, start[:n])
	cyclic = make([]bool, n)
	for _, e := range edges {
		if inRange(e, n) {
			to[fill[e[0]]] = e[1]
			fill[e[0]]++
			if e[0] == e[1] {
				cyclic[e[0]] = true
			}
		}
	}

	const unvisited = -1
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	comp = make([]int, n)
	for i := range index {
		index[i] = unvisited
	}
	var stack []int // Tarjan's stack of nodes
	type frame struct{ node, next int }
	var calls []frame // the explicit call stack
	counter, components := 0, 0
	for root := range n {
		if index[root] != unvisited {
			continue
		}
		calls = append(calls, frame{root, start[root]})
		index[root], low[root] = counter, counter
		counter++
		stack = append(stack, root)
		onStack[root] = true
		for len(calls) > 0 {
			f := &calls[len(calls)-1]
			u := f.node
			if f.next < start[u+1] {
				v := to[f.next]
				f.next++
				switch {
				case index[v] == unvisited:
					index[v], low[v] = counter, counter
					counter++
					stack = append(stack, v)
					onStack[v] = true
					calls = append(calls, frame{v, start[v]})
				case onStack[v]:
					low[u] = min(low[u], index[v])
				}
				continue
			}
			calls = calls[:len(calls)-1]
			if len(calls) > 0 {
				p := calls[len(calls)-1].node
				low[p] = min(low[p], low[u])
			}
			if low[u] != index[u] {
				continue
			}
			top := len(stack)
			for {
				top--
				w := stack[top]
				onStack[w] = false
				comp[w] = components
				if w == u {
					break
				}
			}
			if members := stack[top:]; len(members) > 1 {
				for _, w := range members {
					cyclic[w] = true
				}
			}
			stack = stack[:top]
			components++
		}
	}
	return comp, cyclic
}

func inRange(e [2]int, n int) bool {
	return e[0] >= 0 && e[0] < n && e[1] >= 0 && e[1] < n
}
