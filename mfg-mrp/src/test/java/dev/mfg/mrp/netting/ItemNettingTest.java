package dev.mfg.mrp.netting;

import static dev.mfg.mrp.netting.Units.U;
import static dev.mfg.mrp.netting.Units.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.mrp.lotsizing.EconomicOrderQuantity;
import dev.mfg.mrp.lotsizing.FixedOrderQuantity;
import dev.mfg.mrp.lotsizing.LotModifiers;
import dev.mfg.mrp.lotsizing.LotSizingPolicy;
import dev.mfg.mrp.lotsizing.PeriodOrderQuantity;
import dev.mfg.mrp.lotsizing.WagnerWhitin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Single-item MRP records with every expected row written by hand (derivations in the comments). */
class ItemNettingTest {

    /** The 10-week gross requirements of Heizer and Render's lot-sizing examples, beginning inventory 35. */
    private static final long[] HR_GROSS = units(35, 30, 40, 0, 10, 40, 30, 0, 30, 55);

    private static ItemRecordInput.Builder input(long[] gross) {
        return ItemRecordInput.builder().grossRequirements(gross);
    }

    private static List<PlannedLot> lots(long... bucketAndUnits) {
        List<PlannedLot> l = new ArrayList<>();
        for (int i = 0; i < bucketAndUnits.length; i += 2) {
            l.add(new PlannedLot((int) bucketAndUnits[i], bucketAndUnits[i + 1] * U));
        }
        return l;
    }

    // --- Textbook records -------------------------------------------------------------------------------------

