package dev.mfg.core.quantity;

import dev.mfg.core.error.UnitConversionException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Converts between units: through standard factors within a category (G ↔ KG), and through explicit
 * conversions across categories or to custom units (1 SHEET = 0.02 KG), which may be global (given to the
 * converter) or item-specific (passed per call). Item-specific conversions are tried first. A path may chain
 * several conversions (SHEET → KG → G); the ratio stays an exact fraction.
 *
 * <p>Conversion is not a hot-path operation: engines compute each line's factor once when they index a
 * snapshot. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class UnitConverter {
    private static final UnitConverter STANDARD = new UnitConverter(Lists.immutable.empty());

    private final ImmutableList<UomConversion> global;

    private UnitConverter(ImmutableList<UomConversion> global) {
        this.global = global;
    }

    /** {@return a converter that knows only the standard factors} */
    public static UnitConverter standard() {
        return STANDARD;
    }

    /**
     * @param conversions global explicit conversions
     * @return a converter using the standard factors and these conversions
     */
    public static UnitConverter of(Iterable<UomConversion> conversions) {
        return new UnitConverter(Lists.immutable.withAll(conversions));
    }

    /** {@return the global explicit conversions} */
    public ImmutableList<UomConversion> conversions() {
        return global;
    }

    /**
     * Finds the factor from one unit to another without an item.
     *
     * @param from the source unit
     * @param to the target unit
     * @return the factor
     * @throws UnitConversionException if no conversion path exists
     */
    public ConversionFactor factor(Uom from, Uom to) {
        return factor(from, to, Lists.immutable.empty(), "");
    }

    /**
     * Finds the factor from one unit to another, using the item's own conversions first.
     *
     * @param from the source unit
     * @param to the target unit
     * @param itemConversions the item-specific conversions (may be empty)
     * @param itemId the item's id, for the error message (empty if none)
     * @return the factor
     * @throws UnitConversionException if no conversion path exists
     */
    public ConversionFactor factor(Uom from, Uom to, Iterable<UomConversion> itemConversions, String itemId) {
        if (Objects.requireNonNull(from, "from").equals(Objects.requireNonNull(to, "to"))) {
            return ConversionFactor.ONE; // the common case, without the search's Optional and error supplier
        }
        return find(from, to, itemConversions)
                .orElseThrow(() -> new UnitConversionException(from.code(), to.code(), itemId, "uom"));
    }

    /**
     * Like {@link #factor(Uom, Uom, Iterable, String)} but empty where no path exists.
     *
     * @param from the source unit
     * @param to the target unit
     * @param itemConversions item-specific conversions
     * @return the factor, if any
     */
    public Optional<ConversionFactor> find(Uom from, Uom to, Iterable<UomConversion> itemConversions) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            return Optional.of(ConversionFactor.ONE);
        }
        if (from.isConvertibleTo(to)) {
            return Optional.of(new ConversionFactor(from.factorToBase(), to.factorToBase()));
        }
        // Breadth-first search over explicit edges; standard edges join units of one category.
        List<UomConversion> edges = new ArrayList<>();
        itemConversions.forEach(edges::add);
        global.forEach(edges::add);
        Map<Uom, ConversionFactor> reached = new LinkedHashMap<>();
        Deque<Uom> queue = new ArrayDeque<>();
        reached.put(from, ConversionFactor.ONE);
        queue.add(from);
        Map<Uom, Boolean> expanded = new HashMap<>();
        while (!queue.isEmpty()) {
            Uom u = queue.poll();
            if (expanded.put(u, Boolean.TRUE) != null) {
                continue;
            }
            ConversionFactor toU = reached.get(u);
            if (u.isConvertibleTo(to)) {
                return Optional.of(toU.then(new ConversionFactor(u.factorToBase(), to.factorToBase())));
            }
            for (UomConversion c : edges) {
                // Each explicit edge is usable from any unit standard-convertible to one of its ends.
                if (u.isConvertibleTo(c.from()) && !reached.containsKey(c.to())) {
                    ConversionFactor f = toU.then(new ConversionFactor(u.factorToBase(), c.from().factorToBase()))
                            .then(new ConversionFactor(c.factor(), java.math.BigDecimal.ONE));
                    reached.put(c.to(), f);
                    queue.add(c.to());
                }
                if (u.isConvertibleTo(c.to()) && !reached.containsKey(c.from())) {
                    ConversionFactor f = toU.then(new ConversionFactor(u.factorToBase(), c.to().factorToBase()))
                            .then(new ConversionFactor(java.math.BigDecimal.ONE, c.factor()));
                    reached.put(c.from(), f);
                    queue.add(c.from());
                }
            }
        }
        return Optional.empty();
    }
}
