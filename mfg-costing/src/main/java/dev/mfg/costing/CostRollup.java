package dev.mfg.costing;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.costing.internal.DefaultCostRollup;

/**
 * Standard cost rollup: the cost of one unit of an item at a costing lot size, multi-level, by element and by
 * operation (scenario format, "Costing semantics"; the contract).
 *
 * <pre>{@code
 * CostReport r = CostRollup.create().rollUp(data, ItemId.of("DISH-L"),
 *         CostingOptions.builder().currency("EGP").date(LocalDate.of(2026, 1, 5)).build());
 * r.unitCost();  r.element(CostElement.TOOLING);  r.gaps();
 * }</pre>
 *
 * <p>Rules beyond the contract:
 * <ul>
 *   <li>Structure of a made item: the production routing in force on the date for lot size L, with operation
 *       materials and BOM lines assigned by the manufacturing-BOM precedence ({@code ManufacturingBom}: operation
 *       materials win over BOM lines of the same component; lines naming no operation, or an operation not in the
 *       routing, go to the first operation); without a routing, the plain BOM's lines (unassigned materials).</li>
 *   <li>An item is costed from its structure when it is MAKE, or its BOM in force is a PHANTOM, and it has a BOM
 *       or a routing; otherwise at its standard cost (BUY items always). A MAKE item with neither structure nor
 *       standard cost is a {@link GapReason#NO_BOM_OR_ROUTING} gap.</li>
 *   <li>A component's cost enters its parent as MATERIAL (single-level element view). Phantoms are costed like
 *       any made item and roll straight into their parent (no stock, no setup of their own unless routed).</li>
 *   <li>Each item is costed once per run, bottom-up: the items reachable from the top item are ordered by an
 *       iterative depth-first post-order over the edges actually costed (BOM lines, operation materials, and
 *       co-product → producing item), i.e. low-level-code order of the costing graph; no recursion over depth.
 *       A cycle (possible through operation materials) throws {@code CyclicBomException} with its path.</li>
 *   <li>Optional lines add nothing unless {@link CostingOptions#includeOptional()}; cost-only lines add cost and
 *       are marked; a cost-only line naming the item itself is skipped.</li>
 *   <li>Bad or missing data never becomes a silent zero: see {@link CostGap} and {@link GapReason}. The amount a
 *       gap stands for counts as zero in the sums, and {@link CostReport#isComplete()} is false.</li>
 *   <li>Joint products: see {@link JointAllocation}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public interface CostRollup {

    /** {@return the rollup engine} */
    static CostRollup create() {
        return DefaultCostRollup.INSTANCE;
    }

    /**
     * Rolls up the standard cost of {@code item}.
     *
     * @param data validated master data (not modified)
     * @param item the item to cost
     * @param options currency, date, lot size and what-if overrides
     * @return the report
     * @throws dev.mfg.core.error.InvalidInputException {@code REFERENCE_UNKNOWN} at {@code item} for an unknown item,
     *     at {@code costingOptions.bomVersion} for an unknown BOM version
     * @throws dev.mfg.core.error.CyclicBomException if operation materials close a cycle
     */
    CostReport rollUp(MasterData data, ItemId item, CostingOptions options);
}
