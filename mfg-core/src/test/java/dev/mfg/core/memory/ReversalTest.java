package dev.mfg.core.memory;

import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.mfg.core.error.BackdatedPostingException;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.Direction;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.LedgerOptions;
import dev.mfg.core.inventory.LegResult;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.LotUse;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.NegativeStockPolicy;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.spi.MaterialLedger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.eclipse.collections.api.factory.Sets;
import org.junit.jupiter.api.Test;

/** Reversal postings (RELIABILITY invariant 8): the effect of every type, and every rule with its code and path. */
class ReversalTest {
    static final WorkCenterId FDM = WorkCenterId.of("FDM-POOL");
    static final StockKey PLA_A = StockKey.of(PLA, MAIN, "A");

    final InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();

    static Instant at(long minutes) {
        return T0.plusSeconds(60 * minutes);
    }

    static MaterialTransaction orderLeg(String key, TransactionType type, String qty, long minutes) {
        MaterialTransaction.Builder b = MaterialTransaction.builder().key(key).type(type).item(PLA)
                .quantity(Quantity.of(qty, Uom.G)).lot("A").location(MAIN).order("PO-1").operation(10)
                .workCenter(FDM).timestamp(at(minutes));
        if (type == TransactionType.SCRAP) {
            b.reason("quality_defect");
        }
        return b.build();
    }

    LedgerEntry reverse(String original, String key, long minutes) {
        return ledger.post(MaterialTransaction.reversalOf(ledger.find(original).orElseThrow(), key, at(minutes)));
    }

    String state() {
        return ledger.entries().toString() + ledger.balances() + ledger.usesOfLot(PLA, "A") + ledger.lotsUsedBy("PO-1");
    }

