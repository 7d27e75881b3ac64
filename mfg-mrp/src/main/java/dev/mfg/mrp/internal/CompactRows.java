package dev.mfg.mrp.internal;

import dev.mfg.mrp.PlanRecord;
import dev.mfg.mrp.lotsizing.MicroUnits;
import java.util.function.Supplier;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The time-phased rows of one item kept as micro-unit longs: gross requirements, scheduled receipts, planned
 * order receipts and releases per bucket; projected on hand and net requirements are derived on access with the
 * netting's own recurrence ({@code available = POH[t-1] + SR[t] - gross[t]} with the backlog in bucket 0,
 * {@code net = max(0, safetyStock - available)}, {@code POH[t] = available + planned[t]}, from the on hand).
 * {@link #get()} builds the {@link PlanRecord}s anew on every call. Rows are mostly zero (an item is needed in a
 * few buckets), so only the non-zero values are kept, with a bitmap of where they are: a million items over 104
 * buckets take tens of megabytes instead of 3.3 GB, in two columns shared by the items of a run. Immutable and
 * thread-safe once the run has published its result.
 */
final class CompactRows implements Supplier<ImmutableList<PlanRecord>> {
    private final int buckets;
    /**
     * Bit {@code r × buckets + t} is set when row r has a non-zero value in bucket t: the words from {@code wordAt}
     * of a column a planning run shares among all its items (no array per item).
     */
    private final LongColumn words;
    private final int wordAt;
    /** The non-zero values, row by row, bucket by bucket: from {@code valueAt} of a shared column. */
    private final LongColumn values;
    private final int valueAt;
    private final long stock;
    private final long backlog;
    private final long safetyStock;

    /**
     * @param buckets the number of buckets
     * @param rows gross, scheduled receipts, planned receipts and releases, {@code buckets} each (read, not kept)
     * @param stock the on hand at the start, ≥ 0
     * @param backlog the negative on hand as a requirement of bucket 0, ≥ 0
     * @param safetyStock the safety stock the netting used (0 for a phantom)
     */
    CompactRows(int buckets, long[] rows, long stock, long backlog, long safetyStock) {
        this(new LongColumn(), new LongColumn(), buckets, rows, nonZero(buckets, rows), stock, backlog, safetyStock);
    }

    /**
     * Appends an item's rows to columns shared by the items of a run; they must not be written afterwards but by
     * further appends.
     *
     * @param words the column of mask words
     * @param values the column of non-zero values
     * @param buckets the number of buckets
     * @param rows gross, scheduled receipts, planned receipts and releases, {@code buckets} each (read, not kept)
     * @param candidates a bit per cell ({@code r × buckets + t}), set at least where the cell is non-zero (read,
     *     not kept): the planning run knows which buckets its demands, receipts and orders touched, so it finds
     *     the non-zero cells without reading every bucket
     * @param stock the on hand at the start, ≥ 0
     * @param backlog the negative on hand as a requirement of bucket 0, ≥ 0
     * @param safetyStock the safety stock the netting used (0 for a phantom)
     */
    CompactRows(LongColumn words, LongColumn values, int buckets, long[] rows, long[] candidates, long stock,
            long backlog, long safetyStock) {
        this.buckets = buckets;
        this.words = words;
        this.wordAt = words.size();
        this.values = values;
        this.valueAt = values.size();
        int count = (4 * buckets + 63) >>> 6;
        for (int w = 0; w < count; w++) {
            long word = 0;
            for (long c = candidates[w]; c != 0; c &= c - 1) {
                int j = Long.numberOfTrailingZeros(c);
                long v = rows[(w << 6) + j];
                if (v != 0) {
                    word |= 1L << j;
                    values.add(v);
                }
            }
            words.add(word);
        }
        this.stock = stock;
        this.backlog = backlog;
        this.safetyStock = safetyStock;
    }

    /** {@return a bit per non-zero cell of the rows} Branch-free: most cells are zero, at random places. */
    private static long[] nonZero(int buckets, long[] rows) {
        int cells = 4 * buckets;
        long[] bits = new long[(cells + 63) >>> 6];
        for (int w = 0; w < bits.length; w++) {
            int base = w << 6;
            int end = Math.min(64, cells - base);
            long word = 0;
            for (int j = 0; j < end; j++) {
                word |= (rows[base + j] != 0 ? 1L : 0L) << j;
            }
            bits[w] = word;
        }
        return bits;
    }

    @Override
    public ImmutableList<PlanRecord> get() {
        long[] rows = new long[4 * buckets];
        int k = valueAt;
        for (int w = 0; w < (rows.length + 63) >>> 6; w++) {
            for (long word = words.get(wordAt + w); word != 0; word &= word - 1) {
                rows[(w << 6) + Long.numberOfTrailingZeros(word)] = values.get(k++);
            }
        }
        PlanRecord[] out = new PlanRecord[buckets];
        long poh = stock;
        for (int t = 0; t < buckets; t++) {
            long gross = rows[t];
            long sr = rows[buckets + t];
            long planned = rows[2 * buckets + t];
            long released = rows[3 * buckets + t];
            long available = poh + sr - gross - (t == 0 ? backlog : 0L);
            long net = Math.max(0L, safetyStock - available);
            poh = available + planned;
            out[t] = PlanRecord.builder().bucket(t).grossRequirements(MicroUnits.toDecimal(gross))
                    .scheduledReceipts(MicroUnits.toDecimal(sr)).projectedOnHand(MicroUnits.toDecimal(poh))
                    .netRequirements(MicroUnits.toDecimal(net)).plannedOrderReceipts(MicroUnits.toDecimal(planned))
                    .plannedOrderReleases(MicroUnits.toDecimal(released)).build();
        }
        return Lists.immutable.with(out);
    }
}
