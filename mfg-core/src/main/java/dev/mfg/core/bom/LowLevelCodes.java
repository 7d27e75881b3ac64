package dev.mfg.core.bom;

import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.item.ItemId;
import java.util.Objects;
import java.util.OptionalInt;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The low-level code of every item of a {@link BomCatalog}: the length of the longest path from any top item
 * (code 0) down to it, over all planning BOMs and all dates, so that one order serves every planning date.
 * MRP plans items in {@link #order()}: every parent comes before each of its components.
 *
 * <pre>{@code
 * LowLevelCodes llc = LowLevelCodes.of(catalog);
 * int code = llc.of(ItemId.of("POWDER"));        // 2 in the melamine set
 * for (ItemId item : llc.order()) { ... }         // parents before components
 * }</pre>
 *
 * <p>Graph: an edge from a planning BOM's item to the component of each of its lines that is not cost-only
 * (line effectivity is ignored; substitutes are not edges). Phantom items get codes like any other item. Items
 * are those that appear in a planning BOM as its item or as a component.
 *
 * <p>Algorithm: the catalog graph on dense int nodes in CSR arrays, Kahn's topological sort, a longest-path pass
 * in that order and a counting sort by code; O(lines) plus one sort of the distinct item ids, iterative, so a
 * 10,000-level chain is fine. Immutable and thread-safe. {@code MasterData.lowLevelCodes()} caches the codes of
 * its effective catalog.
 *
 * @since 0.1
 */
public final class LowLevelCodes {
    /** The catalog graph, for item → node; read-only. */
    private final CatalogGraph graph;
    /** Code of each node. */
    private final int[] level;
    private final ImmutableList<ItemId> order;
    private final int maxCode;

    private LowLevelCodes(CatalogGraph graph, int[] level, ImmutableList<ItemId> order, int maxCode) {
        this.graph = graph;
        this.level = level;
        this.order = order;
        this.maxCode = maxCode;
    }

    /**
     * Computes the codes.
     *
     * @param catalog the BOMs
     * @return the codes
     * @throws CyclicBomException if the planning BOMs contain a cycle (only possible for a catalog built with
     *     {@link BomCatalog#unvalidated(Iterable)})
     */
    public static LowLevelCodes of(BomCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        CatalogGraph g = CatalogGraph.of(catalog.planningBoms());
        int[] topo = g.graph.topologicalOrder();
        if (topo.length < g.graph.size()) {
            throw CatalogGraph.cycleException(g.graph.findCycle(), g.items, catalog.planningBoms());
        }
        int[] level = g.graph.levels(topo);
        int max = 0;
        for (int code : level) {
            max = Math.max(max, code);
        }
        // Counting sort by code; nodes are numbered by id, so ties stay in id order.
        int[] next = new int[max + 2];
        for (int code : level) {
            next[code + 1]++;
        }
        for (int c = 0; c <= max; c++) {
            next[c + 1] += next[c];
        }
        ItemId[] order = new ItemId[level.length];
        for (int u = 0; u < level.length; u++) {
            order[next[level[u]]++] = g.items.get(u);
        }
        return new LowLevelCodes(g, level, Lists.immutable.with(order), max);
    }

    /**
     * @param item an item of the catalog
     * @return its low-level code (0 = top)
     * @throws IllegalArgumentException if the item is not in any planning BOM
     */
    public int of(ItemId item) {
        int node = graph.node(Objects.requireNonNull(item, "item"));
        if (node < 0) {
            throw new IllegalArgumentException("The item (" + item + ") is in no planning BOM."
                    + "\nMaybe use find(item) for items that may be absent.");
        }
        return level[node];
    }

    /**
     * @param item an item
     * @return its low-level code, or empty when the item is in no planning BOM
     */
    public OptionalInt find(ItemId item) {
        int node = graph.node(Objects.requireNonNull(item, "item"));
        return node < 0 ? OptionalInt.empty() : OptionalInt.of(level[node]);
    }

    /** {@return every item, by low-level code then id: parents before their components} */
    public ImmutableList<ItemId> order() {
        return order;
    }

    /** {@return the highest code (0 for an empty catalog)} */
    public int maxCode() {
        return maxCode;
    }

    /** {@return the number of items coded} */
    public int size() {
        return order.size();
    }
}
