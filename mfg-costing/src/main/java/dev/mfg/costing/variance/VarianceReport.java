package dev.mfg.costing.variance;

import dev.mfg.costing.internal.CostingStyle;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Collectors;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * The variances of one order: standard cost of the good quantity, actual cost, and the variances, which sum
 * exactly to {@code actualCost − standardCost}. Amounts are exact BigDecimal in {@link #currency()}. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@CostingStyle
public abstract class VarianceReport {
    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the item produced} */
    public abstract ItemId item();

    /** {@return the currency} */
    public abstract Currency currency();

    /** {@return the standard cost of the good quantity: Σ standard quantity × standard price over every input} */
    public abstract BigDecimal standardCost();

    /** {@return the actual cost} */
    public abstract BigDecimal actualCost();

    /** {@return the variances, by input in report order} */
    public abstract ImmutableList<Variance> variances();

    /** {@return Σ variances, equal to actual minus standard} */
    public final BigDecimal total() {
        return variances().injectInto(BigDecimal.ZERO, (s, v) -> s.add(v.amount()));
    }

    /** {@return the variances of one kind, summed} */
    public final BigDecimal total(VarianceKind kind) {
        return variances().select(v -> v.kind() == kind).injectInto(BigDecimal.ZERO, (s, v) -> s.add(v.amount()));
    }

    /** {@return one line per variance: its explanation} */
    public final String explain() {
        return variances().stream().map(Variance::explanation).collect(Collectors.joining("\n"));
    }

    /** Builds {@link VarianceReport} values. */
    public static final class Builder extends ImmutableVarianceReport.Builder {
        Builder() {}
    }
}
