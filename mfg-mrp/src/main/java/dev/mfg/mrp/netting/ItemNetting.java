package dev.mfg.mrp.netting;

/**
 * Plans the time-phased record of one item: {@code plan(input)} nets, lot-sizes and returns an {@link ItemRecord}.
 *
 * <pre>{@code
 * ItemRecord record = ItemNetting.plan(ItemRecordInput.builder()
 *         .grossRequirements(gross).scheduledReceipts(receipts)
 *         .onHand(onHand).safetyStock(safetyStock).lotSizing(item.lotSizing()).build());
 * }</pre>
 *
 * <p>Each call allocates a {@link NettingWorkspace}; an engine planning many items keeps one workspace per thread
 * and calls it directly (see there for the algorithm and its cost).
 *
 * @since 0.1
 */
public final class ItemNetting {
    /** Rule code of per-bucket arrays whose lengths differ. */
    public static final String RULE_BUCKETS_MISMATCH = "BUCKETS_MISMATCH";

    /** Rule code of a bucket index outside the horizon. */
    public static final String RULE_BUCKET_OUT_OF_RANGE = "BUCKET_OUT_OF_RANGE";

    private ItemNetting() {}

    /**
     * Plans one item.
     *
     * @param input the item's requirements, stock, supply and lot sizing
     * @return the time-phased record with its planned orders
     * @throws dev.mfg.core.error.LimitExceededException if the plan needs more than
     *     {@link NettingWorkspace#MAX_ORDERS} orders
     * @throws ArithmeticException if a quantity sum overflows a {@code long}
     * @throws IllegalStateException if the policy proposes a lot that is not positive
     */
    public static ItemRecord plan(ItemRecordInput input) {
        NettingWorkspace workspace = NettingWorkspace.create(input.buckets());
        workspace.plan(input);
        return workspace.toRecord();
    }
}
