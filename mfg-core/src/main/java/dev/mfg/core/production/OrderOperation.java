package dev.mfg.core.production;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * One operation of a released production order (seed 001 {@code work_order_steps}), with its frozen materials and
 * its progress: pieces in, good and scrapped pieces, the scrap reason and tool cycles.
 *
 * <p>Immutable and thread-safe. Quantities must be ≥ 0 and good + scrap ≤ quantity in.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class OrderOperation {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the operation number (10, 20, ...)} */
    public abstract int no();

    /** {@return the description} By default empty. */
    @Value.Default
    public String description() {
        return "";
    }

    /** {@return the work center} */
    public abstract WorkCenterId workCenter();

    /** {@return the tool or mold, if any} */
    public abstract Optional<ToolId> tool();

    /** {@return the pieces per tool cycle} By default 1. */
    @Value.Default
    public int cavities() {
        return 1;
    }

    /** {@return the status} By default PENDING. */
    @Value.Default
    public OperationStatus status() {
        return OperationStatus.PENDING;
    }

    /** {@return pieces entering the operation: the order quantity for the first, the previous good for others} */
    @Value.Default
    public BigDecimal quantityIn() {
        return BigDecimal.ZERO;
    }

    /** {@return good pieces reported} By default 0. */
    @Value.Default
    public BigDecimal good() {
        return BigDecimal.ZERO;
    }

    /** {@return scrapped pieces reported} By default 0. */
    @Value.Default
    public BigDecimal scrap() {
        return BigDecimal.ZERO;
    }

    /** {@return why pieces were scrapped, if any were} */
    public abstract Optional<ScrapReason> scrapReason();

    /** {@return tool cycles used: ⌈(good + scrap) / cavities⌉ when the operation has a tool, else 0} */
    @Value.Default
    public long toolCycles() {
        return 0;
    }

    /** {@return the materials consumed at this operation} By default none. */
    @Value.Default
    public ImmutableList<OrderMaterial> materials() {
        return Lists.immutable.empty();
    }

    /** {@return the key of the start command, once started} */
    public abstract Optional<String> startKey();

    /** {@return the key of the completion command, once completed} */
    public abstract Optional<String> completionKey();

    /** {@return the shift the completion was reported in, if given} */
    public abstract Optional<String> shift();

    /**
     * @param component a component
     * @return its material at this operation, if any
     */
    public final Optional<OrderMaterial> material(ItemId component) {
        return Optional.ofNullable(materials().detect(m -> m.component().equals(component)));
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        String path = "operation[" + no() + "]";
        if (no() <= 0) {
            p.add(RuleCode.OPERATION_NO_INVALID, path + ".no", no(), "The operation number must be positive.");
        }
        if (cavities() < 1) {
            p.add(RuleCode.CAVITIES_INVALID, path + ".cavities", cavities(), "Cavities must be at least 1.");
        }
        for (BigDecimal v : new BigDecimal[] {quantityIn(), good(), scrap()}) {
            p.collect(() -> Decimals.checkQuantity(v, path + ".quantity"));
            if (v.signum() < 0) {
                p.add(RuleCode.QTY_NEGATIVE, path + ".quantity", v.toPlainString(), "Quantities must not be negative.");
            }
        }
        if (good().add(scrap()).compareTo(quantityIn()) > 0) {
            p.add(RuleCode.QTY_EXCEEDS_INPUT, path + ".good", good().add(scrap()).toPlainString(),
                    "Good plus scrap (" + good().add(scrap()).toPlainString() + ") exceeds the quantity in ("
                            + quantityIn().toPlainString() + ") of operation (" + no() + ").");
        }
        if (toolCycles() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".toolCycles", toolCycles(), "Tool cycles must not be negative.");
        }
        p.throwIfAny();
    }

    /** Builds {@link OrderOperation} values. */
    public static final class Builder extends ImmutableOrderOperation.Builder {
        Builder() {}
    }
}
