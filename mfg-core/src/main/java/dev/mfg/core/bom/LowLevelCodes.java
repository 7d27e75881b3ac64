package dev.mfg.core.bom;

import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.item.ItemId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Algorithm: Kahn's topological sort, then a longest-path pass in that order; O(items + lines), iterative,
 * so a 10,000-level chain is fine. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LowLevelCodes {
    private final Map<ItemId, Integer> codes;
    private final ImmutableList<ItemId> order;
    private final int maxCode;

    private LowLevelCodes(Map<ItemId, Integer> codes, ImmutableList<ItemId> order, int maxCode) {
        this.codes = codes;
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
        Map<ItemId, Integer> codes = new HashMap<>(g.items.size() * 2);
        List<ItemId> order = new ArrayList<>(g.items);
        int max = 0;
        for (int i = 0; i < level.length; i++) {
            codes.put(g.items.get(i), level[i]);
            max = Math.max(max, level[i]);
        }
        // g.items is sorted by id, and the sort is stable: ties by id.
        order.sort(Comparator.comparingInt(codes::get));
        return new LowLevelCodes(codes, Lists.immutable.withAll(order), max);
    }

    /**
     * @param item an item of the catalog
     * @return its low-level code (0 = top)
     * @throws IllegalArgumentException if the item is not in any planning BOM
     */
    public int of(ItemId item) {
        Integer code = codes.get(Objects.requireNonNull(item, "item"));
        if (code == null) {
            throw new IllegalArgumentException("The item (" + item + ") is in no planning BOM."
                    + "\nMaybe use find(item) for items that may be absent.");
        }
        return code;
    }

    /**
     * @param item an item
     * @return its low-level code, or empty when the item is in no planning BOM
     */
    public OptionalInt find(ItemId item) {
        Integer code = codes.get(Objects.requireNonNull(item, "item"));
        return code == null ? OptionalInt.empty() : OptionalInt.of(code);
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
