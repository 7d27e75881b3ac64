package dev.mfg.core.bom;

import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.item.ItemId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * The graph of all planning BOMs of a catalog over all dates: an edge parent → component for every line that is
 * not cost-only. Items are numbered in ascending id order, so every walk over it is deterministic.
 */
final class CatalogGraph {
    final List<ItemId> items;
    final Map<ItemId, Integer> index;
    final Digraph graph;

    private CatalogGraph(List<ItemId> items, Map<ItemId, Integer> index, Digraph graph) {
        this.items = items;
        this.index = index;
        this.graph = graph;
    }

    static CatalogGraph of(Iterable<Bom> planningBoms) {
        TreeSet<ItemId> ids = new TreeSet<>();
        for (Bom b : planningBoms) {
            ids.add(b.item());
            for (BomLine l : b.lines()) {
                if (!l.costOnly()) {
                    ids.add(l.component());
                }
            }
        }
        List<ItemId> items = new ArrayList<>(ids);
        Map<ItemId, Integer> index = new HashMap<>(items.size() * 2);
        for (int i = 0; i < items.size(); i++) {
            index.put(items.get(i), i);
        }
        IntArrayList[] out = new IntArrayList[items.size()];
        for (Bom b : planningBoms) {
            int u = index.get(b.item());
            for (BomLine l : b.lines()) {
                if (!l.costOnly()) {
                    if (out[u] == null) {
                        out[u] = new IntArrayList();
                    }
                    out[u].add(index.get(l.component()));
                }
            }
        }
        int[][] adj = Digraph.emptyAdjacency(items.size());
        for (int u = 0; u < out.length; u++) {
            if (out[u] != null) {
                adj[u] = out[u].toArray();
            }
        }
        return new CatalogGraph(items, index, new Digraph(adj));
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
