package dev.mfg.mrp.netting;

import dev.mfg.mrp.horizon.PlanningHorizon;
import dev.mfg.mrp.lotsizing.MicroUnits;
import java.util.Arrays;
import java.util.Objects;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.list.primitive.ImmutableIntList;

/**
 * The time-phased MRP record of one item: per bucket the gross requirements, scheduled receipts, projected on
 * hand, net requirements and planned order receipts, in micro-units, and the planned orders themselves.
 *
 * <p>Rows, with {@code POH[-1] = onHand}:
 * <ul>
 *   <li>{@code netRequirements[t] = max(0, safetyStock - (POH[t-1] + SR[t] - gross[t]))}</li>
 *   <li>{@code plannedOrderReceipts[t]} = the sum of the orders received in {@code t}</li>
 *   <li>{@code projectedOnHand[t] = POH[t-1] + SR[t] + plannedOrderReceipts[t] - gross[t]}</li>
 * </ul>
 * Planned order releases are not part of the record: they depend on lead times the engine owns; see
 * {@link #plannedOrderReleases(PlanningHorizon, int)} for fixed ones.
 *
 * <pre>{@code
 * ItemRecord record = ItemNetting.plan(input);
 * long[] poh = record.projectedOnHand();
 * for (PlannedLot lot : record.plannedOrders()) { ... }
 * ImmutableList<ItemRecordRow> rows = record.rows(record.plannedOrderReleases(horizon, 14));
 * }</pre>
 *
 * <p>Immutable and thread-safe; array accessors return copies (element accessors do not copy).
 *
 * @since 0.1
 */
public final class ItemRecord {
    private final long onHand;
    private final long safetyStock;
    private final int firstPlannedReceiptBucket;
    private final long[] gross;
    private final long[] receipts;
    private final long[] projected;
    private final long[] net;
    private final long[] planned;
    private final ImmutableList<PlannedLot> orders;
    private final ImmutableIntList below;

    ItemRecord(long onHand, long safetyStock, int firstPlannedReceiptBucket, long[] gross, long[] receipts,
            long[] projected, long[] net, long[] planned, PlannedLot[] orders, int[] below) {
        this.onHand = onHand;
        this.safetyStock = safetyStock;
        this.firstPlannedReceiptBucket = firstPlannedReceiptBucket;
        this.gross = gross;
        this.receipts = receipts;
        this.projected = projected;
        this.net = net;
        this.planned = planned;
        this.orders = Lists.immutable.with(orders);
        this.below = IntLists.immutable.with(below);
    }

    /** {@return the number of buckets} */
    public int buckets() {
        return gross.length;
    }

    /** {@return the on hand at the start, in micro-units} */
    public long onHand() {
        return onHand;
    }

    /** {@return the safety stock, in micro-units} */
    public long safetyStock() {
        return safetyStock;
    }

    /** {@return the first bucket that could receive a planned order (0 unless a time fence was set)} */
    public int firstPlannedReceiptBucket() {
        return firstPlannedReceiptBucket;
    }

    /** {@return the total gross requirement over the horizon, in micro-units} */
    public long grossTotal() {
        long total = 0;
        for (long g : gross) {
            total = Math.addExact(total, g);
        }
        return total;
    }

    /** {@return a copy of the gross requirements per bucket} */
    public long[] grossRequirements() {
        return gross.clone();
    }

    /** {@return a copy of the scheduled receipts per bucket} */
    public long[] scheduledReceipts() {
        return receipts.clone();
    }

    /** {@return a copy of the projected on hand at the end of each bucket} */
    public long[] projectedOnHand() {
        return projected.clone();
    }

    /** {@return a copy of the net requirements per bucket} */
    public long[] netRequirements() {
        return net.clone();
    }

    /** {@return a copy of the planned order receipts per bucket} */
    public long[] plannedOrderReceipts() {
        return planned.clone();
    }

    /**
     * {@return the projected on hand at the end of a bucket}
     *
     * @param bucket the bucket, in {@code [0, buckets())}
     */
    public long projectedOnHand(int bucket) {
        return projected[bucket];
    }

    /** {@return the projected on hand at the end of the horizon} */
    public long endingOnHand() {
        return projected[projected.length - 1];
    }

    /**
     * {@return the planned orders in the order they were placed: by bucket, then lot by lot, each lot's orders as
     * the modifiers split it} A bucket's orders sum to its planned order receipts.
     */
    public ImmutableList<PlannedLot> plannedOrders() {
        return orders;
    }

    /**
     * {@return the buckets, ascending, whose projected on hand ends below safety stock} Always empty with
     * unconstrained supply ({@link #firstPlannedReceiptBucket()} 0); otherwise the buckets before the fence that
     * could not be covered. The engine raises a {@code BELOW_SAFETY_STOCK} message for each (or for the first).
     */
    public ImmutableIntList belowSafetyStock() {
        return below;
    }

