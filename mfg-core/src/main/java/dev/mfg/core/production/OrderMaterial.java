package dev.mfg.core.production;

import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * One material of an order operation, frozen at release (seed 003 §4.2 {@code production_order_operation_materials})
 * with its running counters, all in {@link #uom()}:
 * {@code issued = consumed + scrapped + returned + wip} (invariant 1, {@link #wip()} is the remainder and never
 * negative).
 *
 * <p>Immutable and thread-safe. Every counter must be ≥ 0 ({@code QTY_NEGATIVE}) and the counters must leave a
 * non-negative work in process ({@code RETURN_EXCEEDS_ISSUED}).
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class OrderMaterial {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the component} */
    public abstract ItemId component();

    /** {@return the unit of every quantity of this material} */
    public abstract Uom uom();

    /** {@return the required quantity for the order size, frozen at release (388.5 g for 10 widgets)} */
    public abstract BigDecimal required();

    /** {@return how it is issued} By default MANUAL. */
    @Value.Default
    public IssueType issueType() {
        return IssueType.MANUAL;
    }

    /** {@return the issue granularity} By default PER_ORDER. */
    @Value.Default
    public IssueLevel issueLevel() {
        return IssueLevel.PER_ORDER;
    }

    /** {@return whether the line adds cost only (never moves stock)} By default false. */
    @Value.Default
    public boolean costOnly() {
        return false;
    }

    /** {@return the component's standard cost per {@link #uom()} at release, if known} */
    public abstract Optional<Money> unitCost();

    /** {@return stock reserved for this material, by lot, not yet issued} By default none. */
    @Value.Default
    public ImmutableList<LotQuantity> allocations() {
        return Lists.immutable.empty();
    }

    /** {@return issued to the order} By default 0. */
    @Value.Default
    public BigDecimal issued() {
        return BigDecimal.ZERO;
    }

    /** {@return used in good output} By default 0. */
    @Value.Default
    public BigDecimal consumed() {
        return BigDecimal.ZERO;
    }

    /** {@return lost with scrapped pieces} By default 0. */
    @Value.Default
    public BigDecimal scrapped() {
        return BigDecimal.ZERO;
    }

    /** {@return returned to stock} By default 0. */
    @Value.Default
    public BigDecimal returned() {
        return BigDecimal.ZERO;
    }

    /**
     * {@return the command keys of the manual issues ({@link ProductionService#issue}) and returns
     * ({@link ProductionService#returnToStock}) this material reflects, in the order they were applied} By default
     * none. A retry of such a command tells by them whether the order already reflects the command's posting (a save
     * that failed after the posting leaves the key out, and the retry applies the posting then). Stores must keep
     * them.
     *
     * @since 0.1
     */
    @Value.Default
    public ImmutableList<String> commandKeys() {
        return Lists.immutable.empty();
    }

    /** {@return issued and not yet consumed, scrapped or returned} */
    public final BigDecimal wip() {
        return Decimals.strip(issued().subtract(consumed()).subtract(scrapped()).subtract(returned()));
    }

    /** {@return Σ of {@link #allocations()}} */
    public final BigDecimal allocated() {
        return Decimals.strip(allocations().injectInto(BigDecimal.ZERO, (s, a) -> s.add(a.quantity())));
    }

    /** {@return consumed + scrapped − required: positive when more was used than planned, else zero} */
    public final BigDecimal overConsumption() {
        BigDecimal v = consumed().add(scrapped()).subtract(required());
        return v.signum() > 0 ? Decimals.strip(v) : BigDecimal.ZERO;
    }

    @Value.Check
    final OrderMaterial check() {
        Problems p = new Problems();
        String path = "material[" + component() + "]";
        for (String f : new String[] {"required", "issued", "consumed", "scrapped", "returned"}) {
            BigDecimal v = value(f);
            p.collect(() -> Decimals.checkQuantity(v, path + "." + f));
            if (v.signum() < 0) {
                p.add(RuleCode.QTY_NEGATIVE, path + "." + f, v.toPlainString(),
                        "The " + f + " quantity of (" + component() + ") must not be negative.");
            }
        }
        if (p.isEmpty() && wip().signum() < 0) {
            p.add(RuleCode.RETURN_EXCEEDS_ISSUED, path + ".returned", returned().toPlainString(),
                    "Consumed, scrapped and returned (" + consumed().add(scrapped()).add(returned()).toPlainString()
                            + ") exceed issued (" + issued().toPlainString() + ") for (" + component() + ").");
        }
        p.throwIfAny();
        BigDecimal r = Decimals.strip(required());
        BigDecimal i = Decimals.strip(issued());
        BigDecimal c = Decimals.strip(consumed());
        BigDecimal s = Decimals.strip(scrapped());
        BigDecimal t = Decimals.strip(returned());
        if (r.equals(required()) && i.equals(issued()) && c.equals(consumed()) && s.equals(scrapped())
                && t.equals(returned())) {
            return this;
        }
        return ((ImmutableOrderMaterial) this).withRequired(r).withIssued(i).withConsumed(c).withScrapped(s)
                .withReturned(t);
    }

    private BigDecimal value(String field) {
        switch (field) {
            case "required":
                return required();
            case "issued":
                return issued();
            case "consumed":
                return consumed();
            case "scrapped":
                return scrapped();
            default:
                return returned();
        }
    }

    /** Builds {@link OrderMaterial} values. */
    public static final class Builder extends ImmutableOrderMaterial.Builder {
        Builder() {}
    }
}
