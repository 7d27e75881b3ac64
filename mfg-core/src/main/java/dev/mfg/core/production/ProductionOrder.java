package dev.mfg.core.production;

import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.Ids;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.routing.RoutingId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * A production order (seed 001 {@code work_orders}): what to make, how many, for whom, with which priority, and
 * — once released — the frozen copy of its routing operations and their materials.
 *
 * <pre>{@code
 * ProductionOrder po = ProductionOrder.builder().id(ProductionOrderId.of("PO-2024-0042"))
 *         .item(ItemId.of("FG-WIDGET-001")).quantity(BigDecimal.TEN).type(OrderType.MAKE_TO_ORDER)
 *         .demand("SO-1001").priority(2).plannedStart(LocalDate.of(2024, 1, 15))
 *         .plannedEnd(LocalDate.of(2024, 1, 19)).build();
 * }</pre>
 *
 * <p>Validated on construction, all problems at once: quantity positive ({@code QTY_NOT_POSITIVE}); priority 1
 * (highest) to 5 ({@code PRIORITY_INVALID}); a make-to-order order names its demand, a make-to-stock order none
 * ({@code VALUE_MISSING} / {@code TX_FIELD_INVALID}); plannedEnd not before plannedStart ({@code DATES_INVERTED});
 * location a valid code ({@code ID_INVALID}). Status moves follow {@link OrderStatus}. Immutable and
 * thread-safe; the engine returns changed copies.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class ProductionOrder {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the order id} */
    public abstract ProductionOrderId id();

    /** {@return the product to make} */
    public abstract ItemId item();

    /** {@return the quantity to make, positive, in {@link #uom()}} */
    public abstract BigDecimal quantity();

    /** {@return the product's unit} By default EA; release copies the item master's unit. */
    @Value.Default
    public Uom uom() {
        return Uom.EA;
    }

    /** {@return make-to-order or make-to-stock} */
    public abstract OrderType type();

    /** {@return the demand id a make-to-order order serves ({@code Demand.id()})} */
    public abstract Optional<String> demand();

    /** {@return the priority, 1 (highest) to 5 (lowest)} By default 3. */
    @Value.Default
    public int priority() {
        return 3;
    }

    /** {@return the status} By default PLANNED. */
    @Value.Default
    public OrderStatus status() {
        return OrderStatus.PLANNED;
    }

    /** {@return the planned start date} */
    public abstract LocalDate plannedStart();

    /** {@return the planned end date, not before the start} */
    public abstract LocalDate plannedEnd();

    /** {@return the stock location materials are issued from and finished goods received into} By default MAIN. */
    @Value.Default
    public String location() {
        return "MAIN";
    }

    /** {@return the date the BOM and routing were frozen, once released} */
    public abstract Optional<LocalDate> releasedOn();

    /** {@return the routing frozen at release} */
    public abstract Optional<RoutingId> routing();

    /** {@return the product's standard cost per {@link #uom()} at release, used for the finished-goods receipt} */
    public abstract Optional<Money> unitCost();

    /** {@return the frozen operations, in routing order; empty before release} */
    @Value.Default
    public ImmutableList<OrderOperation> operations() {
        return Lists.immutable.empty();
    }

    /** {@return finished goods received into stock} By default 0. */
    @Value.Default
    public BigDecimal received() {
        return BigDecimal.ZERO;
    }

    /**
     * @param no an operation number
     * @return the operation, if the order has it
     */
    public final Optional<OrderOperation> operation(int no) {
        return Optional.ofNullable(operations().detect(o -> o.no() == no));
    }

    /** {@return Σ scrapped pieces over the operations} */
    public final BigDecimal scrapped() {
        return Decimals.strip(operations().injectInto(BigDecimal.ZERO, (s, o) -> s.add(o.scrap())));
    }

    /**
     * Moves to another status.
     *
     * @param target the new status
     * @return a copy with that status
     * @throws IllegalTransitionException naming the current status and the attempted one if not allowed
     */
    public final ProductionOrder withStatusChecked(OrderStatus target) {
        if (!status().canMoveTo(target)) {
            throw new IllegalTransitionException("order " + id(), status().name(), target.name());
        }
        return ((ImmutableProductionOrder) this).withStatus(target);
    }

    @Value.Check
    final ProductionOrder check() {
        Problems p = new Problems();
        String path = "order[" + id() + "]";
        p.collect(() -> Decimals.checkQuantity(quantity(), path + ".quantity"));
        if (quantity().signum() <= 0) {
            p.add(RuleCode.QTY_NOT_POSITIVE, path + ".quantity", quantity().toPlainString(),
                    "The order quantity (" + quantity().toPlainString() + ") must be positive.");
        }
        if (priority() < 1 || priority() > 5) {
            p.add(RuleCode.PRIORITY_INVALID, path + ".priority", priority(),
                    "The priority (" + priority() + ") must be 1 (highest) to 5 (lowest).");
        }
        if (type() == OrderType.MAKE_TO_ORDER && demand().isEmpty()) {
            p.add(RuleCode.VALUE_MISSING, path + ".demand", "", "A make-to-order order must name its demand."
                    + "\nMaybe use MAKE_TO_STOCK.");
        }
        if (type() == OrderType.MAKE_TO_STOCK && demand().isPresent()) {
            p.add(RuleCode.TX_FIELD_INVALID, path + ".demand", demand().get(),
                    "A make-to-stock order has no demand.\nMaybe use MAKE_TO_ORDER.");
        }
        demand().ifPresent(d -> p.collect(() -> Ids.check(d, path + ".demand")));
        p.collect(() -> Ids.check(location(), path + ".location"));
        if (plannedEnd().isBefore(plannedStart())) {
            p.add(RuleCode.DATES_INVERTED, path + ".plannedEnd", plannedEnd(),
                    "The planned end (" + plannedEnd() + ") is before the planned start (" + plannedStart() + ").");
        }
        p.collect(() -> Decimals.checkQuantity(received(), path + ".received"));
        if (received().signum() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".received", received().toPlainString(), "Must not be negative.");
        }
        java.util.Set<Integer> nos = new java.util.HashSet<>();
        for (OrderOperation o : operations()) {
            if (!nos.add(o.no())) {
                p.add(RuleCode.OPERATION_DUPLICATE, path + ".operations[" + o.no() + "]", o.no(),
                        "The operation number (" + o.no() + ") repeats.");
            }
        }
        p.throwIfAny();
        BigDecimal q = Decimals.strip(quantity());
        BigDecimal r = Decimals.strip(received());
        return q.equals(quantity()) && r.equals(received()) ? this
                : ((ImmutableProductionOrder) this).withQuantity(q).withReceived(r);
    }

    static InvalidInputException unknownOperation(ProductionOrder order, int no) {
        return InvalidInputException.of(RuleCode.OPERATION_UNKNOWN, "order[" + order.id() + "].operations[" + no + "]",
                no, "The order (" + order.id() + ") has no operation (" + no + ")."
                        + (order.operations().isEmpty() ? "\nMaybe release the order first." : ""));
    }

    /** Builds {@link ProductionOrder} values. */
    public static final class Builder extends ImmutableProductionOrder.Builder {
        Builder() {}
    }
}
