package dev.mfg.core.bom;

import java.util.Arrays;

/*
 * Dense-int directed graph shared by the BOM algorithms. Nodes are 0..n-1; edges are stored compressed (CSR): the
 * successors of u are target[start[u] .. start[u+1]), in insertion order, in two flat int arrays (no per-node
 * objects, sequential memory). Every walk is iterative:
 *  - topologicalOrder(): Kahn's algorithm [1], O(V + E); returns fewer than n nodes iff the graph has a cycle.
 *    Ready nodes are taken in ascending index order within a wave (FIFO queue seeded in index order), so the
 *    order is deterministic for a deterministic numbering.
 *  - levels(order): longest distance from any source along the order (the low-level code), O(V + E).
 *  - findCycle(): depth-first search with white/grey/black colours [2] on an explicit stack of (node, next edge)
 *    frames; a grey successor closes a cycle, which is read off the stack. O(V + E).
 * [1] A. B. Kahn, "Topological sorting of large networks", CACM 5(11), 1962.
 * [2] Cormen, Leiserson, Rivest, Stein, Introduction to Algorithms, 3rd ed., §22.3.
 */
final class Digraph {
    private static final int[] NO_EDGES = new int[0];
    /** Successors of u are {@code target[start[u]] .. target[start[u + 1] - 1]}; length n + 1. */
    private final int[] start;
    private final int[] target;

    /** A graph from one adjacency array per node (copied into CSR form). */
    Digraph(int[][] adj) {
        int n = adj.length;
        this.start = new int[n + 1];
        for (int u = 0; u < n; u++) {
            start[u + 1] = start[u] + adj[u].length;
        }
        this.target = new int[start[n]];
        for (int u = 0; u < n; u++) {
            System.arraycopy(adj[u], 0, target, start[u], adj[u].length);
        }
    }

    /** A graph in CSR form; the arrays are taken, not copied. */
    Digraph(int[] start, int[] target) {
        this.start = start;
        this.target = target;
    }

    int size() {
        return start.length - 1;
    }

    static int[][] emptyAdjacency(int n) {
        int[][] a = new int[n][];
        Arrays.fill(a, NO_EDGES);
        return a;
    }

    /** Kahn's order; shorter than {@link #size()} when a cycle exists. */
    int[] topologicalOrder() {
        int n = size();
        int[] indegree = new int[n];
        for (int e = 0, m = start[n]; e < m; e++) {
            indegree[target[e]]++;
        }
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int u = 0; u < n; u++) {
            if (indegree[u] == 0) {
                queue[tail++] = u;
            }
        }
        while (head < tail) {
            int u = queue[head++];
            for (int e = start[u], end = start[u + 1]; e < end; e++) {
                int v = target[e];
                if (--indegree[v] == 0) {
                    queue[tail++] = v;
                }
            }
        }
        return tail == n ? queue : Arrays.copyOf(queue, tail);
    }

    /** Longest path length from a source to each node, given a complete topological order. */
    int[] levels(int[] order) {
        int[] level = new int[size()];
        for (int u : order) {
            int next = level[u] + 1;
            for (int e = start[u], end = start[u + 1]; e < end; e++) {
                int v = target[e];
                if (next > level[v]) {
                    level[v] = next;
                }
            }
        }
        return level;
    }

    /**
     * Finds a cycle, if any, starting the search from nodes in ascending order.
     *
     * @return the closing edge's source in [length-2] and the cycle's nodes, first repeated last; empty if acyclic
     */
    int[] findCycle() {
        int n = size();
        byte[] colour = new byte[n]; // 0 white, 1 grey (on the stack), 2 black
        int[] stackNode = new int[n];
        int[] stackEdge = new int[n];
        for (int root = 0; root < n; root++) {
            if (colour[root] != 0) {
                continue;
            }
            int top = 0;
            stackNode[0] = root;
            stackEdge[0] = 0;
            colour[root] = 1;
            while (top >= 0) {
                int u = stackNode[top];
                if (stackEdge[top] < start[u + 1] - start[u]) {
                    int v = target[start[u] + stackEdge[top]++];
                    if (colour[v] == 1) {
                        int from = top;
                        while (stackNode[from] != v) {
                            from--;
                        }
                        int[] cycle = new int[top - from + 2];
                        System.arraycopy(stackNode, from, cycle, 0, top - from + 1);
                        cycle[cycle.length - 1] = v;
                        return cycle;
                    }
                    if (colour[v] == 0) {
                        colour[v] = 1;
                        top++;
                        stackNode[top] = v;
                        stackEdge[top] = 0;
                    }
                } else {
                    colour[u] = 2;
                    top--;
                }
            }
        }
        return NO_EDGES;
    }
}