    /**
     * Heizer and Render, <i>Operations Management</i>, ch. "Material Requirements Planning", lot-sizing example
     * "lot-for-lot": gross 35, 30, 40, 0, 10, 40, 30, 0, 30, 55, on hand 35, no safety stock. The published
     * answer: planned receipts equal the net requirements, 7 orders, no inventory carried.
     */
    @Test
    void plan_heizerRenderLotForLot_receiptsEqualNetAndNothingCarried() {
        ItemRecord r = ItemNetting.plan(input(HR_GROSS).onHand(35 * U).build());
        // t0: 35 - 35 = 0, not short. t1..t9: POH stays 0, each gross is short by itself.
        assertThat(r.netRequirements()).containsExactly(units(0, 30, 40, 0, 10, 40, 30, 0, 30, 55));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 30, 40, 0, 10, 40, 30, 0, 30, 55));
        assertThat(r.projectedOnHand()).containsExactly(units(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(r.plannedOrders()).hasSize(7);
        assertThat(r.grossRequirements()).containsExactly(HR_GROSS);
        assertThat(r.scheduledReceipts()).containsExactly(units(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    /**
     * Same data with a fixed order quantity of 50 (Vollmann et al., <i>Manufacturing Planning and Control</i>,
     * ch. 6, "fixed order quantity" procedure applied to the Heizer-Render requirements).
     */
    @Test
    void plan_heizerRenderFixedOrderQuantity50_carriesExcessForward() {
        ItemRecord r = ItemNetting.plan(input(HR_GROSS).onHand(35 * U).policy(FixedOrderQuantity.of(50 * U)).build());
        // t0: 0. t1: 0-30 = -30 short 30 -> 50, POH 20. t2: 20-40 = -20 short 20 -> 50, POH 30. t3: 30.
        // t4: 30-10 = 20. t5: 20-40 = -20 short 20 -> 50, POH 30. t6: 30-30 = 0. t7: 0.
        // t8: 0-30 short 30 -> 50, POH 20. t9: 20-55 = -35 short 35 -> 50, POH 15.
        assertThat(r.netRequirements()).containsExactly(units(0, 30, 20, 0, 0, 20, 0, 0, 30, 35));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 50, 50, 0, 0, 50, 0, 0, 50, 50));
        assertThat(r.projectedOnHand()).containsExactly(units(0, 20, 30, 30, 20, 30, 0, 0, 20, 15));
        // Conservation: 35 + 250 - 270 = 15.
        assertThat(r.endingOnHand()).isEqualTo(15 * U);
    }

    /**
     * Heizer and Render's EOQ example on the same data (setup 100, holding 1 per unit-week): D = 270 / 10 = 27,
     * EOQ = sqrt(2 * 27 * 100 / 1) = 73.48. The book rounds to 73; the scenario format takes the ceiling, 74.
     */
    @Test
    void plan_heizerRenderEconomicOrderQuantity_lotsOf74() {
        ItemRecord r = ItemNetting.plan(input(HR_GROSS).onHand(35 * U)
                .policy(EconomicOrderQuantity.of(new BigDecimal("100"), BigDecimal.ONE)).build());
        // t1: 0-30 short 30 -> 74, POH 44. t2: 4. t3: 4. t4: 4-10 short 6 -> 74, POH 68. t5: 28.
        // t6: 28-30 short 2 -> 74, POH 72. t7: 72. t8: 42. t9: 42-55 short 13 -> 74, POH 61.
        assertThat(r.netRequirements()).containsExactly(units(0, 30, 0, 0, 6, 0, 2, 0, 0, 13));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 74, 0, 0, 74, 0, 74, 0, 0, 74));
        assertThat(r.projectedOnHand()).containsExactly(units(0, 44, 4, 4, 68, 28, 72, 72, 42, 61));
        assertThat(r.grossTotal()).isEqualTo(270 * U);
    }

    /**
     * An 8-bucket record in the layout of Vollmann et al. (ch. 6, the basic MRP record with a scheduled receipt and
     * safety stock): on hand 40, safety stock 10, scheduled receipt 30 in bucket 1, lot-for-lot.
     */
    @Test
    void plan_basicRecordWithScheduledReceiptAndSafetyStock_lotForLot() {
        ItemRecord r = ItemNetting.plan(input(units(20, 10, 15, 35, 10, 30, 25, 5))
                .scheduledReceipts(units(0, 30, 0, 0, 0, 0, 0, 0)).onHand(40 * U).safetyStock(10 * U).build());
        // t0: 40-20 = 20 >= 10. t1: 20+30-10 = 40. t2: 40-15 = 25. t3: 25-35 = -10 -> short 20 to SS, POH 10.
        // t4: 10-10 = 0 -> short 10. t5: 10-30 = -20 -> 30. t6: 10-25 = -15 -> 25. t7: 10-5 = 5 -> 5.
        assertThat(r.netRequirements()).containsExactly(units(0, 0, 0, 20, 10, 30, 25, 5));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 0, 0, 20, 10, 30, 25, 5));
        assertThat(r.projectedOnHand()).containsExactly(units(20, 40, 25, 10, 10, 10, 10, 10));
        assertThat(r.belowSafetyStock().isEmpty()).isTrue();
    }

    /** The same record with a two-period order quantity (Vollmann et al., ch. 6, "period order quantity"). */
    @Test
    void plan_basicRecordPeriodOrderQuantity2_coversTwoBuckets() {
        ItemRecord r = ItemNetting.plan(input(units(20, 10, 15, 35, 10, 30, 25, 5))
                .scheduledReceipts(units(0, 30, 0, 0, 0, 0, 0, 0)).onHand(40 * U).safetyStock(10 * U)
                .policy(PeriodOrderQuantity.of(2)).build());
        // t3: short 20; bucket 4 from SS needs 10 -> lot 30, POH -10+30 = 20. t4: 20-10 = 10, not short.
        // t5: 10-30 short 30; bucket 6 needs 25 -> lot 55, POH 35. t6: 35-25 = 10. t7: 10-5 short 5, last bucket -> 5.
        assertThat(r.netRequirements()).containsExactly(units(0, 0, 0, 20, 0, 30, 0, 5));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 0, 0, 30, 0, 55, 0, 5));
        assertThat(r.projectedOnHand()).containsExactly(units(20, 40, 25, 20, 10, 35, 10, 10));
        assertThat(r.plannedOrders()).containsExactlyElementsOf(lots(3, 30, 5, 55, 7, 5));
    }

    // --- Edge cases of the semantics -------------------------------------------------------------------------

    @Test
    void plan_pastDueInBucketZero_isNettedAgainstOnHand() {
        // Bucket 0 = past due 15 + current 5 = 20; on hand 8 -> short 12 in bucket 0.
        ItemRecord r = ItemNetting.plan(input(units(20, 0, 7)).onHand(8 * U).build());
        assertThat(r.netRequirements()).containsExactly(units(12, 0, 7));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(12, 0, 7));
        assertThat(r.projectedOnHand()).containsExactly(units(0, 0, 0));
    }

    @Test
    void plan_scheduledReceiptLargerThanNeeds_noFurtherOrdersAndExcessCarried() {
        // t0: 0-5 short 5 -> 5. t1: 0+30-5 = 25. t2: 20. t3: 15.
        ItemRecord r = ItemNetting.plan(input(units(5, 5, 5, 5)).scheduledReceipts(units(0, 30, 0, 0)).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(units(5, 0, 0, 0));
        assertThat(r.projectedOnHand()).containsExactly(units(0, 25, 20, 15));
        assertThat(r.netRequirements()).containsExactly(units(5, 0, 0, 0));
    }

    @Test
    void plan_safetyStockAboveOnHand_netInBucketZeroWithoutDemand() {
        // 3 on hand, safety stock 10, no demand: bucket 0 is short 7.
        ItemRecord r = ItemNetting.plan(input(units(0, 0, 0)).onHand(3 * U).safetyStock(10 * U).build());
        assertThat(r.netRequirements()).containsExactly(units(7, 0, 0));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(7, 0, 0));
        assertThat(r.projectedOnHand()).containsExactly(units(10, 10, 10));
    }

    @Test
    void plan_safetyStockCountedOnce_manyDemandBuckets() {
        // SS 5, on hand 5: every bucket's need is its gross only, never gross + 5 again.
        ItemRecord r = ItemNetting.plan(input(units(3, 3, 3)).onHand(5 * U).safetyStock(5 * U).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(units(3, 3, 3));
        assertThat(r.projectedOnHand()).containsExactly(units(5, 5, 5));
    }

    @Test
    void plan_fixedOrderQuantitySmallerThanShortfall_severalLotsInOneBucket() {
        // Short 25 with FOQ 10: 10 (short 15), 10 (short 5), 10 (covered) -> POH 5.
        ItemRecord r = ItemNetting.plan(input(units(25, 0)).policy(FixedOrderQuantity.of(10 * U)).build());
        assertThat(r.plannedOrders()).containsExactlyElementsOf(lots(0, 10, 0, 10, 0, 10));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(30, 0));
        assertThat(r.netRequirements()).containsExactly(units(25, 0));
        assertThat(r.projectedOnHand()).containsExactly(units(5, 5));
    }

    @Test
    void plan_maximumSplitsLot_ordersOfMaximumThenRemainderInOrder() {
        // L4L lot 100 with maximum 40 -> 40, 40, 20.
        ItemRecord r = ItemNetting.plan(input(units(100)).modifiers(LotModifiers.of(0, 0, 40 * U)).build());
        assertThat(r.plannedOrders()).containsExactlyElementsOf(lots(0, 40, 0, 40, 0, 20));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(100));
    }

    @Test
    void plan_multiple_roundsEachLotUp() {
        // Bucket 1 short 60, multiple 25 -> 75, POH 15; bucket 2 15-10 = 5 not short.
        ItemRecord r = ItemNetting.plan(input(units(0, 60, 10)).modifiers(LotModifiers.of(0, 25 * U, 0)).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 75, 0));
        assertThat(r.projectedOnHand()).containsExactly(units(0, 15, 5));
    }

    @Test
    void plan_minimum_raisesSmallLots() {
        // t0 short 20 -> 50, POH 30. t1: 30-20 = 10, not short. t2: 10-20 short 10 -> 50, POH 40.
        ItemRecord r = ItemNetting.plan(input(units(20, 20, 20)).modifiers(LotModifiers.of(50 * U, 0, 0)).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(units(50, 0, 50));
        assertThat(r.projectedOnHand()).containsExactly(units(30, 10, 40));
        assertThat(r.netRequirements()).containsExactly(units(20, 0, 10));
    }

    @Test
    void plan_foqWithMaximum_eachLotSplitSeparately() {
        // FOQ 30 with maximum 20: short 45 -> lot 30 = 20 + 10 (short 15), lot 30 = 20 + 10 -> POH 15.
        ItemRecord r = ItemNetting.plan(input(units(45)).policy(FixedOrderQuantity.of(30 * U))
                .modifiers(LotModifiers.of(0, 0, 20 * U)).build());
        assertThat(r.plannedOrders()).containsExactlyElementsOf(lots(0, 20, 0, 10, 0, 20, 0, 10));
        assertThat(r.endingOnHand()).isEqualTo(15 * U);
    }

    @Test
    void plan_poqWithLaterScheduledReceipt_restOfHorizonNetsTheReceipt() {
        // t0 short 10; from SS after 0: b1 needs 10, b2 has SR 15 - 10 -> 0 (excess 5) -> lot 20, POH 10.
        // t1: 0. t2: 0+15-10 = 5. t3: 5-10 short 5 -> 5 (POQ from 3 truncated at the horizon), POH 0.
        ItemRecord r = ItemNetting.plan(input(units(10, 10, 10, 10)).scheduledReceipts(units(0, 0, 15, 0))
                .policy(PeriodOrderQuantity.of(3)).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(units(20, 0, 0, 5));
        assertThat(r.projectedOnHand()).containsExactly(units(10, 0, 5, 0));
    }

    @Test
    void plan_wagnerWhitinWithScheduledReceipt_receiptReducesTheLot() {
        // Setup 100, holding 1. Rest-of-horizon nets after 0: [10, 0 (SR 10 covers 10), 0, 10].
        // One lot of 20 costs 100 + (10 + 10 + 10) = 130; two lots cost 200 -> lot 20 in bucket 0.
        // Netting gross as if there were no receipt would have ordered 30.
        ItemRecord r = ItemNetting.plan(input(units(10, 10, 0, 10)).scheduledReceipts(units(0, 10, 0, 0))
                .policy(WagnerWhitin.of(new BigDecimal("100"), BigDecimal.ONE)).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(units(20, 0, 0, 0));
        assertThat(r.projectedOnHand()).containsExactly(units(10, 10, 10, 0));
    }

    @Test
    void plan_policyReadingWholeHorizon_seesShortfallThenRestOfHorizonNets() {
        List<long[]> seen = new ArrayList<>();
        LotSizingPolicy spy = (net, bucket, end, grossTotal) -> {
            seen.add(Arrays.copyOfRange(net, bucket, end));
            return net[bucket];
        };
        ItemRecord r = ItemNetting.plan(input(units(10, 5, 20, 0, 8)).scheduledReceipts(units(0, 12, 0, 30, 0))
                .onHand(4 * U).safetyStock(2 * U).policy(spy).build());
        // t0: 4-10 = -6, short 8. After 0 at SS: b1 12-5 = +7 (0), b2 7-20 = -13 (13), b3 +30 (0), b4 30-8 (0).
        // t1: 2+12-5 = 9. t2: 9-20 = -11, short 13. After 2: b3 +30 (0), b4 (0).
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).containsExactly(units(8, 0, 13, 0, 0));
        assertThat(seen.get(1)).containsExactly(units(13, 0, 0));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(8, 0, 13, 0, 0));
        assertThat(r.projectedOnHand()).containsExactly(units(2, 9, 2, 32, 24));
    }

    @Test
    void plan_lotSizingFromCoreConfiguration_usesPolicyAndModifiers() {
        LotSizing foq = LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY).quantity(new BigDecimal("500"))
                .multiple(new BigDecimal("25")).build();
        // POWDER of the scenario example: on hand 120, SS 50, FOQ 500. Bucket 2 gross 200: 120-200 short 130 -> 500.
        ItemRecord r = ItemNetting.plan(input(units(0, 0, 200)).onHand(120 * U).safetyStock(50 * U)
                .lotSizing(foq).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 0, 500));
        assertThat(r.projectedOnHand()).containsExactly(units(120, 120, 420));
    }

    @Test
    void plan_fractionalQuantities_exactInMicroUnits() {
        // 2.5 on hand, gross 0.75 and 3.125: t0 1.75; t1 1.75-3.125 short 1.375.
        ItemRecord r = ItemNetting.plan(input(new long[] {750_000, 3_125_000}).onHand(2_500_000).build());
        assertThat(r.plannedOrderReceipts()).containsExactly(0, 1_375_000);
        assertThat(r.rows(new long[2]).get(1).plannedOrderReceipts()).isEqualByComparingTo("1.375");
    }

    // --- Time fence and below safety stock ---------------------------------------------------------------------

    @Test
    void plan_timeFence_bucketsBeforeItEndBelowSafetyStockAndFenceRecovers() {
        // SS 5, fence 2. t0: 0-10 short 15, no order, POH -10. t1: -20, short 25. t2: -30 short 35 -> 35, POH 5.
        ItemRecord r = ItemNetting.plan(input(units(10, 10, 10)).safetyStock(5 * U).firstPlannedReceiptBucket(2)
                .build());
        assertThat(r.netRequirements()).containsExactly(units(15, 25, 35));
        assertThat(r.plannedOrderReceipts()).containsExactly(units(0, 0, 35));
        assertThat(r.projectedOnHand()).containsExactly(units(-10, -20, 5));
        assertThat(r.belowSafetyStock().toArray()).containsExactly(0, 1);
        assertThat(r.firstPlannedReceiptBucket()).isEqualTo(2);
    }

    @Test
    void plan_fenceAtHorizonEnd_noOrdersAtAll() {
        ItemRecord r = ItemNetting.plan(input(units(1, 0)).onHand(0).firstPlannedReceiptBucket(2).build());
        assertThat(r.plannedOrders()).isEmpty();
        assertThat(r.projectedOnHand()).containsExactly(units(-1, -1));
        assertThat(r.belowSafetyStock().toArray()).containsExactly(0, 1);
    }

    // --- Workspace -------------------------------------------------------------------------------------------

    @Test
    void workspace_reusedForAnotherItem_givesTheSameRecordAsAFreshOne() {
        NettingWorkspace ws = NettingWorkspace.create(3);
        ws.plan(units(9, 9, 9, 9, 9), units(0, 0, 0, 0, 0), 5, 0, 0, FixedOrderQuantity.of(7 * U),
                LotModifiers.none(), 0);
        assertThat(ws.capacity()).isEqualTo(5); // grew
        ItemRecordInput second = input(units(4, 0, 6)).onHand(U).build();
        ws.plan(second);
        assertThat(ws.toRecord()).isEqualTo(ItemNetting.plan(second));
        assertThat(ws.orderCount()).isEqualTo(2);
        assertThat(ws.orderBucket(1)).isEqualTo(2);
        assertThat(ws.orderQuantity(0)).isEqualTo(3 * U);
        assertThat(ws.projectedOnHand(2)).isZero();
        assertThat(ws.netRequirement(2)).isEqualTo(6 * U);
        assertThat(ws.plannedOrderReceipts(0)).isEqualTo(3 * U);
        assertThat(ws.grossTotal()).isEqualTo(10 * U);
        assertThat(ws.buckets()).isEqualTo(3);
        long[] into = new long[4];
        ws.copyPlannedOrderReceipts(into);
        assertThat(into).containsExactly(3 * U, 0, 6 * U, 0);
    }

    @Test
    void workspace_rawArraysLongerThanBuckets_onlyPrefixRead() {
        NettingWorkspace ws = NettingWorkspace.create(8);
        ws.plan(units(1, 2, 99), units(0, 0, 0), 2, 0, 0, FixedOrderQuantity.of(U), LotModifiers.none(), 0);
        assertThat(ws.toRecord().grossRequirements()).containsExactly(units(1, 2));
        assertThat(ws.toRecord().plannedOrders()).containsExactlyElementsOf(lots(0, 1, 1, 1, 1, 1));
    }

    @Test
    void workspace_beforeAnyPlan_accessorsThrow() {
        NettingWorkspace ws = NettingWorkspace.create(2);
        assertThatThrownBy(ws::orderCount).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(ws::toRecord).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> NettingWorkspace.create(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workspace_belowSafetyStockAccessors_listFencedBuckets() {
        NettingWorkspace ws = NettingWorkspace.create(3);
        ws.plan(units(1, 1, 1), units(0, 0, 0), 3, 0, 0, FixedOrderQuantity.of(U), LotModifiers.none(), 1);
        assertThat(ws.belowSafetyStockCount()).isEqualTo(1);
        assertThat(ws.belowSafetyStockBucket(0)).isZero();
        assertThatThrownBy(() -> ws.belowSafetyStockBucket(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void workspace_rawNegativeGross_throwsQtyNegativeWithBucketPath() {
        NettingWorkspace ws = NettingWorkspace.create(2);
        assertThatThrownBy(() -> ws.plan(new long[] {1, -1}, new long[2], 2, 0, 0, FixedOrderQuantity.of(U),
                LotModifiers.none(), 0)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NEGATIVE");
                    assertThat(e.path()).isEqualTo("grossRequirements[1]");
                });
    }

    @Test
    void workspace_rawArraysShorterThanBuckets_throwsBucketsMismatch() {
        NettingWorkspace ws = NettingWorkspace.create(2);
        assertThatThrownBy(() -> ws.plan(new long[3], new long[2], 3, 0, 0, FixedOrderQuantity.of(U),
                LotModifiers.none(), 0)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("BUCKETS_MISMATCH"));
    }

    @Test
    void plan_policyProposingZero_throwsIllegalState() {
        assertThatThrownBy(() -> ItemNetting.plan(input(units(1)).policy((n, b, e, g) -> 0L).build()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void plan_tooManyOrders_throwsLimitBeforeExhaustingMemory() {
        // 2 units with an FOQ of one micro-unit would need 2,000,000 orders.
        assertThatThrownBy(() -> ItemNetting.plan(input(units(2)).policy(FixedOrderQuantity.of(1)).build()))
                .isInstanceOfSatisfying(LimitExceededException.class,
                        e -> assertThat(e.limitName()).isEqualTo("netting.plannedOrders"));
        assertThatThrownBy(() -> ItemNetting.plan(input(units(2)).modifiers(LotModifiers.of(0, 0, 1)).build()))
                .isInstanceOf(LimitExceededException.class);
    }

    // --- Validation of the input -------------------------------------------------------------------------------

    @Test
    void input_negativeGross_throwsQtyNegativeAtBucketPath() {
        assertThatThrownBy(() -> input(new long[] {1, 2, -3}).label("item[POWDER]").build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NEGATIVE");
                    assertThat(e.path()).isEqualTo("item[POWDER].grossRequirements[2]");
                    assertThat(e.value()).isEqualTo("-3");
                });
    }

    @Test
    void input_scheduledReceiptsOfOtherLength_throwsBucketsMismatch() {
        assertThatThrownBy(() -> input(units(1, 2)).scheduledReceipts(units(1)).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("BUCKETS_MISMATCH");
                    assertThat(e.path()).isEqualTo("item.scheduledReceipts");
                });
    }

    @Test
    void input_negativeOnHandAndSafetyStock_reportsBothProblemsAtOnce() {
        assertThatThrownBy(() -> input(units(1)).onHand(-1).safetyStock(-2).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.path())
                            .containsExactly("item.onHand", "item.safetyStock");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.rule()).isEqualTo("QTY_NEGATIVE"));
                });
    }

    @Test
    void input_noBuckets_throwsBucketsNotPositive() {
        assertThatThrownBy(() -> input(new long[0]).build()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.rule()).isEqualTo("BUCKETS_NOT_POSITIVE"));
    }

    @Test
    void input_tooManyBuckets_throwsLimit() {
        assertThatThrownBy(() -> input(new long[10_001]).build()).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("LIMIT");
                    assertThat(e.path()).isEqualTo("item.grossRequirements");
                });
    }

    @Test
    void input_fenceOutsideHorizon_throwsBucketOutOfRange() {
        assertThatThrownBy(() -> input(units(1)).firstPlannedReceiptBucket(2).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("BUCKET_OUT_OF_RANGE");
                    assertThat(e.path()).isEqualTo("item.firstPlannedReceiptBucket");
                });
    }

    @Test
    void input_arraysAreCopied_laterChangesDoNotLeakIn() {
        long[] gross = units(5);
        ItemRecordInput in = input(gross).build();
        gross[0] = 99;
        assertThat(in.grossRequirements()).containsExactly(5 * U);
        assertThat(in.scheduledReceipts()).containsExactly(0);
        assertThat(in.buckets()).isEqualTo(1);
    }
}
