package dev.mfg.core.memory;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static dev.mfg.core.production.ExecFixtures.takeOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.BackdatedPostingException;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.LedgerOptions;
import dev.mfg.core.inventory.LegResult;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.LotStock;
import dev.mfg.core.inventory.LotUse;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.NegativeStockPolicy;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.factory.Sets;
import org.junit.jupiter.api.Test;

class InMemoryMaterialLedgerTest {
    final InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();

    static MaterialTransaction issue(String key, String order, int op, String qty, Uom uom, String lot, long minutes) {
        return MaterialTransaction.builder().key(key).type(TransactionType.ISSUE_TO_ORDER).item(PLA)
                .quantity(Quantity.of(qty, uom)).lot(lot).location(MAIN).order(order).operation(op)
                .workCenter(WorkCenterId.of("FDM-POOL")).timestamp(T0.plusSeconds(60 * minutes)).build();
    }

    static MaterialTransaction wipLeg(String key, TransactionType type, String order, String qty, long minutes) {
        MaterialTransaction.Builder b = MaterialTransaction.builder();
        b.key(key).type(type).item(PLA).quantity(Quantity.of(qty, Uom.G)).location(MAIN).order(order).operation(10)
                .timestamp(T0.plusSeconds(60 * minutes));
        if (type == TransactionType.SCRAP) {
            b.reason("quality_defect");
        }
        return b.build();
    }

    String hash() {
        return ledger.entries().toString() + ledger.balances() + ledger.allocations("PO-1") + ledger.allocations("PO-2");
    }

