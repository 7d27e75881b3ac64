package dev.mfg.core.routing;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.MutableList;
import org.immutables.value.Value;

/**
 * A routing: the sequence of {@link Operation operations} that makes an item (seed 004 §1.3). A product may
 * have several routings: versions in force at different dates, and routings for different lot-size ranges.
 *
 * <pre>{@code
 * Routing dish = Routing.builder().item(ItemId.of("DISH-L")).lotSizeFrom(BigDecimal.ONE)
 *         .operations(Lists.immutable.of(press, cooling, deflash)).build();
 * }</pre>
 *
 * <p>The lot-size range {@code [lotSizeFrom, lotSizeTo]} is closed at both ends (in the item's base unit); an
 * absent bound is open. Operations are kept sorted by number; numbers are unique ({@code OPERATION_DUPLICATE}).
 * An ACTIVE routing needs at least one operation.
 *
 * <p>Immutable and thread-safe. Validated on construction (all problems at once).
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class Routing {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the item the routing makes} */
    public abstract ItemId item();

    /** {@return the version} By default "1". */
    @Value.Default
    public String version() {
        return "1";
    }

    /** {@return what the routing is for} By default PRODUCTION. */
    @Value.Default
    public RoutingType type() {
        return RoutingType.PRODUCTION;
    }

    /** {@return the life-cycle state} By default ACTIVE. */
    @Value.Default
    public RoutingStatus status() {
        return RoutingStatus.ACTIVE;
    }

    /** {@return the smallest lot size the routing is for (inclusive), if bounded} */
    public abstract Optional<BigDecimal> lotSizeFrom();

    /** {@return the largest lot size the routing is for (inclusive), if bounded} */
    public abstract Optional<BigDecimal> lotSizeTo();

    /** {@return the dates on which the routing is in force} By default always. */
    @Value.Default
    public Effectivity effectivity() {
        return Effectivity.ALWAYS;
    }

    /** {@return the operations, sorted by number} By default none (allowed only when not ACTIVE). */
    @Value.Default
    public ImmutableList<Operation> operations() {
        return Lists.immutable.empty();
    }

    /** {@return the routing's identity: item and version} */
    public final RoutingId id() {
        return RoutingId.of(item(), version());
    }

    /**
     * @param no an operation number
     * @return the operation with that number, if any
     */
    public final Optional<Operation> operation(int no) {
        return Optional.ofNullable(operations().detect(o -> o.no() == no));
    }

    /**
     * @param date a date
     * @return the operations in force on that date, sorted by number
     */
    public final ImmutableList<Operation> operationsOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return operations().select(o -> o.effectivity().contains(date));
    }

    /**
     * @param lotSize a lot size, in the item's base unit
     * @return whether the lot size lies in {@code [lotSizeFrom, lotSizeTo]}
     */
    public final boolean coversLotSize(BigDecimal lotSize) {
        Objects.requireNonNull(lotSize, "lotSize");
        return lotSizeFrom().map(f -> f.compareTo(lotSize) <= 0).orElse(true)
                && lotSizeTo().map(t -> lotSize.compareTo(t) <= 0).orElse(true);
    }

    /**
     * @param date a date
     * @param lotSize a lot size, in the item's base unit
     * @return whether the routing is in force on the date and its lot-size range contains the lot size (status
     *         and type are not considered; see {@link RoutingCatalog#find})
     */
    public final boolean appliesTo(LocalDate date, BigDecimal lotSize) {
        return effectivity().contains(Objects.requireNonNull(date, "date")) && coversLotSize(lotSize);
    }

    /**
     * @param other another routing
     * @return whether the two lot-size ranges share at least one lot size
     */
    final boolean lotSizesOverlap(Routing other) {
        boolean thisBelow = lotSizeTo().isPresent() && other.lotSizeFrom().isPresent()
                && lotSizeTo().get().compareTo(other.lotSizeFrom().get()) < 0;
        boolean otherBelow = other.lotSizeTo().isPresent() && lotSizeFrom().isPresent()
                && other.lotSizeTo().get().compareTo(lotSizeFrom().get()) < 0;
        return !thisBelow && !otherBelow;
    }

    /** {@return the lot-size range as {@code [from, to]} with {@code ..} for an open side} */
    final String lotSizeRange() {
        return "[" + lotSizeFrom().map(BigDecimal::toPlainString).orElse("..") + ", "
                + lotSizeTo().map(BigDecimal::toPlainString).orElse("..") + "]";
    }

    @Value.Check
    final Routing normalize() {
        Problems p = new Problems();
        String path = "routing[" + item() + "@" + version() + "]";
        p.collect(() -> RoutingId.of(item(), version()));
        lotSizeFrom().ifPresent(v -> lotSize(p, v, path + ".lotSizeFrom"));
        lotSizeTo().ifPresent(v -> lotSize(p, v, path + ".lotSizeTo"));
        if (lotSizeFrom().isPresent() && lotSizeTo().isPresent()
                && lotSizeFrom().get().compareTo(lotSizeTo().get()) > 0) {
            p.add(RuleCode.BATCH_SIZE_NOT_POSITIVE, path + ".lotSizeTo", lotSizeTo().get().toPlainString(),
                    "The lot-size range of routing (" + item() + "@" + version() + ") is inverted: from ("
                            + lotSizeFrom().get().toPlainString() + ") is above to ("
                            + lotSizeTo().get().toPlainString() + ").");
        }
        MutableList<Operation> sorted = operations().toSortedListBy(Operation::no);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).no() == sorted.get(i - 1).no()) {
                p.add(RuleCode.OPERATION_DUPLICATE, path + ".operations[" + sorted.get(i).no() + "]",
                        sorted.get(i).no(), "Routing (" + item() + "@" + version() + ") has operation ("
                                + sorted.get(i).no() + ") more than once.\nMaybe renumber one of them.");
            }
        }
        if (status() == RoutingStatus.ACTIVE && operations().isEmpty()) {
            p.add(RuleCode.VALUE_MISSING, path + ".operations", "[]", "The active routing (" + item() + "@"
                    + version() + ") has no operation.\nMaybe add one, or keep the routing in DRAFT.");
        }
        p.throwIfAny();
        ImmutableList<Operation> ops = sorted.toImmutable();
        Optional<BigDecimal> from = lotSizeFrom().map(Decimals::strip);
        Optional<BigDecimal> to = lotSizeTo().map(Decimals::strip);
        if (ops.equals(operations()) && from.equals(lotSizeFrom()) && to.equals(lotSizeTo())) {
            return this;
        }
        return ((ImmutableRouting) this).withOperations(ops).withLotSizeFrom(from).withLotSizeTo(to);
    }

    private void lotSize(Problems p, BigDecimal v, String path) {
        p.collect(() -> Decimals.checkQuantity(v, path));
        if (v.signum() <= 0) {
            p.add(RuleCode.BATCH_SIZE_NOT_POSITIVE, path, v.toPlainString(), "The lot size " + path + " ("
                    + v.toPlainString() + ") must be positive.");
        }
    }

    /** Builds {@link Routing} values. */
    public static final class Builder extends ImmutableRouting.Builder {
        Builder() {}
    }
}
