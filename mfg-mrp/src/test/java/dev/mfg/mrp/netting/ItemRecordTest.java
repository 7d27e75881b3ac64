package dev.mfg.mrp.netting;

import static dev.mfg.mrp.netting.Units.U;
import static dev.mfg.mrp.netting.Units.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.mrp.horizon.PlanningHorizon;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

class ItemRecordTest {
    private static final PlanningHorizon WEEKS = PlanningHorizon.of(LocalDate.of(2026, 1, 5), 4, BucketSize.WEEK);

    /** Orders received in buckets 1 (5 units) and 3 (7 units); on hand 2, SS 2. */
    private static ItemRecord record() {
        return ItemNetting.plan(ItemRecordInput.builder().grossRequirements(units(0, 5, 0, 7)).onHand(2 * U)
                .safetyStock(2 * U).build());
    }

    @Test
    void plannedOrderReleases_fixedLeadTime_offsetAndPreStartClampedToBucketZero() {
        // Bucket 1 starts 01-12, minus 10 days = 01-02: before the start -> bucket 0 (expedite).
        // Bucket 3 starts 01-26, minus 10 days = 01-16: in bucket 1 (01-12 .. 01-18).
        ItemRecord r = record();
        assertThat(r.plannedOrderReleases(WEEKS, 10)).containsExactly(units(5, 7, 0, 0));
        assertThat(r.expeditedOrders(WEEKS, 10).toArray()).containsExactly(0);
        assertThat(r.plannedOrderReleases(WEEKS, 0)).containsExactly(units(0, 5, 0, 7));
        assertThat(r.expeditedOrders(WEEKS, 0).isEmpty()).isTrue();
    }

    @Test
    void plannedOrderReleases_horizonOfOtherLength_throws() {
        PlanningHorizon other = PlanningHorizon.of(LocalDate.of(2026, 1, 5), 5, BucketSize.WEEK);
        assertThatThrownBy(() -> record().plannedOrderReleases(other, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rows_convertEveryColumnToExactDecimals() {
        ItemRecord r = record();
        ImmutableList<ItemRecordRow> rows = r.rows(r.plannedOrderReleases(WEEKS, 7));
        // POH: 2, 2-5 short 5 -> 2, 2, 2-7 short 7 -> 2. Releases 7 days earlier: bucket 0 and bucket 2.
        assertThat(rows).containsExactly(
                new ItemRecordRow(0, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2"), BigDecimal.ZERO,
                        BigDecimal.ZERO, new BigDecimal("5")),
                new ItemRecordRow(1, new BigDecimal("5"), BigDecimal.ZERO, new BigDecimal("2"), new BigDecimal("5"),
                        new BigDecimal("5"), BigDecimal.ZERO),
                new ItemRecordRow(2, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("2"), BigDecimal.ZERO,
                        BigDecimal.ZERO, new BigDecimal("7")),
                new ItemRecordRow(3, new BigDecimal("7"), BigDecimal.ZERO, new BigDecimal("2"), new BigDecimal("7"),
                        new BigDecimal("7"), BigDecimal.ZERO));
    }

    @Test
    void rows_releasesOfOtherLength_throws() {
        assertThatThrownBy(() -> record().rows(new long[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void accessors_returnCopies_recordStaysUnchanged() {
        ItemRecord r = record();
        r.projectedOnHand()[0] = 99;
        r.plannedOrderReceipts()[1] = 99;
        assertThat(r.projectedOnHand(0)).isEqualTo(2 * U);
        assertThat(r.plannedOrderReceipts()[1]).isEqualTo(5 * U);
        assertThat(r.onHand()).isEqualTo(2 * U);
        assertThat(r.safetyStock()).isEqualTo(2 * U);
        assertThat(r.buckets()).isEqualTo(4);
    }

    @Test
    void equals_sameInputTwice_equalRecordsAndHashes() {
        assertThat(record()).isEqualTo(record()).hasSameHashCodeAs(record());
        assertThat(record()).isNotEqualTo(ItemNetting.plan(ItemRecordInput.builder().grossRequirements(units(0, 5, 0, 6))
                .onHand(2 * U).safetyStock(2 * U).build()));
        assertThat(record().toString()).contains("plannedOrderReceipts=[0, 5000000, 0, 7000000]");
    }

    @Test
    void plannedLot_nonPositiveQuantity_rejected() {
        assertThatThrownBy(() -> new PlannedLot(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlannedLot(-1, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