    @Test
    void post_receiptsAndIssue_balancesInGrams() {
        ledger.post(receipt("R1", PLA, "1", Uom.KG, "A", 0));
        ledger.post(receipt("R2", PLA, "420", Uom.G, "A", 1));
        ledger.post(issue("I1", "PO-1", 10, "388.5", Uom.G, "A", 2));
        // 1000 + 420 - 388.5 = 1031.5 g on hand; 388.5 g in the order's WIP.
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "A"))).isEqualByComparingTo("1031.5");
        assertThat(ledger.wip("PO-1", PLA)).isEqualByComparingTo("388.5");
        assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
        assertThat(ledger.entries()).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(ledger.size()).isEqualTo(3);
    }

    @Test
    void post_sameKeySamePayload_returnsOriginal_changesNothing() {
        LedgerEntry first = ledger.post(receipt("R1", PLA, "1", Uom.KG, "A", 0));
        String before = hash();
        LedgerEntry again = ledger.post(receipt("R1", PLA, "1.000", Uom.KG, "A", 0));
        assertThat(again).isEqualTo(first);
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void post_sameKeyDifferentPayload_conflict_changesNothing() {
        ledger.post(receipt("R1", PLA, "1", Uom.KG, "A", 0));
        String before = hash();
        assertThatThrownBy(() -> ledger.post(receipt("R1", PLA, "2", Uom.KG, "A", 0)))
                .isInstanceOfSatisfying(IdempotencyConflictException.class, e -> assertThat(e.key()).isEqualTo("R1"));
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void post_issueBeyondStock_insufficientWithShortBy() {
        ledger.post(receipt("R1", BOX, "3", Uom.EA, "", 0));
        String before = hash();
        // Seed 003 §5.4: 10 boxes needed, 3 on hand: short by 7.
        assertThatThrownBy(() -> ledger.post(takeOut("O1", BOX, "10", Uom.EA, "", 1)))
                .isInstanceOfSatisfying(InsufficientStockException.class, e -> {
                    assertThat(e.shortBy()).isEqualByComparingTo("7");
                    assertThat(e.item()).isEqualTo("PKG-BOX-6X6");
                });
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void post_backdatedIssueMakingLaterPrefixNegative_refused() {
        // t=0 receive 10, t=10 take 8 (balance 2). A backdated take of 5 at t=5 leaves 5 at t=5 but -3 at t=10.
        ledger.post(receipt("R1", BOX, "10", Uom.EA, "", 0));
        ledger.post(takeOut("O1", BOX, "8", Uom.EA, "", 10));
        String before = hash();
        assertThatThrownBy(() -> ledger.post(takeOut("O2", BOX, "5", Uom.EA, "", 5)))
                .isInstanceOfSatisfying(InsufficientStockException.class,
                        e -> assertThat(e.shortBy()).isEqualByComparingTo("3"));
        assertThat(hash()).isEqualTo(before);
        // A backdated take of 2 fits every prefix (10, 8, 0).
        ledger.post(takeOut("O3", BOX, "2", Uom.EA, "", 5));
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isZero();
        assertThat(ledger.entries()).extracting(e -> e.transaction().key()).containsExactly("R1", "O3", "O1");
    }

    @Test
    void post_backdatedReceiptBeforeEverything_allowed() {
        ledger.post(receipt("R1", BOX, "10", Uom.EA, "", 10));
        ledger.post(receipt("R0", BOX, "1", Uom.EA, "", 0));
        assertThat(ledger.entries().getFirst().transaction().key()).isEqualTo("R0");
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("11");
    }

    @Test
    void post_negativeAllowedByPolicyOrItem() {
        InMemoryMaterialLedger all = new InMemoryMaterialLedger(new LedgerOptions(NegativeStockPolicy.ALLOW,
                Sets.immutable.empty(), Optional.empty()));
        all.post(takeOut("O1", BOX, "4", Uom.EA, "", 0));
        assertThat(all.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("-4");
        InMemoryMaterialLedger perItem = new InMemoryMaterialLedger(new LedgerOptions(NegativeStockPolicy.DISALLOW,
                Sets.immutable.of(BOX), Optional.empty()));
        perItem.post(takeOut("O1", BOX, "4", Uom.EA, "", 0));
        assertThatThrownBy(() -> perItem.post(takeOut("O2", PLA, "4", Uom.G, "", 0)))
                .isInstanceOf(InsufficientStockException.class);
        assertThat(perItem.balances()).isEqualTo(LedgerFold.fold(perItem.entries()));
    }

    @Test
    void post_beyondBackdatingWindow_rejected() {
        InMemoryMaterialLedger l = new InMemoryMaterialLedger(new LedgerOptions(NegativeStockPolicy.DISALLOW,
                Sets.immutable.empty(), Optional.of(Duration.ofMinutes(30))));
        l.post(receipt("R1", BOX, "10", Uom.EA, "", 60));
        l.post(receipt("R2", BOX, "1", Uom.EA, "", 30)); // exactly at the cut-off: allowed
        assertThatThrownBy(() -> l.post(receipt("R3", BOX, "1", Uom.EA, "", 29)))
                .isInstanceOf(BackdatedPostingException.class);
        assertThat(l.size()).isEqualTo(2);
    }

    @Test
    void post_otherUnitCategoryForItem_rejected() {
        ledger.post(receipt("R1", PLA, "1", Uom.KG, "", 0));
        assertThatThrownBy(() -> ledger.post(receipt("R2", PLA, "1", Uom.EA, "", 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("UOM_INCOMPATIBLE"));
    }

    @Test
    void post_returnOrConsumptionBeyondWip_returnExceedsIssued() {
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "", 0));
        ledger.post(issue("I1", "PO-1", 10, "100", Uom.G, "", 1));
        ledger.post(wipLeg("C1", TransactionType.CONSUMPTION, "PO-1", "60", 2));
        String before = hash();
        assertThatThrownBy(() -> ledger.post(wipLeg("RT", TransactionType.RETURN_TO_STOCK, "PO-1", "41", 3)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("RETURN_EXCEEDS_ISSUED"));
        assertThatThrownBy(() -> ledger.post(wipLeg("S1", TransactionType.SCRAP, "PO-1", "40.000001", 3)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("RETURN_EXCEEDS_ISSUED"));
        assertThat(hash()).isEqualTo(before);
        ledger.post(wipLeg("RT2", TransactionType.RETURN_TO_STOCK, "PO-1", "40", 3));
        // Conservation: issued 100 = consumed 60 + returned 40 + wip 0; stock 1000 - 100 + 40 = 940.
        assertThat(ledger.wip("PO-1", PLA)).isZero();
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, ""))).isEqualByComparingTo("940");
    }

    @Test
    void postBatch_badLeg_nothingApplied_legsReported() {
        ledger.post(receipt("R1", BOX, "5", Uom.EA, "", 0));
        String before = hash();
        List<MaterialTransaction> batch = List.of(receipt("B1", BOX, "1", Uom.EA, "", 1),
                takeOut("B2", BOX, "100", Uom.EA, "", 2), receipt("B3", BOX, "1", Uom.EA, "", 3));
        assertThatThrownBy(() -> ledger.postBatch(batch)).isInstanceOfSatisfying(LinkedBatchException.class, e -> {
            assertThat(e.failedIndex()).isEqualTo(1);
            assertThat(e.rule()).isEqualTo("INSUFFICIENT_STOCK");
            assertThat(e.legs()).extracting(LegResult::rule)
                    .containsExactly("LINKED_FAILED", "INSUFFICIENT_STOCK", "LINKED_FAILED");
            assertThat(e.getCause()).isInstanceOf(InsufficientStockException.class);
        });
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void postBatch_laterLegFundsEarlierOnlyInOrder() {
        // Legs apply in list order at the same timestamp: a take before the receipt fails even in one batch.
        List<MaterialTransaction> wrongOrder = List.of(takeOut("B1", BOX, "1", Uom.EA, "", 0),
                receipt("B2", BOX, "1", Uom.EA, "", 0));
        assertThatThrownBy(() -> ledger.postBatch(wrongOrder)).isInstanceOf(LinkedBatchException.class);
        List<MaterialTransaction> rightOrder = List.of(receipt("B2", BOX, "1", Uom.EA, "", 0),
                takeOut("B1", BOX, "1", Uom.EA, "", 0));
        assertThat(ledger.postBatch(rightOrder)).hasSize(2);
    }

    @Test
    void postBatch_replay_returnsOriginals_conflictingLegFailsBatch() {
        List<MaterialTransaction> batch = List.of(receipt("B1", BOX, "1", Uom.EA, "", 1),
                receipt("B2", BOX, "2", Uom.EA, "", 2));
        var first = ledger.postBatch(batch);
        String before = hash();
        assertThat(ledger.postBatch(batch)).isEqualTo(first);
        assertThat(hash()).isEqualTo(before);
        assertThatThrownBy(() -> ledger.postBatch(List.of(receipt("B3", BOX, "1", Uom.EA, "", 3),
                receipt("B2", BOX, "9", Uom.EA, "", 2)))).isInstanceOfSatisfying(LinkedBatchException.class,
                        e -> assertThat(e.legs()).extracting(LegResult::rule)
                                .containsExactly("LINKED_FAILED", "IDEMPOTENCY_CONFLICT"));
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void postBatch_duplicateKeyInsideBatch_sameIsOne_differentConflicts() {
        var r = ledger.postBatch(List.of(receipt("B1", BOX, "1", Uom.EA, "", 1), receipt("B1", BOX, "1", Uom.EA, "", 1)));
        assertThat(r.get(0)).isEqualTo(r.get(1));
        assertThat(ledger.size()).isEqualTo(1);
        assertThatThrownBy(() -> ledger.postBatch(List.of(receipt("B2", BOX, "1", Uom.EA, "", 1),
                receipt("B2", BOX, "2", Uom.EA, "", 1)))).isInstanceOf(LinkedBatchException.class);
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void postBatch_empty_rejected() {
        assertThatThrownBy(() -> ledger.postBatch(List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void transfer_movesStock_totalUnchanged() {
        ledger.post(receipt("R1", BOX, "10", Uom.EA, "L1", 0));
        ledger.post(MaterialTransaction.builder().key("T1").type(TransactionType.TRANSFER).item(BOX)
                .quantity(Quantity.of(4, Uom.EA)).lot("L1").location(MAIN).toLocation("LINE")
                .timestamp(T0.plusSeconds(60)).build());
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, "L1"))).isEqualByComparingTo("6");
        assertThat(ledger.onHand(StockKey.of(BOX, "LINE", "L1"))).isEqualByComparingTo("4");
        assertThat(ledger.balances().totalOf(BOX)).isEqualByComparingTo("10");
        assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
    }

    @Test
    void lots_fifoByFirstReceipt_withAllocations() {
        ledger.post(receipt("R1", PLA, "500", Uom.G, "B", 0));
        ledger.post(receipt("R2", PLA, "500", Uom.G, "A", 1));
        ledger.post(receipt("R3", PLA, "100", Uom.G, "B", 2));
        ledger.allocate("PO-1", 10, List.of(new Allocation("PO-1", 10, StockKey.of(PLA, MAIN, "B"),
                new BigDecimal("388.5"))));
        // Lot B was received first (sequence 1), so it comes first though "A" sorts earlier.
        assertThat(ledger.lots(PLA, MAIN)).containsExactly(
                new LotStock("B", new BigDecimal("600"), new BigDecimal("388.5")),
                new LotStock("A", new BigDecimal("500"), BigDecimal.ZERO));
        // 600 - 388.5 + 500 = 711.5 g available.
        assertThat(ledger.available(PLA, MAIN)).isEqualByComparingTo("711.5");
    }

    @Test
    void allocate_beyondAvailable_refused_replaceIsIdempotent() {
        ledger.post(receipt("R1", BOX, "10", Uom.EA, "", 0));
        StockKey k = StockKey.of(BOX, MAIN, "");
        ledger.allocate("PO-1", 50, List.of(new Allocation("PO-1", 50, k, new BigDecimal("7"))));
        ledger.allocate("PO-1", 50, List.of(new Allocation("PO-1", 50, k, new BigDecimal("7"))));
        assertThat(ledger.allocated(k)).isEqualByComparingTo("7");
        String before = hash();
        assertThatThrownBy(() -> ledger.allocate("PO-2", 50, List.of(new Allocation("PO-2", 50, k,
                new BigDecimal("4"))))).isInstanceOfSatisfying(InsufficientStockException.class,
                        e -> assertThat(e.shortBy()).isEqualByComparingTo("1"));
        assertThat(hash()).isEqualTo(before);
        assertThatThrownBy(() -> ledger.allocate("PO-2", 50, List.of(new Allocation("PO-1", 50, k, BigDecimal.ONE))))
                .isInstanceOf(IllegalArgumentException.class);
        // Allocations never change on-hand; another order may still issue physically available stock.
        assertThat(ledger.onHand(k)).isEqualByComparingTo("10");
        ledger.releaseAllocations("PO-1");
        assertThat(ledger.allocated(k)).isZero();
        assertThat(ledger.allocations("PO-1")).isEmpty();
    }

    @Test
    void issue_drawsDownItsAllocation() {
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "A", 0));
        StockKey k = StockKey.of(PLA, MAIN, "A");
        ledger.allocate("PO-1", 10, List.of(new Allocation("PO-1", 10, k, new BigDecimal("388.5"))));
        ledger.post(issue("I1", "PO-1", 10, "300", Uom.G, "A", 1));
        assertThat(ledger.allocated(k)).isEqualByComparingTo("88.5");
        ledger.post(issue("I2", "PO-1", 10, "100", Uom.G, "A", 2));
        assertThat(ledger.allocated(k)).isZero();
        assertThat(ledger.allocations("PO-1")).isEmpty();
    }

    @Test
    void traceability_forwardAndBackward_netOfReturns() {
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "LOT-7", 0));
        ledger.post(receipt("R2", PLA, "1000", Uom.G, "LOT-8", 0));
        ledger.post(issue("I1", "PO-1", 10, "388.5", Uom.G, "LOT-7", 1));
        ledger.post(issue("I2", "PO-2", 10, "100", Uom.G, "LOT-7", 1));
        ledger.post(issue("I3", "PO-2", 10, "50", Uom.G, "LOT-8", 1));
        ledger.post(MaterialTransaction.builder().key("RT").type(TransactionType.RETURN_TO_STOCK).item(PLA)
                .quantity(Quantity.of(20, Uom.G)).lot("LOT-7").location(MAIN).order("PO-2").operation(10)
                .workCenter(WorkCenterId.of("FDM-POOL")).timestamp(T0.plusSeconds(120)).build());
        assertThat(ledger.usesOfLot(PLA, "LOT-7")).extracting(LotUse::order, LotUse::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PO-1", new BigDecimal("388.5")),
                        org.assertj.core.groups.Tuple.tuple("PO-2", new BigDecimal("80")));
        assertThat(ledger.usesOfLot(PLA, "LOT-7").getFirst().workCenter()).contains(WorkCenterId.of("FDM-POOL"));
        assertThat(ledger.usesOfLot(PLA, "LOT-7").getFirst().operation().getAsInt()).isEqualTo(10);
        assertThat(ledger.lotsUsedBy("PO-2")).extracting(LotUse::lot, LotUse::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOT-7", new BigDecimal("80")),
                        org.assertj.core.groups.Tuple.tuple("LOT-8", new BigDecimal("50")));
    }
}
