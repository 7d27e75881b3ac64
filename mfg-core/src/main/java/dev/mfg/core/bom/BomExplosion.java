package dev.mfg.core.bom;

import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Multi-level BOM explosion: the total requirement of every component of an item, on a date.
 *
 * <pre>{@code
 * Explosion e = BomExplosion.create().explode(catalog, ItemId.of("SET-50"), BigDecimal.TEN,
 *         LocalDate.of(2026, 1, 5), ExplosionOptions.defaults());
 * e.requirement(ItemId.of("POWDER"));   // 9.27 KG = 10 × 6 × 0.15 × 1.03
 * }</pre>
 *
 * <p>Semantics:
 * <ul>
 *   <li>each item uses its planning BOM in force on the date ({@link BomCatalog#find}); items without one are
 *       leaves; lines whose effectivity excludes the date are skipped;</li>
 *   <li>a UNIT line adds {@code parentTotal × quantity / baseQuantity × (1 + scrap/100)} to its component, so
 *       scrap compounds level by level; a BATCH or ORDER line adds {@code quantity × (1 + scrap/100)} once per
 *       parent with a positive requirement: in the aggregated explosion each item's total requirement is
 *       treated as one order (so BATCH/ORDER lines make the explosion non-linear in the quantity);</li>
 *   <li>phantoms are inlined: their requirement passes to their components and they get no row (the exploded
 *       item itself may be a phantom);</li>
 *   <li>cost-only lines are skipped unless {@link ExplosionOptions#includeCostOnly()}; optional lines unless
 *       {@link ExplosionOptions#includeOptional()};</li>
 *   <li>units: see {@link ExplosionOptions}; rows are in the component's base unit with an item master.</li>
 * </ul>
 *
 * <p>Exactness: quantities are exact fractions throughout; each row is converted to a decimal once, exactly
 * when it terminates and otherwise to 34 significant digits (half-even). No rounding happens between levels.
 *
 * <p>Complexity: the aggregated explosion indexes the reachable items, sorts them topologically (Kahn) and
 * pushes each item's total requirement to its components once: O(items + lines) arithmetic operations, so a
 * 40-level diamond with 2^40 paths takes milliseconds. The tree explosion is O(rows) after an O(items + lines)
 * pass that counts the rows, so the row limit is enforced before any row is built. Both are iterative (explicit
 * stacks), so depth is bounded only by {@link ExplosionOptions#maxDepth()}, never by the thread's stack.
 *
 * <p>Guards: a cycle among the BOMs in force (possible only in a catalog built with
 * {@link BomCatalog#unvalidated}, or through cost-only lines when they are included) throws
 * {@link CyclicBomException} with the path; more than {@link ExplosionOptions#maxLines()} rows throws
 * {@link LimitExceededException} {@code maxExplodedLines}; a level below {@link ExplosionOptions#maxDepth()}
 * throws {@link LimitExceededException} {@code maxBomDepth}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public interface BomExplosion {

    /** {@return the explosion engine} */
    static BomExplosion create() {
        return DefaultBomExplosion.INSTANCE;
    }

    /**
     * Aggregated explosion: one row per distinct component over all levels.
     *
     * @param boms the BOMs
     * @param item the item to explode
     * @param quantity the quantity of {@code item}, ≥ 0, in its unit
     * @param date the date that selects BOMs and lines in force
     * @param options the options
     * @return the requirements
     * @throws CyclicBomException if the BOMs in force form a cycle
     * @throws LimitExceededException if a limit of {@code options} is exceeded, or the quantity is absurd
     * @throws dev.mfg.core.error.InvalidInputException if the quantity is negative ({@code QTY_NEGATIVE})
     * @throws dev.mfg.core.error.UnitConversionException if a line's unit cannot be converted
     */
    Explosion explode(BomCatalog boms, ItemId item, BigDecimal quantity, LocalDate date, ExplosionOptions options);

    /**
     * Aggregated explosion with {@link ExplosionOptions#defaults()}.
     *
     * @param boms the BOMs
     * @param item the item to explode
     * @param quantity the quantity
     * @param date the date
     * @return the requirements
     */
    default Explosion explode(BomCatalog boms, ItemId item, BigDecimal quantity, LocalDate date) {
        return explode(boms, item, quantity, date, ExplosionOptions.defaults());
    }

    /**
     * Indented explosion: one row per occurrence of a line on a path from {@code item}, in depth-first order
     * (lines of a BOM by line number), phantoms included and flagged. Same line selection, quantities and guards
     * as {@link #explode}.
     *
     * @param boms the BOMs
     * @param item the item to explode
     * @param quantity the quantity of {@code item}
     * @param date the date
     * @param options the options
     * @return the rows
     * @throws LimitExceededException if the tree would have more than {@code options.maxLines()} rows (checked
     *     before building any) or is deeper than {@code options.maxDepth()}
     */
    ImmutableList<TreeRow> explodeTree(BomCatalog boms, ItemId item, BigDecimal quantity, LocalDate date,
            ExplosionOptions options);
}
