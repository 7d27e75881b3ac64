package dev.mfg.core.item;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.quantity.UomConversion;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * An item of the item master: a raw material, a part, a sub-assembly or a finished product, with the settings
 * MRP and costing read (seed 004 §00 and §1).
 *
 * <pre>{@code
 * Item powder = Item.builder().id(ItemId.of("POWDER")).name("Melamine powder").uom(Uom.KG)
 *         .procurement(Procurement.BUY).leadTimeDays(14).safetyStock(new BigDecimal("50"))
 *         .standardCost(UnitPrice.of(Money.of("95.00", "EGP"), Uom.KG)).build();
 * }</pre>
 *
 * <p>Units: {@link #uom()} is the base (stock) unit; {@link #safetyStock()} and lot-sizing quantities are in
 * it; the standard cost is kept per its own unit ({@link UnitPrice#per()}), which may differ (cost per KG, stock
 * in G). Immutable and thread-safe; validated on construction (all problems at once).
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class Item {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the item's id} */
    public abstract ItemId id();

    /** {@return the item's name} By default the id. */
    @Value.Default
    public String name() {
        return id().value();
    }

    /** {@return the base unit of measure, in which stock and requirements are counted} */
    public abstract Uom uom();

    /** {@return whether the item is made or bought} */
    public abstract Procurement procurement();

    /**
     * {@return the fixed lead time in calendar days, if set} Absent for a MAKE item means: derive it from the
     * routing (or zero without one); absent for a BUY item means zero.
     */
    public abstract OptionalInt leadTimeDays();

    /** {@return the safety stock, in the base unit} By default zero. */
    @Value.Default
    public BigDecimal safetyStock() {
        return BigDecimal.ZERO;
    }

    /** {@return the lot-sizing policy} By default lot-for-lot. */
    @Value.Default
    public LotSizing lotSizing() {
        return LotSizing.LOT_FOR_LOT;
    }

    /** {@return the standard cost and the unit it is kept in} Required for BUY items in a cost rollup. */
    public abstract Optional<UnitPrice> standardCost();

    /** {@return the lot size standard costs are rolled up at, in the base unit} By default none (1). */
    public abstract Optional<BigDecimal> costingLotSize();

    /** {@return how inventory of the item is valued} By default STANDARD. */
    @Value.Default
    public CostingMethod costingMethod() {
        return CostingMethod.STANDARD;
    }

    /** {@return who owns the item's stock} By default OWN. */
    @Value.Default
    public MaterialOwnership ownership() {
        return MaterialOwnership.OWN;
    }

    /** {@return how production is triggered} By default MTS. */
    @Value.Default
    public ProductionType productionType() {
        return ProductionType.MTS;
    }

    /** {@return item-specific unit conversions (weight per piece, sheets per KG, ...)} By default none. */
    @Value.Default
    public ImmutableList<UomConversion> conversions() {
        return Lists.immutable.empty();
    }

    /** {@return whether the item is made} */
    public final boolean isMake() {
        return procurement() == Procurement.MAKE;
    }

    @Value.Check
    final Item normalize() {
        Problems p = new Problems();
        String path = "item[" + id() + "]";
        p.collect(() -> Decimals.checkQuantity(safetyStock(), path + ".safetyStock"));
        if (safetyStock().signum() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".safetyStock", safetyStock().toPlainString(),
                    "The safety stock must not be negative.");
        }
        if (leadTimeDays().isPresent() && leadTimeDays().getAsInt() < 0) {
            p.add(RuleCode.TIME_NEGATIVE, path + ".leadTimeDays", leadTimeDays().getAsInt(),
                    "The lead time must not be negative (zero is allowed).");
        }
        if (leadTimeDays().isPresent() && leadTimeDays().getAsInt() > MAX_LEAD_TIME_DAYS) {
            p.add(RuleCode.LIMIT, path + ".leadTimeDays", leadTimeDays().getAsInt(),
                    "The lead time exceeds the limit of " + MAX_LEAD_TIME_DAYS + " days.");
        }
        costingLotSize().ifPresent(l -> {
            p.collect(() -> Decimals.checkQuantity(l, path + ".costingLotSize"));
            if (l.signum() <= 0) {
                p.add(RuleCode.BATCH_SIZE_NOT_POSITIVE, path + ".costingLotSize", l.toPlainString(),
                        "The costing lot size must be positive.");
            }
        });
        if (name().isBlank()) {
            p.add(RuleCode.VALUE_MISSING, path + ".name", "", "The name must not be blank.");
        }
        p.throwIfAny();
        BigDecimal ss = Decimals.strip(safetyStock());
        return ss.equals(safetyStock()) ? this : ((ImmutableItem) this).withSafetyStock(ss);
    }

    /** Longest lead time accepted: 10 years of calendar days. */
    public static final int MAX_LEAD_TIME_DAYS = 3660;

    /** Builds {@link Item} values. */
    public static final class Builder extends ImmutableItem.Builder {
        Builder() {}
    }
}
