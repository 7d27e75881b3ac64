package dev.mfg.core.bom;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A secondary output of a {@link Bom}: a co-product that shares the joint cost, or a by-product that is
 * credited. The melamine case: one press cycle yields grades A, B and C; the BOM's item is the main product
 * (grade A) and the other grades are co-products with a yield and a cost share.
 *
 * <pre>{@code
 * CoProduct gradeB = CoProduct.builder().item(ItemId.of("DISH-L-B")).quantity(new BigDecimal("0.08"))
 *         .uom(Uom.EA).costSharePercent(new BigDecimal("5")).build();
 * }</pre>
 *
 * <p>Units: {@link #quantity()} is the output per {@link Bom#baseQuantity()} of the BOM, in {@link #uom()}.
 * Validated on construction: quantity ≤ 0 → {@code YIELD_OUT_OF_RANGE}; a share outside [0, 100] →
 * {@code YIELD_OUT_OF_RANGE}; a by-product with a share → {@code ALLOCATION_SUM}. The sum of the shares of one
 * BOM is checked by {@link Bom}. Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class CoProduct {

    /** {@return a new builder; the kind defaults to CO_PRODUCT} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the output item} */
    public abstract ItemId item();

    /** {@return the output quantity per base quantity of the BOM, in {@link #uom()}; positive} */
    public abstract BigDecimal quantity();

    /** {@return the unit of {@link #quantity()}} */
    public abstract Uom uom();

    /** {@return co-product or by-product} By default CO_PRODUCT. */
    @Value.Default
    public OutputKind kind() {
        return OutputKind.CO_PRODUCT;
    }

    /**
     * {@return the share of the joint cost this output carries, in percent [0, 100], if allocated by share}
     * Absent for by-products (credited, not allocated) and for co-products allocated by other means.
     */
    public abstract Optional<BigDecimal> costSharePercent();

    @Value.Check
    final CoProduct check() {
        Problems p = new Problems();
        String path = "coProduct[" + item() + "]";
        p.collect(() -> Decimals.checkQuantity(quantity(), path + ".quantity"));
        if (quantity().signum() <= 0) {
            p.add(RuleCode.YIELD_OUT_OF_RANGE, path + ".quantity", quantity().toPlainString(),
                    "The output quantity of (" + item() + ") must be positive.");
        }
        costSharePercent().ifPresent(s -> {
            p.collect(() -> Decimals.checkQuantity(s, path + ".costSharePercent"));
            if (s.signum() < 0 || s.compareTo(HUNDRED) > 0) {
                p.add(RuleCode.YIELD_OUT_OF_RANGE, path + ".costSharePercent", s.toPlainString(),
                        "The cost share of (" + item() + ") must be within [0, 100] percent.");
            }
            if (kind() == OutputKind.BY_PRODUCT) {
                p.add(RuleCode.ALLOCATION_SUM, path + ".costSharePercent", s.toPlainString(),
                        "The by-product (" + item() + ") must not carry a cost share: by-products are credited."
                                + "\nMaybe make it a CO_PRODUCT, or remove the share.");
            }
        });
        p.throwIfAny();
        BigDecimal q = Decimals.strip(quantity());
        return q.equals(quantity()) ? this : ((ImmutableCoProduct) this).withQuantity(q);
    }

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Builds {@link CoProduct} values. */
    public static final class Builder extends ImmutableCoProduct.Builder {
        Builder() {}
    }
}
