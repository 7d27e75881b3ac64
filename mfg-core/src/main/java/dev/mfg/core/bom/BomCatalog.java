package dev.mfg.core.bom;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.EffectivityConflictException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Every BOM of a model, indexed by item, validated as a whole.
 *
 * <pre>{@code
 * BomCatalog boms = BomCatalog.of(List.of(setBom, dishBom, cutBom));
 * Optional<Bom> inForce = boms.find(ItemId.of("DISH-L"), LocalDate.of(2026, 1, 5));
 * }</pre>
 *
 * <p>Planning BOMs are the ACTIVE ones of type PRODUCTION or PHANTOM ({@link Bom#isPlanning()});
 * {@link #find(ItemId, LocalDate)} returns the planning BOM in force on a date. {@link #of(Iterable)} checks,
 * reporting every problem it can at once:
 * <ul>
 *   <li>two BOMs with the same {@link BomId} → {@code ID_DUPLICATE};</li>
 *   <li>two planning BOMs of one item whose effectivity windows overlap → {@link EffectivityConflictException};</li>
 *   <li>a cycle among the planning BOMs over all dates (a future-effective BOM can close one) →
 *       {@link CyclicBomException} whose {@link CyclicBomException#cycle() cycle} is the real path
 *       {@code [A, B, C, A]}.</li>
 * </ul>
 * A single problem is thrown as its own exception type; several are thrown together as one
 * {@link InvalidInputException}. Validation is O(BOMs + lines) plus a sort of each item's versions.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class BomCatalog {
    private static final Comparator<Bom> BY_START = Comparator
            .comparing((Bom b) -> b.effectivity().startInclusive().orElse(LocalDate.MIN))
            .thenComparing(Bom::version);

    private final ImmutableList<Bom> boms;
    private final Map<ItemId, ImmutableList<Bom>> byItem;
    private final Map<ItemId, ImmutableList<Bom>> planningByItem;
    private final ImmutableList<Bom> planning;

    private BomCatalog(List<Bom> boms) {
        List<Bom> sorted = new ArrayList<>(boms);
        sorted.sort(Comparator.comparing(Bom::id));
        this.boms = Lists.immutable.withAll(sorted);
        Map<ItemId, List<Bom>> all = new TreeMap<>();
        Map<ItemId, List<Bom>> plan = new TreeMap<>();
        List<Bom> planningList = new ArrayList<>();
        for (Bom b : sorted) {
            all.computeIfAbsent(b.item(), k -> new ArrayList<>()).add(b);
            if (b.isPlanning()) {
                plan.computeIfAbsent(b.item(), k -> new ArrayList<>()).add(b);
                planningList.add(b);
            }
        }
        this.byItem = freeze(all);
        plan.values().forEach(l -> l.sort(BY_START));
        this.planningByItem = freeze(plan);
        this.planning = Lists.immutable.withAll(planningList);
    }

    private static Map<ItemId, ImmutableList<Bom>> freeze(Map<ItemId, List<Bom>> map) {
        Map<ItemId, ImmutableList<Bom>> result = new LinkedHashMap<>(map.size() * 2);
        map.forEach((k, v) -> result.put(k, Lists.immutable.withAll(v)));
        return result;
    }

    /**
     * Indexes and validates BOMs.
     *
     * @param boms the BOMs, in any order
     * @return the catalog
     * @throws CyclicBomException if the planning BOMs contain a cycle (and nothing else is wrong)
     * @throws EffectivityConflictException if two planning BOMs of an item overlap (and nothing else is wrong)
     * @throws InvalidInputException with every problem, for duplicate ids or several problems
     */
    public static BomCatalog of(Iterable<Bom> boms) {
        BomCatalog catalog = unvalidated(boms);
        catalog.validate();
        return catalog;
    }

    /**
     * Indexes BOMs without validating them, for snapshots already validated when they were stored. Explosion
     * and low-level coding still guard against cycles in such data ({@link CyclicBomException}, never a stack
     * overflow or a hang). Where two planning BOMs of an item overlap, {@link #find} takes the one that starts
     * first (then by version).
     *
     * @param boms the BOMs
     * @return the catalog
     */
    public static BomCatalog unvalidated(Iterable<Bom> boms) {
        Objects.requireNonNull(boms, "boms");
        List<Bom> list = new ArrayList<>();
        for (Bom b : boms) {
            list.add(Objects.requireNonNull(b, "boms[]"));
        }
        return new BomCatalog(list);
    }

    /**
     * Validates the catalog (see the class comment); {@link #of} calls it.
     *
     * @throws InvalidInputException as documented on {@link #of(Iterable)}
     */
    public void validate() {
        List<InvalidInputException> found = new ArrayList<>();
        Set<Bom> duplicates = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        // Sorted (stably) by id: a repeated id follows its first use directly; no set of ids, no BomId per BOM.
        Bom first = null;
        for (Bom b : boms) {
            if (first == null || !first.item().equals(b.item()) || !first.version().equals(b.version())) {
                first = b;
            } else {
                duplicates.add(b);
                found.add(InvalidInputException.of(RuleCode.ID_DUPLICATE, b.path(), b.id(),
                        "The BOM id (" + b.id() + ") is used twice.\nMaybe give the second one a new version."));
            }
        }
        for (ImmutableList<Bom> versions : planningByItem.values()) {
            Bom previous = null;
            for (Bom b : versions) {
                if (!duplicates.isEmpty() && duplicates.contains(b)) {
                    continue;
                }
                if (previous != null && previous.effectivity().overlaps(b.effectivity())) {
                    found.add(new EffectivityConflictException(previous.id().toString(),
                            intersection(previous.effectivity(), b.effectivity()).toString(),
                            b.path() + ".effectivity"));
                }
                // Sorted by start: an overlap with any earlier window implies one with the latest-ending earlier.
                if (previous == null || endsAfter(b.effectivity(), previous.effectivity())) {
                    previous = b;
                }
            }
        }
        CatalogGraph g = CatalogGraph.of(planning);
        int[] cycle = g.graph.findCycle();
        if (cycle.length > 0) {
            found.add(CatalogGraph.cycleException(cycle, g.items, planning));
        }
        if (found.size() == 1) {
            throw found.get(0);
        }
        if (!found.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            found.forEach(e -> e.problems().forEach(problems::add));
            throw new InvalidInputException(problems);
        }
    }

    private static boolean endsAfter(Effectivity a, Effectivity b) {
        if (a.endExclusive().isEmpty()) {
            return true;
        }
        return b.endExclusive().isPresent() && a.endExclusive().get().isAfter(b.endExclusive().get());
    }

    private static Effectivity intersection(Effectivity a, Effectivity b) {
        Optional<LocalDate> start = later(a.startInclusive(), b.startInclusive(), true);
        Optional<LocalDate> end = later(a.endExclusive(), b.endExclusive(), false);
        return new Effectivity(start, end);
    }

    private static Optional<LocalDate> later(Optional<LocalDate> x, Optional<LocalDate> y, boolean later) {
        if (x.isEmpty()) {
            return y;
        }
        if (y.isEmpty()) {
            return x;
        }
        boolean xFirst = x.get().isBefore(y.get());
        return later ? (xFirst ? y : x) : (xFirst ? x : y);
    }

    /** {@return every BOM, planning or not, ordered by id} */
    public ImmutableList<Bom> boms() {
        return boms;
    }

    /** {@return the planning BOMs (ACTIVE, PRODUCTION or PHANTOM), ordered by id} */
    public ImmutableList<Bom> planningBoms() {
        return planning;
    }

    /**
     * @param item an item
     * @return every BOM of the item, planning or not, ordered by version
     */
    public ImmutableList<Bom> bomsOf(ItemId item) {
        Objects.requireNonNull(item, "item");
        ImmutableList<Bom> list = byItem.get(item);
        return list == null ? Lists.immutable.empty() : list;
    }

    /**
     * @param id a BOM id
     * @return the BOM with that id, if any (the first, in an unvalidated catalog with duplicates)
     */
    public Optional<Bom> get(BomId id) {
        Objects.requireNonNull(id, "id");
        return bomsOf(id.item()).detectOptional(b -> b.version().equals(id.version()));
    }

    /**
     * The planning BOM of an item in force on a date.
     *
     * @param item the item
     * @param date the date
     * @return the BOM, or empty when the item has none on that date (it is then a leaf: bought or not modelled)
     */
    public Optional<Bom> find(ItemId item, LocalDate date) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(date, "date");
        ImmutableList<Bom> list = planningByItem.get(item);
        if (list == null) {
            return Optional.empty();
        }
        for (Bom b : list) {
            if (b.effectivity().contains(date)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * @param item the item
     * @param date the date
     * @return whether the item's BOM in force on the date is a phantom
     */
    public boolean isPhantom(ItemId item, LocalDate date) {
        return find(item, date).map(Bom::isPhantom).orElse(false);
    }

    /**
     * @param item the item
     * @return the item's planning BOMs over all dates, ordered by effectivity start
     */
    public ImmutableList<Bom> planningBomsOf(ItemId item) {
        Objects.requireNonNull(item, "item");
        ImmutableList<Bom> list = planningByItem.get(item);
        return list == null ? Lists.immutable.empty() : list;
    }

    /** {@return the number of BOMs} */
    public int size() {
        return boms.size();
    }

    @Override
    public String toString() {
        return "BomCatalog" + boms.collect(Bom::id);
    }
}
