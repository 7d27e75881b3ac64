package dev.mfg.core.bom;

import dev.mfg.core.item.ItemId;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Where-used queries over a {@link BomCatalog}: which BOMs use an item (single level), and every ancestor of an
 * item with its level (multi-level). Counts every line of the planning BOMs, cost-only and optional ones
 * included (they are uses). Queries with a date look only at the BOM in force on the date and at lines in force
 * on it; queries without a date look at all planning BOMs and lines.
 *
 * <pre>{@code
 * WhereUsed whereUsed = WhereUsed.of(catalog);
 * whereUsed.usages(ItemId.of("POWDER"));                     // DISH-L@1 line 10, ...
 * whereUsed.ancestors(ItemId.of("POWDER"), date);            // DISH-L level 1, SET-50 level 2
 * }</pre>
 *
 * <p>The reverse index is built once, O(lines); each multi-level query is an iterative breadth-first search,
 * O(ancestors + their lines), safe on cyclic data. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WhereUsed {
    /**
     * One use of an item: a line of a BOM.
     *
     * @param bom the using BOM
     * @param line the line that consumes the item
     */
    public record Usage(Bom bom, BomLine line) {
        /** Validates non-null. */
        public Usage {
            Objects.requireNonNull(bom, "bom");
            Objects.requireNonNull(line, "line");
        }
    }

    /**
     * An ancestor of an item.
     *
     * @param item the ancestor
     * @param level the fewest BOM levels between it and the item (1 = direct parent)
     */
    public record Ancestor(ItemId item, int level) {
        /** Validates the values. */
        public Ancestor {
            Objects.requireNonNull(item, "item");
            if (level < 1) {
                throw new IllegalArgumentException("The level (" + level + ") must be at least 1.");
            }
        }
    }

    private static final Comparator<Usage> USAGE_ORDER = Comparator.comparing((Usage u) -> u.bom().id())
            .thenComparingInt(u -> u.line().lineNo());

    private final BomCatalog catalog;
    private final Map<ItemId, ImmutableList<Usage>> usages;

    private WhereUsed(BomCatalog catalog, Map<ItemId, ImmutableList<Usage>> usages) {
        this.catalog = catalog;
        this.usages = usages;
    }

    /**
     * Indexes the catalog's planning BOMs by component.
     *
     * @param catalog the BOMs
     * @return the index
     */
    public static WhereUsed of(BomCatalog catalog) {
        Objects.requireNonNull(catalog, "catalog");
        Map<ItemId, List<Usage>> index = new HashMap<>();
        for (Bom b : catalog.planningBoms()) {
            for (BomLine l : b.lines()) {
                index.computeIfAbsent(l.component(), k -> new ArrayList<>()).add(new Usage(b, l));
            }
        }
        Map<ItemId, ImmutableList<Usage>> frozen = new HashMap<>(index.size() * 2);
        index.forEach((k, v) -> {
            v.sort(USAGE_ORDER);
            frozen.put(k, Lists.immutable.withAll(v));
        });
        return new WhereUsed(catalog, frozen);
    }

    /**
     * Single-level where-used over all planning BOMs and dates.
     *
     * @param component the item
     * @return every line of a planning BOM consuming it, by BOM id then line number
     */
    public ImmutableList<Usage> usages(ItemId component) {
        ImmutableList<Usage> list = usages.get(Objects.requireNonNull(component, "component"));
        return list == null ? Lists.immutable.empty() : list;
    }

    /**
     * Single-level where-used on a date: lines in force of BOMs in force.
     *
     * @param component the item
     * @param date the date
     * @return the uses, by BOM id then line number
     */
    public ImmutableList<Usage> usages(ItemId component, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return usages(component).select(u -> inForce(u, date));
    }

    private boolean inForce(Usage u, LocalDate date) {
        if (!u.line().isEffectiveOn(date)) {
            return false;
        }
        Optional<Bom> bom = catalog.find(u.bom().item(), date);
        return bom.isPresent() && bom.get().id().equals(u.bom().id());
    }

    /**
     * Multi-level where-used over all planning BOMs and dates.
     *
     * @param component the item
     * @return every ancestor with the fewest levels to it, by level then id
     */
    public ImmutableList<Ancestor> ancestors(ItemId component) {
        return ancestors(component, Optional.empty());
    }

    /**
     * Multi-level where-used on a date.
     *
     * @param component the item
     * @param date the date
     * @return every ancestor through BOMs and lines in force on the date, by level then id
     */
    public ImmutableList<Ancestor> ancestors(ItemId component, LocalDate date) {
        return ancestors(component, Optional.of(Objects.requireNonNull(date, "date")));
    }

    private ImmutableList<Ancestor> ancestors(ItemId component, Optional<LocalDate> date) {
        Objects.requireNonNull(component, "component");
        Map<ItemId, Integer> level = new HashMap<>();
        Deque<ItemId> queue = new ArrayDeque<>();
        level.put(component, 0);
        queue.add(component);
        List<Ancestor> result = new ArrayList<>();
        while (!queue.isEmpty()) {
            ItemId x = queue.poll();
            int next = level.get(x) + 1;
            for (Usage u : usages(x)) {
                if (date.isPresent() && !inForce(u, date.get())) {
                    continue;
                }
                ItemId parent = u.bom().item();
                if (!level.containsKey(parent)) {
                    level.put(parent, next);
                    queue.add(parent);
                    result.add(new Ancestor(parent, next));
                }
            }
        }
        result.sort(Comparator.comparingInt(Ancestor::level).thenComparing(Ancestor::item));
        return Lists.immutable.withAll(result);
    }
}