    static void assertRule(Throwable t, String rule, String path) {
        assertThat(t).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.path()).isEqualTo(path);
        });
    }

    // ------------------------------------------------------------------------------------------- effects by type

    @Test
    void reversalOf_copiesEverythingButKeyAndTime_setsReverses() {
        MaterialTransaction issue = orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "5", 1);
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        LedgerEntry e = ledger.post(issue);
        MaterialTransaction r = MaterialTransaction.reversalOf(e, "I1-REV", at(3));
        assertThat(r.key()).isEqualTo("I1-REV");
        assertThat(r.timestamp()).isEqualTo(at(3));
        assertThat(r.reverses()).contains("I1");
        assertThat(r.isReversal()).isTrue();
        assertThat(r.type()).isEqualTo(TransactionType.ISSUE_TO_ORDER);
        assertThat(r.order()).contains("PO-1");
        assertThat(r.operation().getAsInt()).isEqualTo(10);
        assertThat(r.workCenter()).contains(FDM);
        assertThat(r.lot()).isEqualTo("A");
        assertThat(r.quantity()).isEqualTo(Quantity.of("5", Uom.G));
        // Negated effects: the issue took 5 from stock and put 5 into WIP.
        assertThat(r.stockDelta()).isEqualByComparingTo("5");
        assertThat(r.wipDelta()).isEqualByComparingTo("-5");
    }

    @Test
    void receipt_reversed_stockBackToZero_bothEntriesKept_reversalAfter() {
        ledger.post(receipt("R1", PLA, "1", Uom.KG, "A", 0));
        reverse("R1", "R1-REV", 0);
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("0");
        assertThat(ledger.entries()).extracting(e -> e.transaction().key()).containsExactly("R1", "R1-REV");
        assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
        assertThat(ledger.balances().stock()).isEmpty();
        assertThat(ledger.reversalOf("R1").map(e -> e.transaction().key())).contains("R1-REV");
        assertThat(ledger.reversalOf("R1-REV")).isEmpty();
    }

    @Test
    void adjustments_reversed_bothDirectionsRestored() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        MaterialTransaction.Builder adj = MaterialTransaction.builder().type(TransactionType.ADJUSTMENT).item(PLA)
                .quantity(Quantity.of(30, Uom.G)).lot("A").location(MAIN).reason("count");
        ledger.post(adj.key("IN").direction(Direction.IN).timestamp(at(1)).build());
        ledger.post(adj.key("OUT").direction(Direction.OUT).timestamp(at(2)).build());
        reverse("IN", "IN-REV", 3); // 100 + 30 - 30 - 30 = 70
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("70");
        reverse("OUT", "OUT-REV", 4); // 70 + 30 = 100
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("100");
    }

    @Test
    void transfer_reversed_bothLocationsRestored() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(MaterialTransaction.builder().key("T1").type(TransactionType.TRANSFER).item(PLA)
                .quantity(Quantity.of(40, Uom.G)).lot("A").location(MAIN).toLocation("SIDE").timestamp(at(1)).build());
        reverse("T1", "T1-REV", 2);
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("100");
        assertThat(ledger.onHand(StockKey.of(PLA, "SIDE", "A"))).isEqualByComparingTo("0");
        assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
    }

    @Test
    void transfer_reversedAfterDestinationEmptied_insufficientAtDestination() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(MaterialTransaction.builder().key("T1").type(TransactionType.TRANSFER).item(PLA)
                .quantity(Quantity.of(40, Uom.G)).lot("A").location(MAIN).toLocation("SIDE").timestamp(at(1)).build());
        ledger.post(MaterialTransaction.builder().key("T2").type(TransactionType.TRANSFER).item(PLA)
                .quantity(Quantity.of(15, Uom.G)).lot("A").location("SIDE").toLocation("THIRD").timestamp(at(2))
                .build());
        String before = state();
        // SIDE holds 40 - 15 = 25; taking the 40 back would leave -15 there.
        assertThatThrownBy(() -> reverse("T1", "T1-REV", 3)).isInstanceOfSatisfying(InsufficientStockException.class,
                e -> {
                    assertThat(e.shortBy()).isEqualByComparingTo("15");
                    assertThat(e.location()).isEqualTo("SIDE/A");
                });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void issue_reversed_stockAndWipRestored_lotUseGone() {
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "A", 0));
        ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "388.5", 1));
        ledger.post(orderLeg("I2", TransactionType.ISSUE_TO_ORDER, "100", 2));
        reverse("I1", "I1-REV", 3);
        // 1000 - 388.5 - 100 + 388.5 = 900 on hand; WIP 388.5 + 100 - 388.5 = 100.
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("900");
        assertThat(ledger.wip("PO-1", PLA)).isEqualByComparingTo("100");
        assertThat(ledger.usesOfLot(PLA, "A")).extracting(LotUse::order, LotUse::quantity)
                .containsExactly(tuple("PO-1", new BigDecimal("100")));
        reverse("I2", "I2-REV", 4);
        assertThat(ledger.usesOfLot(PLA, "A")).isEmpty();
        assertThat(ledger.lotsUsedBy("PO-1")).isEmpty();
        assertThat(ledger.balances().wip()).isEmpty();
    }

    @Test
    void issue_reversed_doesNotRestoreDrawnDownAllocation() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.allocate("PO-1", 10, List.of(new Allocation("PO-1", 10, PLA_A, new BigDecimal("30"))));
        ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "30", 1));
        assertThat(ledger.allocated(PLA_A)).isEqualByComparingTo("0");
        reverse("I1", "I1-REV", 2);
        // Documented: a reversal does not draw down nor restore allocations.
        assertThat(ledger.allocated(PLA_A)).isEqualByComparingTo("0");
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("100");
    }

    @Test
    void return_reversed_wipBackAndUseCountsAgain() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "50", 1));
        ledger.post(orderLeg("RT", TransactionType.RETURN_TO_STOCK, "20", 2));
        assertThat(ledger.usesOfLot(PLA, "A")).extracting(LotUse::quantity).containsExactly(new BigDecimal("30"));
        reverse("RT", "RT-REV", 3);
        // Stock 100 - 50 + 20 - 20 = 50; WIP 50 - 20 + 20 = 50; the use is the full 50 again.
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("50");
        assertThat(ledger.wip("PO-1", PLA)).isEqualByComparingTo("50");
        assertThat(ledger.usesOfLot(PLA, "A")).extracting(LotUse::quantity).containsExactly(new BigDecimal("50"));
    }

    @Test
    void consumptionAndOrderScrap_reversed_wipRestored() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "50", 1));
        ledger.post(orderLeg("C1", TransactionType.CONSUMPTION, "30", 2));
        ledger.post(orderLeg("S1", TransactionType.SCRAP, "5", 3));
        assertThat(ledger.wip("PO-1", PLA)).isEqualByComparingTo("15");
        reverse("C1", "C1-REV", 4);
        reverse("S1", "S1-REV", 5);
        assertThat(ledger.wip("PO-1", PLA)).isEqualByComparingTo("50");
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("50"); // stock untouched by WIP-only legs
    }

    @Test
    void stockScrap_reversed_stockRestored() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(MaterialTransaction.builder().key("S1").type(TransactionType.SCRAP).item(PLA)
                .quantity(Quantity.of(8, Uom.G)).lot("A").location(MAIN).reason("quality_defect").timestamp(at(1))
                .build());
        reverse("S1", "S1-REV", 2);
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("100");
    }

    @Test
    void receiptFromOrder_reversed_productStockRemoved() {
        ledger.post(MaterialTransaction.builder().key("FG1").type(TransactionType.RECEIPT_FROM_ORDER).item(WIDGET)
                .quantity(Quantity.of(6, Uom.EA)).location(MAIN).order("PO-1").timestamp(at(1)).build());
        reverse("FG1", "FG1-REV", 2);
        assertThat(ledger.onHand(StockKey.of(WIDGET, MAIN, StockKey.NO_LOT))).isEqualByComparingTo("0");
        assertThat(ledger.size()).isEqualTo(2);
    }

    // ------------------------------------------------------------------------------------------------ rules

    @Test
    void post_reversesUnknownKey_reversalTargetUnknown() {
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        String before = state();
        MaterialTransaction r = MaterialTransaction.builder().from(receipt("X", PLA, "10", Uom.G, "A", 1))
                .reverses("NOPE").build();
        assertRule(catchThrowable(() -> ledger.post(r)), "REVERSAL_TARGET_UNKNOWN", "transaction[X].reverses");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void post_secondReversalOfSameEntry_alreadyReversed() {
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        reverse("R1", "REV-1", 1);
        String before = state();
        Throwable t = catchThrowable(() -> reverse("R1", "REV-2", 2));
        assertRule(t, "REVERSAL_ALREADY_REVERSED", "transaction[REV-2].reverses");
        assertThat(t.getMessage()).contains("REV-1");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void reversingAReversal_rejectedByFactoryAndLedger_reversalOfReversal() {
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        LedgerEntry rev = reverse("R1", "REV-1", 1);
        Throwable byFactory = catchThrowable(() -> MaterialTransaction.reversalOf(rev, "REV-REV", at(2)));
        assertRule(byFactory, "REVERSAL_OF_REVERSAL", "transaction[REV-REV].reverses");
        assertThat(byFactory.getMessage()).contains("post the original again");
        // Built by hand: a receipt that "reverses" REV-1.
        MaterialTransaction byHand = MaterialTransaction.builder().from(rev.transaction()).key("REV-REV")
                .reverses("REV-1").timestamp(at(2)).build();
        Throwable byLedger = catchThrowable(() -> ledger.post(byHand));
        assertRule(byLedger, "REVERSAL_OF_REVERSAL", "transaction[REV-REV].reverses");
        assertThat(byLedger.getMessage()).contains("post the original again");
        assertThat(ledger.size()).isEqualTo(2);
    }

    @Test
    void reversal_reversingItself_txFieldInvalid() {
        assertRule(catchThrowable(() -> MaterialTransaction.builder().from(receipt("R1", PLA, "1", Uom.G, "A", 0))
                .reverses("R1").build()), "TX_FIELD_INVALID", "transaction[R1].reverses");
        assertRule(catchThrowable(() -> MaterialTransaction.builder().from(receipt("R1", PLA, "1", Uom.G, "A", 0))
                .reverses("$X").build()), "ID_RESERVED", "transaction[R1].reverses");
    }

    @Test
    void reversal_eachDifferingField_reversalMismatchNamingTheField() {
        ledger.post(receipt("R0", PLA, "1000", Uom.G, "B", 0));
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "A", 0));
        LedgerEntry issue = ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "50", 1));
        MaterialTransaction good = MaterialTransaction.reversalOf(issue, "REV", at(2));
        List<Object[]> cases = List.of(
                new Object[] {"item", (UnaryOperator<MaterialTransaction.Builder>) b -> b.item(WIDGET)},
                new Object[] {"quantity", (UnaryOperator<MaterialTransaction.Builder>) b -> b.quantity(Quantity.of(49, Uom.G))},
                new Object[] {"quantity", (UnaryOperator<MaterialTransaction.Builder>) b -> b.quantity(Quantity.of("0.05", Uom.KG))},
                new Object[] {"location", (UnaryOperator<MaterialTransaction.Builder>) b -> b.location("SIDE")},
                new Object[] {"lot", (UnaryOperator<MaterialTransaction.Builder>) b -> b.lot("B")},
                new Object[] {"order", (UnaryOperator<MaterialTransaction.Builder>) b -> b.order("PO-2")},
                new Object[] {"operation", (UnaryOperator<MaterialTransaction.Builder>) b -> b.operation(20)},
                new Object[] {"workCenter", (UnaryOperator<MaterialTransaction.Builder>) b -> b.workCenter(WorkCenterId.of("CNC"))},
                new Object[] {"unitCost", (UnaryOperator<MaterialTransaction.Builder>) b -> b.unitCost(Money.of("1", "EUR"))},
                new Object[] {"type", (UnaryOperator<MaterialTransaction.Builder>) b -> b.type(TransactionType.RETURN_TO_STOCK)});
        String before = state();
        for (Object[] c : cases) {
            @SuppressWarnings("unchecked")
            UnaryOperator<MaterialTransaction.Builder> change = (UnaryOperator<MaterialTransaction.Builder>) c[1];
            MaterialTransaction bad = change.apply(MaterialTransaction.builder().from(good)).build();
            Throwable t = catchThrowable(() -> ledger.post(bad));
            assertRule(t, "REVERSAL_MISMATCH", "transaction[REV]." + c[0]);
            assertThat(state()).as("nothing written for %s", c[0]).isEqualTo(before);
        }
        // Reason and shift may differ: a reversal may say why it undoes the original.
        ledger.post(MaterialTransaction.builder().from(good).reason("posting error").shift("night").build());
        assertThat(ledger.wip("PO-1", PLA)).isEqualByComparingTo("0");
    }

    @Test
    void reversal_directionOrDestinationDiffers_reversalMismatch() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        LedgerEntry adj = ledger.post(MaterialTransaction.builder().key("ADJ").type(TransactionType.ADJUSTMENT)
                .direction(Direction.IN).reason("count").item(PLA).quantity(Quantity.of(5, Uom.G)).lot("A")
                .location(MAIN).timestamp(at(1)).build());
        MaterialTransaction flipped = MaterialTransaction.builder().from(MaterialTransaction.reversalOf(adj, "REV",
                at(2))).direction(Direction.OUT).build();
        assertRule(catchThrowable(() -> ledger.post(flipped)), "REVERSAL_MISMATCH", "transaction[REV].direction");
        LedgerEntry tr = ledger.post(MaterialTransaction.builder().key("T1").type(TransactionType.TRANSFER).item(PLA)
                .quantity(Quantity.of(5, Uom.G)).lot("A").location(MAIN).toLocation("SIDE").timestamp(at(3)).build());
        MaterialTransaction elsewhere = MaterialTransaction.builder().from(MaterialTransaction.reversalOf(tr, "REV2",
                at(4))).toLocation("THIRD").build();
        assertRule(catchThrowable(() -> ledger.post(elsewhere)), "REVERSAL_MISMATCH", "transaction[REV2].toLocation");
    }

    @Test
    void reversal_datedBeforeOriginal_reversalBeforeOriginal() {
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 5));
        Throwable t = catchThrowable(() -> reverse("R1", "REV", 4));
        assertRule(t, "REVERSAL_BEFORE_ORIGINAL", "transaction[REV].timestamp");
        assertThat(ledger.size()).isEqualTo(1);
        reverse("R1", "REV", 5); // the same instant is allowed: the sequence puts the reversal after
        assertThat(ledger.entries()).extracting(e -> e.transaction().key()).containsExactly("R1", "REV");
    }

    @Test
    void receiptReversal_afterStockWasIssued_insufficientStockNothingWritten() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "70", 1));
        String before = state();
        // 100 - 70 = 30 left; removing the 100 received would leave -70.
        assertThatThrownBy(() -> reverse("R1", "REV", 2)).isInstanceOfSatisfying(InsufficientStockException.class,
                e -> assertThat(e.shortBy()).isEqualByComparingTo("70"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void receiptReversal_backdatedStockCheckCoversLaterPrefixes() {
        // Reversal dated between the receipt and a later issue: at t=1 stock 0, at t=2 the issue makes it -70.
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "70", 2));
        assertThatThrownBy(() -> reverse("R1", "REV", 1)).isInstanceOf(InsufficientStockException.class);
    }

    @Test
    void receiptReversal_negativeAllowedByPolicy_goesNegative() {
        InMemoryMaterialLedger loose = new InMemoryMaterialLedger(
                new LedgerOptions(NegativeStockPolicy.ALLOW, Sets.immutable.empty(), Optional.empty()));
        loose.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        loose.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "70", 1));
        loose.post(MaterialTransaction.reversalOf(loose.find("R1").orElseThrow(), "REV", at(2)));
        assertThat(loose.onHand(PLA_A)).isEqualByComparingTo("-70");
    }

    @Test
    void issueReversal_afterConsumption_returnExceedsIssued() {
        ledger.post(receipt("R1", PLA, "100", Uom.G, "A", 0));
        ledger.post(orderLeg("I1", TransactionType.ISSUE_TO_ORDER, "50", 1));
        ledger.post(orderLeg("C1", TransactionType.CONSUMPTION, "40", 2));
        String before = state();
        // WIP 50 - 40 = 10; taking back the 50 issued would leave -40.
        Throwable t = catchThrowable(() -> reverse("I1", "REV", 3));
        assertRule(t, "RETURN_EXCEEDS_ISSUED", "transaction[REV].quantity");
        assertThat(t.getMessage()).contains("reversal of ISSUE_TO_ORDER I1").contains("(40)");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void reversal_replayedSameKey_returnsExisting_differentPayloadConflicts() {
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        LedgerEntry first = reverse("R1", "REV", 1);
        String before = state();
        assertThat(reverse("R1", "REV", 1)).isEqualTo(first);
        assertThat(state()).isEqualTo(before);
        assertThatThrownBy(() -> reverse("R1", "REV", 2)).isInstanceOfSatisfying(IdempotencyConflictException.class,
                e -> assertThat(e.key()).isEqualTo("REV"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void reversal_beyondBackdatingWindow_backdatedPosting() {
        InMemoryMaterialLedger windowed = new InMemoryMaterialLedger(new LedgerOptions(NegativeStockPolicy.DISALLOW,
                Sets.immutable.empty(), Optional.of(Duration.ofHours(1))));
        windowed.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        windowed.post(receipt("R2", PLA, "10", Uom.G, "A", 600));
        MaterialTransaction late = MaterialTransaction.reversalOf(windowed.find("R1").orElseThrow(), "REV", at(1));
        assertThatThrownBy(() -> windowed.post(late)).isInstanceOf(BackdatedPostingException.class);
    }

    // ------------------------------------------------------------------------------------------------ batches

    @Test
    void postBatch_reversesEarlierLegOfSameBatch_netZero() {
        MaterialTransaction r1 = receipt("R1", PLA, "10", Uom.G, "A", 0);
        MaterialTransaction rev = MaterialTransaction.builder().from(r1).key("REV").reverses("R1").build();
        ledger.postBatch(List.of(r1, rev));
        assertThat(ledger.size()).isEqualTo(2);
        assertThat(ledger.onHand(PLA_A)).isEqualByComparingTo("0");
        assertThat(ledger.reversalOf("R1")).isPresent();
    }

    @Test
    void postBatch_reversalBeforeItsOriginalLeg_targetUnknown_linkedFailed() {
        MaterialTransaction r1 = receipt("R1", PLA, "10", Uom.G, "A", 0);
        MaterialTransaction rev = MaterialTransaction.builder().from(r1).key("REV").reverses("R1").build();
        assertThatThrownBy(() -> ledger.postBatch(List.of(rev, r1))).isInstanceOfSatisfying(LinkedBatchException.class,
                e -> {
                    assertThat(e.failedIndex()).isEqualTo(0);
                    assertThat(e.legs()).extracting(LegResult::rule)
                            .containsExactly("REVERSAL_TARGET_UNKNOWN", "LINKED_FAILED");
                });
        assertThat(ledger.size()).isZero();
    }

    @Test
    void postBatch_failingReversalLeg_wholeBatchRejected() {
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        reverse("R1", "REV-1", 1);
        String before = state();
        MaterialTransaction again = MaterialTransaction.reversalOf(ledger.find("R1").orElseThrow(), "REV-2", at(3));
        assertThatThrownBy(() -> ledger.postBatch(List.of(receipt("R2", PLA, "5", Uom.G, "A", 2), again,
                receipt("R3", PLA, "5", Uom.G, "A", 4)))).isInstanceOfSatisfying(LinkedBatchException.class, e -> {
                    assertThat(e.failedIndex()).isEqualTo(1);
                    assertThat(e.legs()).extracting(LegResult::rule)
                            .containsExactly("LINKED_FAILED", "REVERSAL_ALREADY_REVERSED", "LINKED_FAILED");
                });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void postBatch_twoReversalsOfOneEntry_secondAlreadyReversed() {
        LedgerEntry r1 = ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        assertThatThrownBy(() -> ledger.postBatch(List.of(MaterialTransaction.reversalOf(r1, "REV-1", at(1)),
                MaterialTransaction.reversalOf(r1, "REV-2", at(1))))).isInstanceOfSatisfying(LinkedBatchException.class,
                        e -> assertThat(e.legs()).extracting(LegResult::rule)
                                .containsExactly("LINKED_FAILED", "REVERSAL_ALREADY_REVERSED"));
        assertThat(ledger.size()).isEqualTo(1);
    }

    @Test
    void spiDefaultReversalOf_agreesWithIndex() {
        ledger.post(receipt("R1", PLA, "10", Uom.G, "A", 0));
        ledger.post(receipt("R2", PLA, "10", Uom.G, "A", 0));
        reverse("R2", "REV", 1);
        MaterialLedger viaDefault = new MaterialLedger() {
            // Only entries() is needed by the default; everything else delegates.
            @Override public LedgerEntry post(MaterialTransaction t) { return ledger.post(t); }
            @Override public org.eclipse.collections.api.list.ImmutableList<LedgerEntry> postBatch(List<MaterialTransaction> t) { return ledger.postBatch(t); }
            @Override public Optional<LedgerEntry> find(String key) { return ledger.find(key); }
            @Override public org.eclipse.collections.api.list.ImmutableList<LedgerEntry> entries() { return ledger.entries(); }
            @Override public int size() { return ledger.size(); }
            @Override public dev.mfg.core.inventory.Balances balances() { return ledger.balances(); }
            @Override public BigDecimal onHand(StockKey key) { return ledger.onHand(key); }
            @Override public BigDecimal wip(String order, dev.mfg.core.item.ItemId item) { return ledger.wip(order, item); }
            @Override public void allocate(String order, int operation, List<Allocation> a) { ledger.allocate(order, operation, a); }
            @Override public void releaseAllocations(String order) { ledger.releaseAllocations(order); }
            @Override public org.eclipse.collections.api.list.ImmutableList<Allocation> allocations(String order) { return ledger.allocations(order); }
            @Override public BigDecimal allocated(StockKey key) { return ledger.allocated(key); }
            @Override public org.eclipse.collections.api.list.ImmutableList<LotUse> usesOfLot(dev.mfg.core.item.ItemId item, String lot) { return ledger.usesOfLot(item, lot); }
            @Override public org.eclipse.collections.api.list.ImmutableList<LotUse> lotsUsedBy(String order) { return ledger.lotsUsedBy(order); }
            @Override public org.eclipse.collections.api.list.ImmutableList<dev.mfg.core.inventory.LotStock> lots(dev.mfg.core.item.ItemId item, String location) { return ledger.lots(item, location); }
        };
        assertThat(viaDefault.reversalOf("R2")).isEqualTo(ledger.reversalOf("R2")).isPresent();
        assertThat(viaDefault.reversalOf("R1")).isEmpty();
        assertThat(viaDefault.reversalOf("REV")).isEmpty();
    }

    static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
        return org.assertj.core.api.Assertions.catchThrowable(c);
    }
}
