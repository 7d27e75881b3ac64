package dev.mfg.core.bom;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * A bill of materials: what goes into {@link #baseQuantity()} of an item, and what else comes out
 * (seed 004 §1.2 BOM_Header).
 *
 * <pre>{@code
 * Bom set = Bom.builder().item(ItemId.of("SET-50"))
 *         .lines(Lists.immutable.of(
 *                 BomLine.builder().lineNo(10).component(ItemId.of("DISH-L")).quantity(BigDecimal.valueOf(6))
 *                         .uom(Uom.EA).build(),
 *                 BomLine.builder().lineNo(20).component(ItemId.of("CARTON")).quantity(BigDecimal.ONE)
 *                         .uom(Uom.EA).build()))
 *         .build();
 * }</pre>
 *
 * <p>Only ACTIVE BOMs of type PRODUCTION or PHANTOM are used by planning and explosion ("planning BOMs",
 * {@link #isPlanning()}); a PHANTOM's item is never stocked and its requirement passes to its components.
 *
 * <p>Validated on construction, all problems at once, with paths {@code bom[ITEM@version]...}: base quantity ≤ 0
 * → {@code BOM_QTY_NOT_POSITIVE}; repeated line numbers → {@code ID_DUPLICATE}; a PHANTOM without lines →
 * {@code EMPTY_PHANTOM}; an item both component and co- or by-product → {@code COMPONENT_IS_BYPRODUCT}; the
 * BOM's own item or a repeated item among the co-products → {@code ID_DUPLICATE}; co-product cost shares
 * summing above 100 → {@code ALLOCATION_SUM}; a non-cost-only line consuming the BOM's own item →
 * {@link CyclicBomException} {@code [A, A]} (thrown as such when it is the only problem, else listed in an
 * {@link dev.mfg.core.error.InvalidInputException}). Cost-only self-references do not explode and are accepted.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class Bom {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the item this BOM makes (the main product)} */
    public abstract ItemId item();

    /** {@return the version label} By default "1". */
    @Value.Default
    public String version() {
        return "1";
    }

    /** {@return the type} By default PRODUCTION. */
    @Value.Default
    public BomType type() {
        return BomType.PRODUCTION;
    }

    /** {@return the status} By default ACTIVE. */
    @Value.Default
    public BomStatus status() {
        return BomStatus.ACTIVE;
    }

    /** {@return the dates on which this BOM is in force} By default always. */
    @Value.Default
    public Effectivity effectivity() {
        return Effectivity.ALWAYS;
    }

    /** {@return the quantity of the item the lines are per, in the item's unit; positive} By default 1. */
    @Value.Default
    public BigDecimal baseQuantity() {
        return BigDecimal.ONE;
    }

    /** {@return the unit of the parent the base quantity is in, if stated (else the item's base unit)} */
    public abstract Optional<Uom> uom();

    /** {@return who created the BOM} */
    public abstract Optional<String> createdBy();

    /** {@return who approved the BOM} */
    public abstract Optional<String> approvedBy();

    /** {@return the component lines} By default none. */
    @Value.Default
    public ImmutableList<BomLine> lines() {
        return Lists.immutable.empty();
    }

    /** {@return the co- and by-products} By default none. */
    @Value.Default
    public ImmutableList<CoProduct> coProducts() {
        return Lists.immutable.empty();
    }

    /** {@return the id {@code ITEM@version}} */
    public final BomId id() {
        return BomId.of(item(), version());
    }

    /** {@return whether planning and explosion use this BOM: ACTIVE, and PRODUCTION or PHANTOM} */
    public final boolean isPlanning() {
        return status() == BomStatus.ACTIVE && type() != BomType.ENGINEERING;
    }

    /** {@return whether this is a phantom BOM} */
    public final boolean isPhantom() {
        return type() == BomType.PHANTOM;
    }

    /** {@return the path prefix of this BOM in problems, {@code bom[ITEM@version]}} */
    final String path() {
        return "bom[" + item() + "@" + version() + "]";
    }

    @Value.Check
    final Bom check() {
        Problems p = new Problems();
        String path = "bom[" + item() + "@" + version() + "]";
        p.collect(() -> BomId.of(item(), version()));
        p.collect(() -> Decimals.checkQuantity(baseQuantity(), path + ".baseQuantity"));
        if (baseQuantity().signum() <= 0) {
            p.add(RuleCode.BOM_QTY_NOT_POSITIVE, path + ".baseQuantity", baseQuantity().toPlainString(),
                    "The base quantity of BOM (" + item() + "@" + version() + ") must be positive.");
        }
        if (type() == BomType.PHANTOM && lines().isEmpty()) {
            p.add(RuleCode.EMPTY_PHANTOM, path + ".lines", "[]",
                    "The phantom BOM (" + item() + "@" + version() + ") has no lines."
                            + "\nMaybe add its components, or make it a PRODUCTION BOM.");
        }
        Set<Integer> lineNos = new HashSet<>();
        Set<ItemId> components = new HashSet<>();
        CyclicBomException selfCycle = null;
        for (BomLine line : lines()) {
            String linePath = path + ".line[" + line.lineNo() + "]";
            if (!lineNos.add(line.lineNo())) {
                p.add(RuleCode.ID_DUPLICATE, linePath + ".lineNo", line.lineNo(),
                        "The line number (" + line.lineNo() + ") repeats in BOM (" + item() + "@" + version() + ").");
            }
            components.add(line.component());
            if (line.component().equals(item()) && !line.costOnly() && selfCycle == null) {
                selfCycle = new CyclicBomException(Lists.immutable.of(item().value(), item().value()),
                        linePath + ".component");
                p.addAll(selfCycle);
            }
        }
        Map<ItemId, Integer> outputs = new HashMap<>();
        BigDecimal shares = BigDecimal.ZERO;
        for (int i = 0; i < coProducts().size(); i++) {
            CoProduct c = coProducts().get(i);
            String cPath = path + ".coProducts[" + i + "].item";
            if (c.item().equals(item()) || outputs.put(c.item(), i) != null) {
                p.add(RuleCode.ID_DUPLICATE, cPath, c.item(),
                        "The output (" + c.item() + ") is the main product or repeats among the co-products.");
            }
            if (components.contains(c.item())) {
                p.add(RuleCode.COMPONENT_IS_BYPRODUCT, cPath, c.item(),
                        "The item (" + c.item() + ") is both a component and a " + c.kind() + " of BOM ("
                                + item() + "@" + version() + ").");
            }
            shares = shares.add(c.costSharePercent().orElse(BigDecimal.ZERO));
        }
        if (shares.compareTo(CoProduct.HUNDRED) > 0) {
            p.add(RuleCode.ALLOCATION_SUM, path + ".coProducts", shares.toPlainString(),
                    "The co-product cost shares sum to (" + shares.toPlainString() + ") percent, above 100;"
                            + " the main product gets 100 minus the sum.\nMaybe lower the shares.");
        }
        if (selfCycle != null && p.toList().size() == 1) {
            throw selfCycle;
        }
        p.throwIfAny();
        BigDecimal base = Decimals.strip(baseQuantity());
        return base.equals(baseQuantity()) ? this : ((ImmutableBom) this).withBaseQuantity(base);
    }

    /** {@return the cost share left to the main product: 100 minus the co-products' shares, in percent} */
    public final BigDecimal mainProductCostSharePercent() {
        BigDecimal sum = BigDecimal.ZERO;
        for (CoProduct c : coProducts()) {
            sum = sum.add(c.costSharePercent().orElse(BigDecimal.ZERO));
        }
        return Decimals.strip(CoProduct.HUNDRED.subtract(sum));
    }


    /** Builds {@link Bom} values. */
    public static final class Builder extends ImmutableBom.Builder {
        Builder() {}
    }
}
