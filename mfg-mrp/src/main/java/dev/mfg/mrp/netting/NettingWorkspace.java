package dev.mfg.mrp.netting;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.error.RuleCode;
import dev.mfg.mrp.horizon.PlanningHorizon;
import dev.mfg.mrp.lotsizing.EconomicOrderQuantity;
import dev.mfg.mrp.lotsizing.FixedOrderQuantity;
import dev.mfg.mrp.lotsizing.LotForLot;
import dev.mfg.mrp.lotsizing.LotModifiers;
import dev.mfg.mrp.lotsizing.LotSizingPolicy;
import dev.mfg.mrp.lotsizing.PeriodOrderQuantity;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reusable scratch memory for netting one item at a time: an engine keeps one per thread, sized to the horizon,
 * and calls {@link #plan(long[], long[], int, long, long, LotSizingPolicy, LotModifiers, int) plan} for every
 * item. A call allocates nothing once the workspace has grown to the largest number of orders an item needs; the
 * results stay readable through the accessors until the next call, and {@link #toRecord()} copies them out.
 *
 * <pre>{@code
 * NettingWorkspace ws = NettingWorkspace.create(horizon.buckets());
 * for (int item : itemsInLowLevelCodeOrder) {
 *     ws.plan(gross[item], receipts[item], n, onHand[item], safety[item], policy[item], modifiers[item], 0);
 *     for (int i = 0; i < ws.orderCount(); i++) {
 *         explode(item, ws.orderBucket(i), ws.orderQuantity(i));     // dependent demand of the components
 *     }
 * }
 * }</pre>
 *
 * <h2>Algorithm</h2>
 * For each bucket {@code t}: {@code available = POH[t-1] + SR[t] - gross[t]}; if it is below safety stock the
 * bucket falls short by {@code shortfall = safetyStock - available} (its net requirement). The policy is then
 * asked for one lot with {@code net[t] = shortfall} and, for {@code k > t}, {@code net[k]} = what bucket {@code k}
 * will need if the balance sits at safety stock after {@code t}: the lot-for-lot nets of the rest of the horizon
 * started at safety stock, so that later scheduled receipts carry their excess forward (safety stock is counted
 * once). The modifiers turn the lot into orders, the shortfall is re-netted, and the policy is asked again while
 * the bucket is still short (FOQ and EOQ may place several lots). Then {@code POH[t] = available + receipts}.
 *
 * <p><b>Cost.</b> The rest-of-horizon nets are only computed as far as the policy reads them: not at all for
 * lot-for-lot, FOQ and EOQ, {@code periods − 1} buckets for POQ, the whole rest of the horizon for cost-based and
 * unknown policies. Lot-for-lot, FOQ, EOQ and POQ therefore run in O(buckets × periods + orders) per item; the
 * cost-based policies in O(buckets²).
 *
 * <p><b>Below safety stock.</b> Supply is unconstrained, so with the default first planned receipt bucket 0 every
 * bucket ends at or above safety stock and {@link #belowSafetyStockCount()} is 0. Only buckets before the first
 * planned receipt bucket (a time fence chosen by the caller) may end below safety stock (or below zero); they are
 * listed so that the engine can raise a message.
 *
 * <p>Not thread-safe: one workspace per thread.
 *
 * @since 0.1
 */
public final class NettingWorkspace {
    /** The most planned orders one item may receive: 1,000,000 (guards a tiny FOQ or maximum). */
    public static final int MAX_ORDERS = 1_000_000;

    private long[] gross;
    private long[] receipts;
    private long[] projected;
    private long[] net;
    private long[] planned;
    private long[] scratch;
    private int[] below;
    private int[] orderBuckets = new int[16];
    private long[] orderQuantities = new long[16];
    private int orderCount;
    private int belowCount;
    private int buckets;
    private long onHand;
    private long safetyStock;
    private long grossTotal;
    private int firstPlannedReceiptBucket;
    private boolean planned0;

    private NettingWorkspace(int capacity) {
        allocate(capacity);
    }

    /**
     * Creates a workspace for horizons of up to {@code capacity} buckets; it grows if a longer one comes.
     *
     * @param capacity the number of buckets to size for, in {@code [1, PlanningHorizon.MAX_BUCKETS]}
     * @return a new workspace
     * @throws IllegalArgumentException if {@code capacity} is out of range
     */
    public static NettingWorkspace create(int capacity) {
        if (capacity < 1 || capacity > PlanningHorizon.MAX_BUCKETS) {
            throw new IllegalArgumentException("The capacity (" + capacity + ") must be in [1, "
                    + PlanningHorizon.MAX_BUCKETS + "].");
        }
        return new NettingWorkspace(capacity);
    }

    private void allocate(int capacity) {
        gross = new long[capacity];
        receipts = new long[capacity];
        projected = new long[capacity];
        net = new long[capacity];
        planned = new long[capacity];
        scratch = new long[capacity];
        below = new int[capacity];
    }

    /** {@return the number of buckets this workspace holds without growing} */
    public int capacity() {
        return gross.length;
    }

    /**
     * Plans one validated input. Equivalent to the raw {@code plan} with the input's fields.
     *
     * @param input the input
     * @throws LimitExceededException if the plan needs more than {@link #MAX_ORDERS} orders
     * @throws ArithmeticException if a quantity sum overflows a {@code long}
     */
    public void plan(ItemRecordInput input) {
        Objects.requireNonNull(input, "input");
        long[] g = input.grossRequirements();
        plan(g, input.scheduledReceipts(), g.length, input.onHand(), input.safetyStock(), input.policy(),
                input.modifiers(), input.firstPlannedReceiptBucket());
    }

    /**
     * Plans one item from raw arrays (the engine's hot path). The arrays are read, never written nor kept.
     *
     * @param grossRequirements gross requirement per bucket in micro-units (past due in bucket 0), each ≥ 0
     * @param scheduledReceipts scheduled receipts per bucket in micro-units, each ≥ 0
     * @param buckets the number of buckets, in {@code [1, MAX_BUCKETS]}, at most the arrays' lengths
     * @param onHand the stock at the start in micro-units, ≥ 0
     * @param safetyStock the safety stock in micro-units, ≥ 0
     * @param policy the lot-sizing policy
     * @param modifiers the modifiers applied to every lot
     * @param firstPlannedReceiptBucket the first bucket that may receive a planned order, in {@code [0, buckets]};
     *     0 for unconstrained supply
     * @throws InvalidInputException if a quantity is negative (rule {@code QTY_NEGATIVE}), or the buckets or the
     *     first planned receipt bucket are out of range
     * @throws LimitExceededException if the plan needs more than {@link #MAX_ORDERS} orders
     * @throws ArithmeticException if a quantity sum overflows a {@code long}
     * @throws IllegalStateException if the policy proposes a lot that is not positive
     */
    public void plan(long[] grossRequirements, long[] scheduledReceipts, int buckets, long onHand, long safetyStock,
            LotSizingPolicy policy, LotModifiers modifiers, int firstPlannedReceiptBucket) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(modifiers, "modifiers");
        checkArguments(grossRequirements, scheduledReceipts, buckets, onHand, safetyStock, firstPlannedReceiptBucket);
        planned0 = false;
        if (buckets > gross.length) {
            allocate(buckets);
        }
        this.buckets = buckets;
        this.onHand = onHand;
        this.safetyStock = safetyStock;
        this.firstPlannedReceiptBucket = firstPlannedReceiptBucket;
        long total = 0;
        for (int t = 0; t < buckets; t++) {
            long g = grossRequirements[t];
            long s = scheduledReceipts[t];
            if (g < 0 || s < 0) {
                throw InvalidInputException.of(RuleCode.QTY_NEGATIVE,
                        (g < 0 ? "grossRequirements[" : "scheduledReceipts[") + t + "]", g < 0 ? g : s,
                        "The quantity (" + (g < 0 ? g : s) + " micro-units) of bucket " + t
                                + " must not be negative.");
            }
            gross[t] = g;
            receipts[t] = s;
            total = Math.addExact(total, g);
        }
        grossTotal = total;
        orderCount = 0;
        belowCount = 0;
        int lookahead = lookahead(policy, buckets);
        long maximum = modifiers.maximum();
        long poh = onHand;
        for (int t = 0; t < buckets; t++) {
            long available = Math.subtractExact(Math.addExact(poh, receipts[t]), gross[t]);
            long shortfall = Math.subtractExact(safetyStock, available);
            net[t] = Math.max(0L, shortfall);
            long received = 0;
            if (shortfall > 0 && t >= firstPlannedReceiptBucket) {
                restOfHorizon(t, (int) Math.min((long) t + lookahead, buckets - 1L));
                do {
                    scratch[t] = shortfall;
                    long lot = policy.lotAt(scratch, t, buckets, total);
                    if (lot <= 0) {
                        throw new IllegalStateException("The policy (" + policy + ") proposed a lot (" + lot
                                + ") that is not positive at bucket (" + t + ").");
                    }
                    long adjusted = modifiers.adjust(lot);
                    addOrders(t, adjusted, maximum);
                    received = Math.addExact(received, adjusted);
                    shortfall -= adjusted;
                } while (shortfall > 0);
            }
            planned[t] = received;
            poh = Math.addExact(available, received);
            projected[t] = poh;
            if (poh < safetyStock) {
                below[belowCount++] = t;
            }
        }
        planned0 = true;
    }

    private static void checkArguments(long[] gross, long[] receipts, int buckets, long onHand, long safetyStock,
            int first) {
        Objects.requireNonNull(gross, "grossRequirements");
        Objects.requireNonNull(receipts, "scheduledReceipts");
        if (buckets < 1) {
            throw new InvalidInputException(new Problem(PlanningHorizon.RULE_BUCKETS_NOT_POSITIVE, "buckets",
                    String.valueOf(buckets), "The netting needs at least one bucket (" + buckets + ")."));
        }
        if (buckets > PlanningHorizon.MAX_BUCKETS) {
            throw new LimitExceededException("planning.buckets", PlanningHorizon.MAX_BUCKETS, buckets, "buckets");
        }
        if (gross.length < buckets || receipts.length < buckets) {
            throw new InvalidInputException(new Problem(ItemNetting.RULE_BUCKETS_MISMATCH, "buckets",
                    String.valueOf(buckets), "The gross requirements (" + gross.length
                    + ") and scheduled receipts (" + receipts.length + ") must hold at least " + buckets
                    + " buckets."));
        }
        if (onHand < 0 || safetyStock < 0) {
            throw InvalidInputException.of(RuleCode.QTY_NEGATIVE, onHand < 0 ? "onHand" : "safetyStock",
                    onHand < 0 ? onHand : safetyStock, "The on hand (" + onHand + ") and safety stock ("
                            + safetyStock + ") must not be negative.");
        }
        if (first < 0 || first > buckets) {
            throw new InvalidInputException(new Problem(ItemNetting.RULE_BUCKET_OUT_OF_RANGE,
                    "firstPlannedReceiptBucket", String.valueOf(first),
                    "The first planned receipt bucket (" + first + ") must be in [0, " + buckets + "]."));
        }
    }

    /** How far past the short bucket a policy reads the net requirements (the lot-sizing package's contract). */
    static int lookahead(LotSizingPolicy policy, int buckets) {
        if (policy instanceof LotForLot || policy instanceof FixedOrderQuantity
                || policy instanceof EconomicOrderQuantity) {
            return 0;
        }
        if (policy instanceof PeriodOrderQuantity) {
            return Math.min(((PeriodOrderQuantity) policy).periods() - 1, buckets);
        }
        return buckets;
    }

    /*
     * Lindley recursion for k in (t, last]: excess e over safety stock starts at 0 after t; each bucket adds
     * SR[k] - gross[k]; a negative result is bucket k's net requirement and resets the excess to 0.
     */
    private void restOfHorizon(int t, int last) {
        long excess = 0;
        for (int k = t + 1; k <= last; k++) {
            long x = Math.subtractExact(Math.addExact(excess, receipts[k]), gross[k]);
            if (x < 0) {
                scratch[k] = -x;
                excess = 0;
            } else {
                scratch[k] = 0;
                excess = x;
            }
        }
    }

    private void addOrders(int bucket, long total, long maximum) {
        if (maximum == 0 || total <= maximum) {
            addOrder(bucket, total);
            return;
        }
        long full = total / maximum;
        long rest = total % maximum;
        long count = full + (rest > 0 ? 1 : 0);
        if (orderCount + count > MAX_ORDERS) {
            throw new LimitExceededException("netting.plannedOrders", MAX_ORDERS, orderCount + count,
                    "plannedOrders");
        }
        for (long i = 0; i < full; i++) {
            addOrder(bucket, maximum);
        }
        if (rest > 0) {
            addOrder(bucket, rest);
        }
    }

    private void addOrder(int bucket, long quantity) {
        if (orderCount == orderBuckets.length) {
            if (orderCount >= MAX_ORDERS) {
                throw new LimitExceededException("netting.plannedOrders", MAX_ORDERS, orderCount + 1L,
                        "plannedOrders");
            }
            int grown = Math.min(MAX_ORDERS, orderCount * 2);
            orderBuckets = Arrays.copyOf(orderBuckets, grown);
            orderQuantities = Arrays.copyOf(orderQuantities, grown);
        }
        orderBuckets[orderCount] = bucket;
        orderQuantities[orderCount] = quantity;
        orderCount++;
    }

    private void requirePlanned() {
        if (!planned0) {
            throw new IllegalStateException("No item has been planned in this workspace yet.");
        }
    }

    private int index(int bucket) {
        requirePlanned();
        return Objects.checkIndex(bucket, buckets);
    }

    /** {@return the number of buckets of the last plan} */
    public int buckets() {
        requirePlanned();
        return buckets;
    }

    /** {@return the total gross requirement of the last plan, in micro-units (the D of EOQ × buckets)} */
    public long grossTotal() {
        requirePlanned();
        return grossTotal;
    }

    /**
     * {@return the projected on hand at the end of a bucket, in micro-units}
     *
     * @param bucket the bucket, in {@code [0, buckets())}
     */
    public long projectedOnHand(int bucket) {
        return projected[index(bucket)];
    }

    /**
     * {@return the net requirement of a bucket: its shortfall to safety stock before planned receipts, ≥ 0}
     *
     * @param bucket the bucket, in {@code [0, buckets())}
     */
    public long netRequirement(int bucket) {
        return net[index(bucket)];
    }

    /**
     * {@return the planned order receipts of a bucket (the sum of its orders), in micro-units}
     *
     * @param bucket the bucket, in {@code [0, buckets())}
     */
    public long plannedOrderReceipts(int bucket) {
        return planned[index(bucket)];
    }

    /**
     * Copies the planned order receipts per bucket into a caller's array.
     *
     * @param destination an array of at least {@link #buckets()} elements; its first {@code buckets()} are written
     */
    public void copyPlannedOrderReceipts(long[] destination) {
        requirePlanned();
        System.arraycopy(planned, 0, destination, 0, buckets);
    }

    /** {@return the number of planned orders of the last plan} */
    public int orderCount() {
        requirePlanned();
        return orderCount;
    }

    /**
     * {@return the receipt bucket of a planned order} Orders are in the order they were placed: by bucket, and
     * within a bucket lot by lot, each lot's orders as the modifiers split it.
     *
     * @param order the order's index, in {@code [0, orderCount())}
     */
    public int orderBucket(int order) {
        requirePlanned();
        return orderBuckets[Objects.checkIndex(order, orderCount)];
    }

    /**
     * {@return the quantity of a planned order, in micro-units, positive}
     *
     * @param order the order's index, in {@code [0, orderCount())}
     */
    public long orderQuantity(int order) {
        requirePlanned();
        return orderQuantities[Objects.checkIndex(order, orderCount)];
    }

    /** {@return the number of buckets that end below safety stock (0 unless a time fence was set)} */
    public int belowSafetyStockCount() {
        requirePlanned();
        return belowCount;
    }

    /**
     * {@return the i-th bucket, ascending, that ends below safety stock}
     *
     * @param i the index, in {@code [0, belowSafetyStockCount())}
     */
    public int belowSafetyStockBucket(int i) {
        requirePlanned();
        return below[Objects.checkIndex(i, belowCount)];
    }

    /**
     * Copies the last plan out.
     *
     * @return an immutable record of the last plan
     * @throws IllegalStateException if nothing was planned yet
     */
    public ItemRecord toRecord() {
        requirePlanned();
        PlannedLot[] lots = new PlannedLot[orderCount];
        for (int i = 0; i < orderCount; i++) {
            lots[i] = new PlannedLot(orderBuckets[i], orderQuantities[i]);
        }
        return new ItemRecord(onHand, safetyStock, firstPlannedReceiptBucket, Arrays.copyOf(gross, buckets),
                Arrays.copyOf(receipts, buckets), Arrays.copyOf(projected, buckets), Arrays.copyOf(net, buckets),
                Arrays.copyOf(planned, buckets), lots, Arrays.copyOf(below, belowCount));
    }
}
