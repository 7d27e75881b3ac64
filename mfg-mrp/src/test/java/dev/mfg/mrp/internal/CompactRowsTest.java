package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.ItemId;
import dev.mfg.mrp.ItemPlan;
import dev.mfg.mrp.PlanRecord;
import java.math.BigDecimal;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

class CompactRowsTest {
    private static final long U = 1_000_000L;

    @Test
    void get_derivesProjectedOnHandAndNet_likeAHandRecord() {
        // Two buckets, on hand 10, backlog 0, safety stock 5. Gross 20 and 0, receipts 0 and 7, planned 15 and 0.
        // Bucket 0: available 10 - 20 = -10, net 5 - (-10) = 15, POH -10 + 15 = 5.
        // Bucket 1: available 5 + 7 = 12, net 0, POH 12.
        long[] rows = {20 * U, 0, 0, 7 * U, 15 * U, 0, 0, 15 * U};
        ImmutableList<PlanRecord> r = new CompactRows(2, rows, 10 * U, 0, 5 * U).get();
        assertThat(r.get(0).projectedOnHand()).isEqualTo(new BigDecimal("5"));
        assertThat(r.get(0).netRequirements()).isEqualTo(new BigDecimal("15"));
        assertThat(r.get(1).projectedOnHand()).isEqualTo(new BigDecimal("12"));
        assertThat(r.get(1).netRequirements()).isEqualTo(BigDecimal.ZERO);
        assertThat(r.get(1).plannedOrderReleases()).isEqualTo(new BigDecimal("15"));
        assertThat(r.get(1).scheduledReceipts()).isEqualTo(new BigDecimal("7"));
    }

    @Test
    void get_backlogIsARequirementOfBucketZero_notInTheGrossRow() {
        // On hand -3 (backlog 3), gross 2, planned 5: available 0 - 2 - 3 = -5, net 5, POH 0.
        long[] rows = {2 * U, 0, 5 * U, 0};
        ImmutableList<PlanRecord> r = new CompactRows(1, rows, 0, 3 * U, 0).get();
        assertThat(r.get(0).grossRequirements()).isEqualTo(new BigDecimal("2"));
        assertThat(r.get(0).netRequirements()).isEqualTo(new BigDecimal("5"));
        assertThat(r.get(0).projectedOnHand()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void itemPlan_lazyEqualsEager_sameRowsSameHash() {
        long[] rows = {20 * U, 0, 0, 7 * U, 15 * U, 0, 0, 15 * U};
        CompactRows compact = new CompactRows(2, rows, 10 * U, 0, 5 * U);
        ItemPlan lazy = ItemPlan.lazy(ItemId.of("A"), 1, compact);
        ItemPlan eager = new ItemPlan(ItemId.of("A"), 1, compact.get());
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        assertThat(lazy.toString()).isEqualTo(eager.toString());
        assertThat(lazy).isNotEqualTo(new ItemPlan(ItemId.of("A"), 2, compact.get()));
        assertThat(lazy.records()).isNotSameAs(lazy.records()).isEqualTo(lazy.records());
    }

    @Test
    void get_sparseRowsAcrossSeveralMaskWords_comeBackInPlace() {
        // 20 buckets = 80 cells over two 64-bit mask words: gross 4 in bucket 0 and 3 in bucket 19, scheduled
        // receipt 9 in bucket 15 (cell 35), planned receipt 6 in bucket 19 (cell 59), release 6 in bucket 17
        // (cell 77, in the second word). The rows are copied, so changing the array afterwards changes nothing.
        long[] rows = new long[80];
        rows[0] = 4 * U;
        rows[19] = 3 * U;
        rows[35] = 9 * U;
        rows[59] = 6 * U;
        rows[77] = 6 * U;
        CompactRows compact = new CompactRows(20, rows, 0, 0, 0);
        java.util.Arrays.fill(rows, 1);
        ImmutableList<PlanRecord> r = compact.get();
        assertThat(r).hasSize(20);
        assertThat(r.get(0).grossRequirements()).isEqualTo(new BigDecimal("4"));
        assertThat(r.get(19).grossRequirements()).isEqualTo(new BigDecimal("3"));
        assertThat(r.get(15).scheduledReceipts()).isEqualTo(new BigDecimal("9"));
        assertThat(r.get(19).plannedOrderReceipts()).isEqualTo(new BigDecimal("6"));
        assertThat(r.get(17).plannedOrderReleases()).isEqualTo(new BigDecimal("6"));
        assertThat(r.get(16).plannedOrderReleases()).isEqualTo(BigDecimal.ZERO);
        // POH: -4 after bucket 0, +9 in bucket 15 → 5, bucket 19: 5 - 3 + 6 = 8.
        assertThat(r.get(0).projectedOnHand()).isEqualTo(new BigDecimal("-4"));
        assertThat(r.get(15).projectedOnHand()).isEqualTo(new BigDecimal("5"));
        assertThat(r.get(19).projectedOnHand()).isEqualTo(new BigDecimal("8"));
    }

    @Test
    void candidates_anySupersetOfTheNonZeroCells_givesTheSameRecordsAsReadingEveryCell() {
        // Items appended one after another to shared columns, read back after all of them were written.
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        LongColumn words = new LongColumn();
        LongColumn values = new LongColumn();
        java.util.List<CompactRows> shared = new java.util.ArrayList<>();
        java.util.List<ImmutableList<PlanRecord>> expected = new java.util.ArrayList<>();
        for (int round = 0; round < 200; round++) {
            int buckets = 1 + rnd.nextInt(40);
            long[] rows = new long[4 * buckets];
            long[] candidates = new long[(4 * buckets + 63) >>> 6];
            for (int x = 0; x < rows.length; x++) {
                if (rnd.nextInt(4) == 0) {
                    rows[x] = rnd.nextInt(1, 100) * U;
                }
                // Every non-zero cell, and some zero ones: a demand of 0, or two receipts that cancel out.
                if (rows[x] != 0 || rnd.nextInt(5) == 0) {
                    candidates[x >>> 6] |= 1L << x;
                }
            }
            long stock = rnd.nextInt(50) * U;
            expected.add(new CompactRows(buckets, rows, stock, 0, 3 * U).get());
            shared.add(new CompactRows(words, values, buckets, rows, candidates, stock, 0, 3 * U));
            java.util.Arrays.fill(rows, 7 * U); // the rows are read, not kept
        }
        for (int k = 0; k < shared.size(); k++) {
            assertThat(shared.get(k).get()).as("item %s", k).isEqualTo(expected.get(k));
        }
    }
}
