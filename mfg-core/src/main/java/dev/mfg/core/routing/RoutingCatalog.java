package dev.mfg.core.routing;

import dev.mfg.core.error.EffectivityConflictException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.collections.api.map.ImmutableMap;
import org.eclipse.collections.api.map.MutableMap;

/**
 * A validated set of routings that answers "which routing makes this item, on this date, at this lot size".
 *
 * <p>Rules checked by {@link #of}:
 * <ul>
 *   <li>no two routings share a {@link RoutingId} ({@code ID_DUPLICATE} at {@code routings[ITEM@VERSION]});</li>
 *   <li>no two ACTIVE PRODUCTION routings of one item have overlapping effectivity <em>and</em> overlapping
 *       lot-size ranges ({@link EffectivityConflictException}), so at most one routing is ever in force for a
 *       date and lot size.</li>
 * </ul>
 *
 * <p>{@link #find} considers only ACTIVE PRODUCTION routings. Should several match (the conflict rule makes
 * that impossible for a validated catalog, but the order is defined anyway), the one with the narrowest
 * lot-size range wins (a closed range is narrower than a half-open one), then the highest version (versions
 * that are both whole numbers compare numerically, others as text).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RoutingCatalog {
    /** Narrowest lot-size range first, then highest version first. */
    static final Comparator<Routing> PREFERENCE = Comparator.comparing(RoutingCatalog::width,
            Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
            .thenComparing(Routing::version, RoutingCatalog::compareVersions);

    private final ImmutableList<Routing> routings;
    private final ImmutableMap<ItemId, ImmutableList<Routing>> byItem;

    private RoutingCatalog(ImmutableList<Routing> routings) {
        this.routings = routings;
        MutableMap<ItemId, MutableList<Routing>> map = Maps.mutable.empty();
        routings.forEach(r -> map.getIfAbsentPut(r.item(), Lists.mutable::empty).add(r));
        this.byItem = map.collectValues((k, v) -> v.toImmutable()).toImmutable();
    }

    /**
     * @param routings the routings, in any order
     * @return the validated catalog
     * @throws InvalidInputException with {@code ID_DUPLICATE} for a repeated id
     * @throws EffectivityConflictException for two ACTIVE PRODUCTION routings of one item that overlap in both
     *         effectivity and lot size
     */
    public static RoutingCatalog of(Iterable<Routing> routings) {
        Objects.requireNonNull(routings, "routings");
        ImmutableList<Routing> sorted = Lists.mutable.withAll(routings).sortThisBy(Routing::id).toImmutable();
        Problems p = new Problems();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
                p.add(RuleCode.ID_DUPLICATE, "routings[" + sorted.get(i).id() + "]", sorted.get(i).id(),
                        "The routing (" + sorted.get(i).id() + ") is defined more than once."
                                + "\nMaybe give the second one a new version.");
            }
        }
        p.throwIfAny();
        ImmutableList<Routing> planned = sorted.select(RoutingCatalog::isPlanned);
        for (int i = 0; i < planned.size(); i++) {
            Routing a = planned.get(i);
            for (int j = i + 1; j < planned.size() && planned.get(j).item().equals(a.item()); j++) {
                Routing b = planned.get(j);
                if (a.effectivity().overlaps(b.effectivity()) && a.lotSizesOverlap(b)) {
                    throw new EffectivityConflictException(a.id().toString(),
                            b.effectivity() + " lot sizes " + b.lotSizeRange() + " vs " + a.effectivity()
                                    + " lot sizes " + a.lotSizeRange(),
                            "routing[" + b.id() + "].effectivity");
                }
            }
        }
        return new RoutingCatalog(sorted);
    }

    /** {@return an empty catalog} */
    public static RoutingCatalog empty() {
        return new RoutingCatalog(Lists.immutable.empty());
    }

    /** {@return every routing, sorted by id} */
    public ImmutableList<Routing> routings() {
        return routings;
    }

    /**
     * @param item an item
     * @return its routings of every status and type, sorted by version text
     */
    public ImmutableList<Routing> routingsOf(ItemId item) {
        return byItem.getIfAbsentValue(Objects.requireNonNull(item, "item"), Lists.immutable.empty());
    }

    /**
     * @param id a routing id
     * @return the routing with that id, if any
     */
    public Optional<Routing> get(RoutingId id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(routingsOf(id.item()).detect(r -> r.id().equals(id)));
    }

    /**
     * The routing to plan with: an ACTIVE PRODUCTION routing of the item in force on {@code date} whose
     * lot-size range contains {@code lotSize}.
     *
     * @param item the item
     * @param date the date (for example the order's start or due date)
     * @param lotSize the lot size, in the item's base unit
     * @return the routing, or empty if none applies
     */
    public Optional<Routing> find(ItemId item, LocalDate date, BigDecimal lotSize) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(lotSize, "lotSize");
        return routingsOf(item).select(r -> isPlanned(r) && r.appliesTo(date, lotSize)).minOptional(PREFERENCE);
    }

    private static boolean isPlanned(Routing r) {
        return r.status() == RoutingStatus.ACTIVE && r.type() == RoutingType.PRODUCTION;
    }

    private static BigDecimal width(Routing r) {
        if (r.lotSizeTo().isEmpty()) {
            return null; // unbounded: widest
        }
        return r.lotSizeTo().get().subtract(r.lotSizeFrom().orElse(BigDecimal.ZERO));
    }

    /** Descending: the higher version sorts first. */
    private static int compareVersions(String a, String b) {
        if (a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit)) {
            int c = new BigDecimal(b).compareTo(new BigDecimal(a));
            if (c != 0) {
                return c;
            }
        }
        return b.compareTo(a);
    }

    @Override
    public String toString() {
        return "RoutingCatalog" + routings.collect(Routing::id);
    }
}
