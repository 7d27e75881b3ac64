package dev.mfg.core.resource;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.map.ImmutableMap;
import org.immutables.value.Value;

/**
 * A work center: where work happens, and the interface between production and accounting (seed 004 §1.4).
 *
 * <pre>{@code
 * WorkCenter press = WorkCenter.builder().id(WorkCenterId.of("WC-PRESS")).category(WorkCenterCategory.MACHINE)
 *         .dailyCapacity(new BigDecimal("24")).multiplier(new BigDecimal("2"))
 *         .efficiencyPercent(new BigDecimal("85")).calendar(CalendarId.of("3-SHIFT"))
 *         .laborCalc(LaborCalc.PIECE_RATE).pieceRate(new BigDecimal("0.35")).bottleneck(true).build();
 * press.effectiveCapacity(); // 24 × 2 × 0.85 × 1.00 = 40.8 hours a day
 * }</pre>
 *
 * <p>Units: {@link #dailyCapacity()} is per single unit (one machine or worker) in {@link #capacityUnit()};
 * {@link #multiplier()} is the number of identical units. Rates are per hour in the costing currency; piece
 * rates per good piece. Efficiency divides run time (never setup time); utilization only reduces capacity,
 * never cost.
 *
 * <p>Immutable and thread-safe. Validated on construction (all problems at once); decimals are normalised
 * (trailing zeros stripped), so {@code 24} and {@code 24.0} give equal work centers.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class WorkCenter {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_EFFICIENCY = BigDecimal.valueOf(1000);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the work center's id} */
    public abstract WorkCenterId id();

    /** {@return the description} By default the id. */
    @Value.Default
    public String description() {
        return id().value();
    }

    /** {@return the kind of resource} */
    public abstract WorkCenterCategory category();

    /** {@return the plant location, if recorded} */
    public abstract Optional<String> plantLocation();

    /** {@return the cost center costs are booked to, if recorded} */
    public abstract Optional<String> costCenter();

    /** {@return the unit of {@link #dailyCapacity()}} By default HOURS. */
    @Value.Default
    public CapacityUnit capacityUnit() {
        return CapacityUnit.HOURS;
    }

    /** {@return the capacity of one single unit (machine or worker) per working day}, in {@link #capacityUnit()}. */
    public abstract BigDecimal dailyCapacity();

    /** {@return the number of identical machines or workers} By default 1; must be positive. */
    @Value.Default
    public BigDecimal multiplier() {
        return BigDecimal.ONE;
    }

    /** {@return the efficiency in percent, in (0, 1000]} By default 100. Run time is divided by it. */
    @Value.Default
    public BigDecimal efficiencyPercent() {
        return HUNDRED;
    }

    /** {@return the utilization in percent, in (0, 100]} By default 100. Reduces capacity, never cost. */
    @Value.Default
    public BigDecimal utilizationPercent() {
        return HUNDRED;
    }

    /**
     * {@return the calendar of working time, if any} Without one the work center works
     * {@link #defaultCalendar()}.
     */
    public abstract Optional<CalendarId> calendar();

    /** {@return the setup rate per hour}, in the costing currency. By default 0. */
    @Value.Default
    public BigDecimal setupRatePerHour() {
        return BigDecimal.ZERO;
    }

    /** {@return the labor rate per hour}, in the costing currency. By default 0. */
    @Value.Default
    public BigDecimal laborRatePerHour() {
        return BigDecimal.ZERO;
    }

    /** {@return the machine rate per hour}, in the costing currency. By default 0. */
    @Value.Default
    public BigDecimal machineRatePerHour() {
        return BigDecimal.ZERO;
    }

    /** {@return the overhead rate per hour}, in the costing currency. By default 0. */
    @Value.Default
    public BigDecimal overheadRatePerHour() {
        return BigDecimal.ZERO;
    }

    /** {@return how labor cost is computed} By default HOURLY. */
    @Value.Default
    public LaborCalc laborCalc() {
        return LaborCalc.HOURLY;
    }

    /** {@return the piece rate per good piece}, in the costing currency. By default 0. */
    @Value.Default
    public BigDecimal pieceRate() {
        return BigDecimal.ZERO;
    }

    /**
     * {@return piece rates that differ by product, per good piece} By default empty: {@link #pieceRate()}
     * applies to every product.
     */
    @Value.Default
    public ImmutableMap<ItemId, BigDecimal> pieceRates() {
        return Maps.immutable.empty();
    }

    /** {@return whether the work center is a bottleneck} By default false. */
    @Value.Default
    public boolean bottleneck() {
        return false;
    }

    /**
     * @param product the product being made
     * @return its piece rate: the entry of {@link #pieceRates()}, else {@link #pieceRate()}
     */
    public final BigDecimal pieceRateFor(ItemId product) {
        BigDecimal r = pieceRates().get(product);
        return r != null ? r : pieceRate();
    }

    /** {@return efficiency as a factor: {@code efficiencyPercent / 100}, exact} */
    public final BigDecimal efficiencyFactor() {
        return Decimals.strip(efficiencyPercent().movePointLeft(2));
    }

    /** {@return utilization as a factor: {@code utilizationPercent / 100}, exact} */
    public final BigDecimal utilizationFactor() {
        return Decimals.strip(utilizationPercent().movePointLeft(2));
    }

    /**
     * {@return the effective capacity per working day, in {@link #capacityUnit()}}: daily capacity × multiplier
     * × efficiency % × utilization %, exact. Capacity planning uses this, not the gross capacity.
     */
    public final BigDecimal effectiveCapacity() {
        return Decimals.strip(dailyCapacity().multiply(multiplier()).multiply(efficiencyFactor())
                .multiply(utilizationFactor()));
    }

    /**
     * {@return the calendar used when {@link #calendar()} is absent}: Monday to Friday, no holidays, with
     * {@link #dailyCapacity()} hours a day when the capacity unit is HOURS (at most 24), else 8 hours a day.
     */
    public final WorkCalendar defaultCalendar() {
        if (capacityUnit() != CapacityUnit.HOURS) {
            return WorkCalendar.standard(BigDecimal.valueOf(8));
        }
        BigDecimal hours = dailyCapacity().min(BigDecimal.valueOf(24));
        return WorkCalendar.standard(hours);
    }

    @Value.Check
    final WorkCenter normalize() {
        Problems p = new Problems();
        String path = "workCenter[" + id() + "]";
        if (description().isBlank()) {
            p.add(RuleCode.VALUE_MISSING, path + ".description", "", "The description must not be blank.");
        }
        p.collect(() -> Decimals.checkQuantity(dailyCapacity(), path + ".dailyCapacity"));
        if (dailyCapacity().signum() <= 0) {
            p.add(RuleCode.CAPACITY_NOT_POSITIVE, path + ".dailyCapacity", dailyCapacity().toPlainString(),
                    "The daily capacity of work center (" + id() + ") must be positive, was ("
                            + dailyCapacity().toPlainString() + ").\nMaybe set the hours one machine works a day.");
        }
        p.collect(() -> Decimals.checkQuantity(multiplier(), path + ".multiplier"));
        if (multiplier().signum() <= 0) {
            p.add(RuleCode.CAPACITY_NOT_POSITIVE, path + ".multiplier", multiplier().toPlainString(),
                    "The multiplier of work center (" + id() + ") must be positive, was ("
                            + multiplier().toPlainString() + ").\nMaybe set the number of identical machines.");
        }
        p.collect(() -> Decimals.checkQuantity(efficiencyPercent(), path + ".efficiencyPercent"));
        if (efficiencyPercent().signum() <= 0 || efficiencyPercent().compareTo(MAX_EFFICIENCY) > 0) {
            p.add(RuleCode.EFFICIENCY_OUT_OF_RANGE, path + ".efficiencyPercent",
                    efficiencyPercent().toPlainString(), "The efficiency of work center (" + id() + ") must be in"
                            + " (0, 1000] percent, was (" + efficiencyPercent().toPlainString() + ").");
        }
        p.collect(() -> Decimals.checkQuantity(utilizationPercent(), path + ".utilizationPercent"));
        if (utilizationPercent().signum() <= 0 || utilizationPercent().compareTo(HUNDRED) > 0) {
            p.add(RuleCode.UTILIZATION_OUT_OF_RANGE, path + ".utilizationPercent",
                    utilizationPercent().toPlainString(), "The utilization of work center (" + id() + ") must be"
                            + " in (0, 100] percent, was (" + utilizationPercent().toPlainString() + ").");
        }
        rate(p, setupRatePerHour(), path + ".setupRatePerHour");
        rate(p, laborRatePerHour(), path + ".laborRatePerHour");
        rate(p, machineRatePerHour(), path + ".machineRatePerHour");
        rate(p, overheadRatePerHour(), path + ".overheadRatePerHour");
        rate(p, pieceRate(), path + ".pieceRate");
        pieceRates().keyValuesView().toSortedListBy(pair -> pair.getOne())
                .forEach(pair -> rate(p, pair.getTwo(), path + ".pieceRates[" + pair.getOne() + "]"));
        p.throwIfAny();
        if (isNormal()) {
            return this;
        }
        return ((ImmutableWorkCenter) this).withDailyCapacity(Decimals.strip(dailyCapacity()))
                .withMultiplier(Decimals.strip(multiplier()))
                .withEfficiencyPercent(Decimals.strip(efficiencyPercent()))
                .withUtilizationPercent(Decimals.strip(utilizationPercent()))
                .withSetupRatePerHour(Decimals.strip(setupRatePerHour()))
                .withLaborRatePerHour(Decimals.strip(laborRatePerHour()))
                .withMachineRatePerHour(Decimals.strip(machineRatePerHour()))
                .withOverheadRatePerHour(Decimals.strip(overheadRatePerHour()))
                .withPieceRate(Decimals.strip(pieceRate()))
                .withPieceRates(pieceRates().collectValues((k, v) -> Decimals.strip(v)));
    }

    private boolean isNormal() {
        return same(dailyCapacity()) && same(multiplier()) && same(efficiencyPercent())
                && same(utilizationPercent()) && same(setupRatePerHour()) && same(laborRatePerHour())
                && same(machineRatePerHour()) && same(overheadRatePerHour()) && same(pieceRate())
                && pieceRates().allSatisfy(WorkCenter::same);
    }

    private static boolean same(BigDecimal v) {
        return Decimals.strip(v).equals(v);
    }

    private void rate(Problems p, BigDecimal rate, String path) {
        p.collect(() -> Decimals.checkMoney(rate, path));
        if (rate.signum() < 0) {
            p.add(RuleCode.RATE_NEGATIVE, path, rate.toPlainString(), "The rate " + path + " ("
                    + rate.toPlainString() + ") of work center (" + id() + ") must not be negative.");
        }
    }

    /** Builds {@link WorkCenter} values. */
    public static final class Builder extends ImmutableWorkCenter.Builder {
        Builder() {}
    }
}
