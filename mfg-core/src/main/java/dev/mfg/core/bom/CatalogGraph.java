package dev.mfg.core.bom;

import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.item.ItemId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The graph of all planning BOMs of a catalog over all dates: an edge parent → component for every line that is
 * not cost-only. Items are numbered in ascending id order, so every walk over it is deterministic.
 */
final class CatalogGraph {
    /** The items, ascending by id: node i is {@code items.get(i)}. */
    final List<ItemId> items;
    /** Item id → provisional number; {@link #node(ItemId)} maps it to its node. Read-only after construction. */
    private final ObjectIntHashMap<ItemId> index;
    /** Provisional number → node. */
    private final int[] rank;
    final Digraph graph;

    private CatalogGraph(List<ItemId> items, ObjectIntHashMap<ItemId> index, int[] rank, Digraph graph) {
        this.items = items;
        this.index = index;
        this.rank = rank;
        this.graph = graph;
    }

    /** {@return the node of an item, or -1 when the item is in no planning BOM} */
    int node(ItemId item) {
        int p = index.getIfAbsent(item, -1);
        return p < 0 ? -1 : rank[p];
    }

    /**
     * Builds the graph in O(lines + leaves log leaves), in flat int arrays: BOM items are numbered first (they
     * arrive ascending, as {@link BomCatalog} orders its planning BOMs by id), then each line's component costs
     * one hash lookup, and only the ids that have no BOM (leaves) are sorted and merged in. A node's edges keep
     * the order of the planning BOMs (by id) and of their lines.
     *
     * @param planningBoms the planning BOMs, ordered by id
     */
    static CatalogGraph of(ImmutableList<Bom> planningBoms) {
        int bomCount = planningBoms.size();
        int lineCount = 0;
        for (int k = 0; k < bomCount; k++) {
            lineCount += planningBoms.get(k).lines().size();
        }
        ObjectIntHashMap<ItemId> index = new ObjectIntHashMap<>(bomCount + lineCount / 2 + 16);
        List<ItemId> seen = new ArrayList<>(bomCount * 2 + 16);
        int[] bomNode = new int[bomCount];
        ItemId previous = null;
        for (int k = 0; k < bomCount; k++) {
            ItemId item = planningBoms.get(k).item();
            if (item.equals(previous)) {
                bomNode[k] = bomNode[k - 1];   // another version of the same item
            } else {
                bomNode[k] = seen.size();
                index.put(item, seen.size());
                seen.add(item);
                previous = item;
            }
        }
        int made = seen.size();
        int[] bomEnd = new int[bomCount];      // edges of BOM k are edge[bomEnd[k-1] .. bomEnd[k])
        int[] edge = new int[lineCount];
        int m = 0;
        for (int k = 0; k < bomCount; k++) {
            ImmutableList<BomLine> lines = planningBoms.get(k).lines();
            for (int i = 0, size = lines.size(); i < size; i++) {
                BomLine l = lines.get(i);
                if (!l.costOnly()) {
                    ItemId c = l.component();
                    int next = seen.size();
                    int p = index.getIfAbsentPut(c, next);
                    if (p == next) {
                        seen.add(c);
                    }
                    edge[m++] = p;
                }
            }
            bomEnd[k] = m;
        }
        // Nodes in ascending id order (every walk is then deterministic): merge the made items, already sorted,
        // with the sorted leaves.
        int n = seen.size();
        Integer[] leaves = new Integer[n - made];
        for (int i = 0; i < leaves.length; i++) {
            leaves[i] = made + i;
        }
        Arrays.sort(leaves, (x, y) -> seen.get(x).compareTo(seen.get(y)));
        int[] rank = new int[n];
        ItemId[] sorted = new ItemId[n];
        for (int r = 0, a = 0, b = 0; r < n; r++) {
            int p = b == leaves.length || a < made && seen.get(a).compareTo(seen.get(leaves[b])) < 0
                    ? a++ : leaves[b++];
            rank[p] = r;
            sorted[r] = seen.get(p);
        }
        int[] start = new int[n + 1];
        for (int k = 0, from = 0; k < bomCount; k++) {
            start[rank[bomNode[k]] + 1] += bomEnd[k] - from;
            from = bomEnd[k];
        }
        for (int u = 0; u < n; u++) {
            start[u + 1] += start[u];
        }
        int[] fill = Arrays.copyOf(start, n);
        int[] target = new int[m];
        for (int k = 0, from = 0; k < bomCount; k++) {
            int u = rank[bomNode[k]];
            for (int e = from; e < bomEnd[k]; e++) {
                target[fill[u]++] = rank[edge[e]];
            }
            from = bomEnd[k];
        }
        return new CatalogGraph(Collections.unmodifiableList(Arrays.asList(sorted)), index, rank,
                new Digraph(start, target));
    }

    /** The cycle exception for a cycle found by {@link Digraph#findCycle()}, with the path of its closing line. */
    static CyclicBomException cycleException(int[] cycle, List<ItemId> items, Iterable<Bom> planningBoms) {
        ItemId from = items.get(cycle[cycle.length - 2]);
        ItemId to = items.get(cycle[cycle.length - 1]);
        String path = "bom[" + from + "]";
        outer:
        for (Bom b : planningBoms) {
            if (b.item().equals(from)) {
                for (BomLine l : b.lines()) {
                    if (!l.costOnly() && l.component().equals(to)) {
                        path = b.path() + ".line[" + l.lineNo() + "].component";
                        break outer;
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(cycle.length);
        for (int v : cycle) {
            names.add(items.get(v).value());
        }
        ImmutableList<String> list = Lists.immutable.withAll(names);
        return new CyclicBomException(list, path);
    }
}