    /**
     * The planned order releases per bucket for a fixed lead time: each order's quantity in the bucket holding
     * its receipt bucket's start minus the lead time ({@link PlanningHorizon#releaseBucket}), bucket 0 when that
     * falls before the start (the engine raises {@code EXPEDITE} for those: see {@link #expeditedOrders}).
     *
     * @param horizon the horizon the record was planned on (same number of buckets)
     * @param leadTimeDays the fixed lead time in calendar days, ≥ 0
     * @return the releases per bucket, in micro-units
     * @throws IllegalArgumentException if the horizon has another number of buckets or the lead time is negative
     */
    public long[] plannedOrderReleases(PlanningHorizon horizon, int leadTimeDays) {
        checkHorizon(horizon);
        long[] releases = new long[gross.length];
        for (PlannedLot lot : orders) {
            int r = Math.max(0, horizon.releaseBucket(lot.bucket(), leadTimeDays));
            releases[r] = Math.addExact(releases[r], lot.quantity());
        }
        return releases;
    }

    /**
     * The planned orders whose release with a fixed lead time falls before the horizon start.
     *
     * @param horizon the horizon the record was planned on
     * @param leadTimeDays the fixed lead time in calendar days, ≥ 0
     * @return the indexes into {@link #plannedOrders()}, ascending
     */
    public ImmutableIntList expeditedOrders(PlanningHorizon horizon, int leadTimeDays) {
        checkHorizon(horizon);
        int[] result = new int[orders.size()];
        int count = 0;
        for (int i = 0; i < orders.size(); i++) {
            if (horizon.releaseBucket(orders.get(i).bucket(), leadTimeDays) < 0) {
                result[count++] = i;
            }
        }
        return IntLists.immutable.with(Arrays.copyOf(result, count));
    }

    private void checkHorizon(PlanningHorizon horizon) {
        Objects.requireNonNull(horizon, "horizon");
        if (horizon.buckets() != gross.length) {
            throw new IllegalArgumentException("The horizon (" + horizon + ") must have the record's "
                    + gross.length + " buckets.");
        }
    }

    /**
     * Converts the record to exact decimal rows for output.
     *
     * @param plannedOrderReleases the releases per bucket in micro-units (computed by the engine, for example
     *     with {@link #plannedOrderReleases(PlanningHorizon, int)}), one per bucket
     * @return one row per bucket, by bucket
     * @throws IllegalArgumentException if the releases have another length
     */
    public ImmutableList<ItemRecordRow> rows(long[] plannedOrderReleases) {
        Objects.requireNonNull(plannedOrderReleases, "plannedOrderReleases");
        if (plannedOrderReleases.length != gross.length) {
            throw new IllegalArgumentException("The releases (" + plannedOrderReleases.length
                    + " buckets) must have the record's " + gross.length + " buckets.");
        }
        ItemRecordRow[] rows = new ItemRecordRow[gross.length];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = new ItemRecordRow(t, MicroUnits.toDecimal(gross[t]), MicroUnits.toDecimal(receipts[t]),
                    MicroUnits.toDecimal(projected[t]), MicroUnits.toDecimal(net[t]),
                    MicroUnits.toDecimal(planned[t]), MicroUnits.toDecimal(plannedOrderReleases[t]));
        }
        return Lists.immutable.with(rows);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ItemRecord)) {
            return false;
        }
        ItemRecord r = (ItemRecord) o;
        return onHand == r.onHand && safetyStock == r.safetyStock
                && firstPlannedReceiptBucket == r.firstPlannedReceiptBucket && Arrays.equals(gross, r.gross)
                && Arrays.equals(receipts, r.receipts) && Arrays.equals(projected, r.projected)
                && Arrays.equals(net, r.net) && Arrays.equals(planned, r.planned) && orders.equals(r.orders)
                && below.equals(r.below);
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(onHand, safetyStock, firstPlannedReceiptBucket, orders, below);
        h = 31 * h + Arrays.hashCode(gross);
        h = 31 * h + Arrays.hashCode(receipts);
        h = 31 * h + Arrays.hashCode(projected);
        h = 31 * h + Arrays.hashCode(net);
        return 31 * h + Arrays.hashCode(planned);
    }

    @Override
    public String toString() {
        return "ItemRecord[gross=" + Arrays.toString(gross) + ", scheduledReceipts=" + Arrays.toString(receipts)
                + ", projectedOnHand=" + Arrays.toString(projected) + ", netRequirements=" + Arrays.toString(net)
                + ", plannedOrderReceipts=" + Arrays.toString(planned) + ", orders=" + orders + "]";
    }
}
