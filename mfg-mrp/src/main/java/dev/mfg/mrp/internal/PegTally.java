package dev.mfg.mrp.internal;

import dev.mfg.mrp.netting.DemandKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * FIFO pegging of planned orders to the demands they serve, over arrays (the rules of
 * {@link dev.mfg.mrp.netting.Pegging}), and the pegs it finds as columns: per order its first peg and count, per peg
 * the demand's reference code (see {@link PlanRun}) and quantity in micro-units. Each order's pegs are contiguous,
 * and orders are pegged in creation order: {@link #peg} and {@link #keep} append the rows of the next orders.
 *
 * <p>A run pegs its non-phantom items through its {@link TallySink}, so this may be filled on a second thread; it
 * reads the run's {@code firstOrderByRank}, whose entries for the parents of an item are written before the item
 * is sent. A phantom's pegs only steer its pass-through: the run pegs it on its own instance, {@link #clear}ed first.
 *
 * <p>Demand keys: bucket (below 2^14, {@code PlanningHorizon.MAX_BUCKETS}), kind (2 bits) and sub (47 bits). A
 * planned order's sub is its place in {@code PLN} numbering: the rank of its item in id order (below 2^26) then its
 * sequence in the item (below 2^20, {@code NettingWorkspace.MAX_ORDERS}); strings (ranked ids) come after every
 * order. Demands are pegged in key order: bucket, then kind (sales order, dependent, forecast), then id.
 */
final class PegTally {
    private static final long SUB_BITS = 47;
    private static final int SEQ_BITS = 20;
    private static final long STRING_REFS = 1L << 46;
    /** A plan holds fewer items than this: a demand key holds an item's rank in 26 bits. */
    static final int MAX_ITEMS = 1 << 26;

    /** {@return the sort key of a demand} */
    static long demandKey(int bucket, DemandKind kind, long sub) {
        return ((long) bucket << (SUB_BITS + 2)) | ((long) kind.ordinal() << SUB_BITS) | sub;
    }

    /** {@return the bucket of a demand key} */
    static int bucketOfKey(long key) {
        return (int) (key >>> (SUB_BITS + 2));
    }

    /** {@return the key part of a string reference (a negative reference code)} */
    static long stringSub(long ref) {
        return STRING_REFS + (-ref - 1);
    }

    /** {@return the key part of order {@code seq} of the item of rank {@code rank} in id order} */
    static long orderSub(int rank, int seq) {
        return ((long) rank << SEQ_BITS) | seq;
    }

    private final int[] firstOrderByRank;

    // The pegs: per order [orderFrom, orderFrom + orderCount) of ref and qty.
    private final IntColumn orderFrom = new IntColumn();
    private final IntColumn orderCount = new IntColumn();
    private int pegs;
    private final IntColumn ref = new IntColumn(); // reference codes fit an int: orders < 2^31, ranks too
    private final LongColumn qty = new LongColumn();

    // Scratch: demands (key, reference, quantity, sorted order), supplies (planned order k or -1, quantity).
    private long[] dKey = new long[16];
    private long[] dRef = new long[16];
    private long[] dQty = new long[16];
    private int[] dOrder = new int[16];
    private int[] dTmp = new int[16];
    private long[] dKeyTmp = new long[16];
    private int[] dRuns = new int[17];
    private int[] sOrder = new int[16];
    private long[] sQty = new long[16];

    /**
     * @param firstOrderByRank per item, by its rank in id order (the rank a demand key holds), the creation index of
     *     its first order (read for the parents of the items pegged): one array read per dependent demand, not two
     */
    PegTally(int[] firstOrderByRank) {
        this.firstOrderByRank = firstOrderByRank;
    }

    /**
     * {@return the reference a dependent demand's key names} A string's reference code, or the parent order's
     * creation index, which is known once the parent is planned.
     */
    long refOfKey(long key) {
        long sub = key & ((1L << SUB_BITS) - 1);
        if (sub >= STRING_REFS) {
            return -(sub - STRING_REFS) - 1;
        }
        return firstOrderByRank[(int) (sub >>> SEQ_BITS)] + (sub & ((1L << SEQ_BITS) - 1));
    }

    /**
     * Pegs the planned orders {@code [firstOrder, firstOrder + count)} of one item FIFO to its demands: supplies are
     * on hand, then per bucket the scheduled receipts (by id) before the planned orders (in sequence); receipts after
     * the last planned order take no part.
     *
     * @param firstOrder the creation index of the item's first order: the number of orders pegged so far
     * @param indep the item's independent demands (reference codes of strings)
     * @param dep its dependent demands, {@code depWidth} longs each: key then quantity
     * @param receipts its scheduled receipts
     * @param orderBucket per order, its receipt bucket
     * @param orderQty per order, its quantity
     * @param stock the on hand, not negative
     */
    void peg(int firstOrder, List<PlanRun.Indep> indep, long[] dep, int depSize, int depWidth,
            List<PlanRun.Receipt> receipts, int count, int[] orderBucket, long[] orderQty, long stock) {
        if (orderFrom.size() != firstOrder) {
            throw new IllegalStateException("Orders pegged out of order: " + firstOrder + " after "
                    + orderFrom.size());
        }
        for (int k = 0; k < count; k++) {
            orderFrom.add(0);
            orderCount.add(0);
        }
        int d = demands(indep, dep, depSize, depWidth);
        int s = supplies(receipts, count, orderBucket, orderQty, stock);
        int j = 0;
        for (int x = 0; x < d && j < s; x++) {
            int dm = dOrder[x];
            long need = dQty[dm];
            while (need > 0) {
                while (j < s && sQty[j] == 0) {
                    j++;
                }
                if (j == s) {
                    break;
                }
                long take = Math.min(need, sQty[j]);
                int k = sOrder[j];
                if (k >= 0) {
                    int g = firstOrder + k;
                    int pegged = orderCount.get(g);
                    orderCount.set(g, pegged + 1);
                    if (pegged == 0) {
                        orderFrom.set(g, pegs);
                    }
                    add(dRef[dm], take);
                }
                sQty[j] -= take;
                need -= take;
            }
        }
    }

    /** Sorts the item's demands into {@code dOrder}; {@return how many} */
    private int demands(List<PlanRun.Indep> indep, long[] dep, int depSize, int depWidth) {
        int nd = indep.size() + depSize;
        if (dKey.length < nd) {
            int size = Math.max(nd, dKey.length * 2);
            dKey = new long[size];
            dRef = new long[size];
            dQty = new long[size];
            dOrder = new int[size];
            dTmp = new int[size];
            dKeyTmp = new long[size];
            dRuns = new int[size + 1];
        }
        int d = 0;
        for (int y = 0; y < indep.size(); y++) {
            PlanRun.Indep x = indep.get(y);
            if (x.quantity > 0) {
                dKey[d] = demandKey(x.bucket, x.kind, stringSub(x.ref));
                dRef[d] = x.ref;
                dQty[d] = x.quantity;
                d++;
            }
        }
        for (int k = 0; k < depSize; k++) {
            int at = k * depWidth;
            dKey[d] = dep[at];
            dQty[d] = dep[at + 1];
            dRef[d] = refOfKey(dep[at]);
            d++;
        }
        for (int x = 0; x < d; x++) {
            dOrder[x] = x;
        }
        IndexSort.byKey(dKey, dOrder, d, dKeyTmp, dTmp, dRuns);
        return d;
    }

    /** Lists the supplies in pegging order in {@code sOrder} and {@code sQty}; {@return how many} */
    private int supplies(List<PlanRun.Receipt> receipts, int count, int[] orderBucket, long[] orderQty, long stock) {
        List<PlanRun.Receipt> rs = receipts;
        if (rs.size() > 1) {
            rs = new ArrayList<>(rs);
            rs.sort(Comparator.comparingInt(PlanRun.Receipt::bucket).thenComparing(PlanRun.Receipt::id));
        }
        int ns = (stock > 0 ? 1 : 0) + rs.size() + count;
        if (sOrder.length < ns) {
            int size = Math.max(ns, sOrder.length * 2);
            sOrder = new int[size];
            sQty = new long[size];
        }
        int s = 0;
        if (stock > 0) {
            sOrder[s] = -1;
            sQty[s++] = stock;
        }
        int r = 0;
        for (int k = 0; k < count; k++) {
            while (r < rs.size() && rs.get(r).bucket() <= orderBucket[k]) {
                sOrder[s] = -1;
                sQty[s++] = rs.get(r++).quantity();
            }
            sOrder[s] = k;
            sQty[s++] = orderQty[k];
        }
        return s;
    }

    /**
     * Appends the pegs of the next order as given (a net change replaying the order's previous pegs).
     *
     * @param order the order's creation index: the number of orders pegged so far
     * @param refs the demands' reference codes
     * @param qtys the quantities pegged, in micro-units
     * @param n how many pegs
     */
    void keep(int order, long[] refs, long[] qtys, int n) {
        if (orderFrom.size() != order) {
            throw new IllegalStateException("Orders pegged out of order: " + order + " after " + orderFrom.size());
        }
        orderFrom.add(pegs);
        orderCount.add(n);
        for (int p = 0; p < n; p++) {
            add(refs[p], qtys[p]);
        }
    }

    private void add(long demand, long quantity) {
        ref.add(Math.toIntExact(demand));
        qty.add(quantity);
        pegs++;
    }

    /** Forgets every peg (a phantom's instance, before its next item). */
    void clear() {
        orderFrom.truncate(0);
        orderCount.truncate(0);
        ref.truncate(0);
        qty.truncate(0);
        pegs = 0;
    }

    /** {@return per order, its first peg} */
    IntColumn orderFrom() {
        return orderFrom;
    }

    /** {@return per order, how many pegs it has} */
    IntColumn orderCount() {
        return orderCount;
    }

    /** {@return per peg, the demand's reference code} */
    IntColumn refs() {
        return ref;
    }

    /** {@return per peg, the quantity in micro-units} */
    LongColumn quantities() {
        return qty;
    }
}
