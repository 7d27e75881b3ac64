package dev.mfg.core.bom;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * One component line of a {@link Bom} (seed 004 §1.2 BOM_Line, seed 003 §4.1 routing operation materials).
 *
 * <pre>{@code
 * BomLine powder = BomLine.builder().lineNo(10).component(ItemId.of("POWDER"))
 *         .quantity(new BigDecimal("0.15")).uom(Uom.KG).scrapPercent(new BigDecimal("3")).build();
 * }</pre>
 *
 * <p>Units: {@link #quantity()} is per {@link Bom#baseQuantity()} of the parent, in {@link #uom()}; scrap is in
 * percent. Validated on construction, all problems at once, with paths {@code line[lineNo].field}: lineNo ≤ 0 →
 * {@code VALUE_MISSING}; quantity negative → {@code QTY_NEGATIVE}; zero on a line that is not
 * {@link #optional()} → {@code LINE_QTY_ZERO}; scrap outside [0, 100) → {@code SCRAP_OUT_OF_RANGE}; a substitute
 * equal to the component or repeated → {@code ID_DUPLICATE}; operation ≤ 0 → {@code VALUE_MISSING}. Quantity
 * and scrap are normalised (trailing zeros stripped) so that equality does not depend on scale. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class BomLine {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the line number, unique within its BOM, positive (10, 20, ... by convention)} */
    public abstract int lineNo();

    /** {@return the consumed component} */
    public abstract ItemId component();

    /** {@return the quantity of the component per base quantity of the parent, in {@link #uom()}; ≥ 0} */
    public abstract BigDecimal quantity();

    /** {@return the unit of {@link #quantity()}} */
    public abstract Uom uom();

    /** {@return the expected waste in percent, in [0, 100): requirements are multiplied by (1 + scrap/100)} */
    @Value.Default
    public BigDecimal scrapPercent() {
        return BigDecimal.ZERO;
    }

    /** {@return how the component is issued} By default MANUAL. */
    @Value.Default
    public IssueType issueType() {
        return IssueType.MANUAL;
    }

    /** {@return the granularity of issues} By default PER_ORDER. */
    @Value.Default
    public IssueLevel issueLevel() {
        return IssueLevel.PER_ORDER;
    }

    /** {@return the number of the routing operation that consumes the component, if set (else the first)} */
    public abstract OptionalInt operation();

    /** {@return what {@link #quantity()} is per} By default UNIT (per base quantity of the parent). */
    @Value.Default
    public QuantityBasis per() {
        return QuantityBasis.UNIT;
    }

    /** {@return whether the line adds cost only and consumes nothing (overhead consumables)} By default false. */
    @Value.Default
    public boolean costOnly() {
        return false;
    }

    /** {@return whether the component is optional (excluded from explosions unless asked)} By default false. */
    @Value.Default
    public boolean optional() {
        return false;
    }

    /** {@return alternative components, most preferred first by priority} By default none. */
    @Value.Default
    public ImmutableList<Substitute> substitutes() {
        return Lists.immutable.empty();
    }

    /** {@return the dates on which the line is in force} By default always. */
    @Value.Default
    public Effectivity effectivity() {
        return Effectivity.ALWAYS;
    }

    /** {@return free-text notes} */
    public abstract Optional<String> notes();

    /** {@return the scrap factor {@code 1 + scrapPercent / 100}, exact} */
    public final BigDecimal scrapFactor() {
        return BigDecimal.ONE.add(scrapPercent().movePointLeft(2));
    }

    /**
     * The requirement of this line's component for a quantity of the parent, in the line's unit (seed 003: 37 G
     * × 10 × 1.05 = 388.5 G).
     *
     * <ul>
     *   <li>{@link QuantityBasis#UNIT}: {@code parentQuantity × quantity / baseQuantity × (1 + scrap/100)};</li>
     *   <li>{@code BATCH} and {@code ORDER}: {@code quantity × (1 + scrap/100)}, once per order, independent of
     *       the parent quantity (zero when the parent quantity is zero).</li>
     * </ul>
     * Exact when the result terminates as a decimal, else rounded to 34 significant digits (half-even).
     *
     * @param parentQuantity the parent quantity, ≥ 0, in the unit of the BOM
     * @param baseQuantity the BOM's base quantity, positive
     * @return the component requirement, in {@link #uom()}
     * @throws IllegalArgumentException if {@code baseQuantity} is not positive or {@code parentQuantity} negative
     */
    public final BigDecimal quantityFor(BigDecimal parentQuantity, BigDecimal baseQuantity) {
        Objects.requireNonNull(parentQuantity, "parentQuantity");
        Objects.requireNonNull(baseQuantity, "baseQuantity");
        if (baseQuantity.signum() <= 0) {
            throw new IllegalArgumentException("The base quantity (" + baseQuantity.toPlainString()
                    + ") must be positive.");
        }
        if (parentQuantity.signum() < 0) {
            throw new IllegalArgumentException("The parent quantity (" + parentQuantity.toPlainString()
                    + ") must not be negative.");
        }
        return requirement(Ratio.of(parentQuantity), baseQuantity).toBigDecimal();
    }

    /** The exact requirement for an exact parent quantity (shared by the engines). */
    final Ratio requirement(Ratio parentQuantity, BigDecimal baseQuantity) {
        if (parentQuantity.signum() == 0) {
            return Ratio.ZERO;
        }
        Ratio withScrap = Ratio.of(quantity()).times(scrapFactor());
        return per() == QuantityBasis.UNIT
                ? parentQuantity.times(quantity()).times(scrapFactor()).dividedBy(baseQuantity)
                : withScrap;
    }

    /** {@return whether the line is in force on the date} */
    final boolean isEffectiveOn(java.time.LocalDate date) {
        return effectivity().contains(date);
    }

    @Value.Check
    final BomLine check() {
        Problems p = new Problems();
        String path = "line[" + lineNo() + "]";
        if (lineNo() <= 0) {
            p.add(RuleCode.VALUE_MISSING, path + ".lineNo", lineNo(), "The line number must be positive.");
        }
        p.collect(() -> Decimals.checkQuantity(quantity(), path + ".quantity"));
        if (quantity().signum() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".quantity", quantity().toPlainString(),
                    "The quantity of component (" + component() + ") must not be negative.");
        } else if (quantity().signum() == 0 && !optional()) {
            p.add(RuleCode.LINE_QTY_ZERO, path + ".quantity", "0",
                    "The quantity of component (" + component() + ") is zero but the line is not optional."
                            + "\nMaybe set optional=true, or remove the line.");
        }
        p.collect(() -> Decimals.checkQuantity(scrapPercent(), path + ".scrapPercent"));
        if (scrapPercent().signum() < 0 || scrapPercent().compareTo(CoProduct.HUNDRED) >= 0) {
            p.add(RuleCode.SCRAP_OUT_OF_RANGE, path + ".scrapPercent", scrapPercent().toPlainString(),
                    "The scrap of component (" + component() + ") must be within [0, 100) percent.");
        }
        if (operation().isPresent() && operation().getAsInt() <= 0) {
            p.add(RuleCode.VALUE_MISSING, path + ".operation", operation().getAsInt(),
                    "The operation number must be positive.");
        }
        Set<ItemId> seen = new HashSet<>();
        for (int i = 0; i < substitutes().size(); i++) {
            ItemId s = substitutes().get(i).component();
            if (s.equals(component()) || !seen.add(s)) {
                p.add(RuleCode.ID_DUPLICATE, path + ".substitutes[" + i + "].component", s,
                        "The substitute (" + s + ") repeats the component or another substitute.");
            }
        }
        p.throwIfAny();
        BigDecimal q = Decimals.strip(quantity());
        BigDecimal s = Decimals.strip(scrapPercent());
        if (q.equals(quantity()) && s.equals(scrapPercent())) {
            return this;
        }
        return ((ImmutableBomLine) this).withQuantity(q).withScrapPercent(s);
    }

    /** Builds {@link BomLine} values. */
    public static final class Builder extends ImmutableBomLine.Builder {
        Builder() {}
    }
}
