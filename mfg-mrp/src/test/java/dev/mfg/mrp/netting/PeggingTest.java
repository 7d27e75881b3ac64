package dev.mfg.mrp.netting;

import static dev.mfg.mrp.netting.Units.U;
import static dev.mfg.mrp.netting.Units.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.mrp.lotsizing.FixedOrderQuantity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class PeggingTest {
    private static final List<PeggingDemand> DEMANDS = List.of(
            PeggingDemand.of("SO-3", DemandKind.SALES_ORDER, 2, 30 * U),
            PeggingDemand.of("FC-1", DemandKind.FORECAST, 0, 15 * U),
            PeggingDemand.of("SO-2", DemandKind.SALES_ORDER, 1, 25 * U),
            PeggingDemand.of("SO-1", DemandKind.SALES_ORDER, 0, 20 * U));
    private static final List<PeggingSupply> SUPPLIES = List.of(
            PeggingSupply.plannedOrder("0", 2, 50 * U),
            PeggingSupply.scheduledReceipt("PO-2", 1, 20 * U),
            PeggingSupply.onHand(30 * U));

    @Test
    void allocate_fifo_earliestSupplyServesEarliestDemand() {
        Pegging p = Pegging.allocate(DEMANDS, SUPPLIES, 5 * U);
        // Demands: SO-1 (b0, sales) 20, FC-1 (b0, forecast) 15, SO-2 (b1) 25, SO-3 (b2) 30.
        // Supplies: on hand 30, PO-2 (b1) 20, planned 0 (b2) 50.
        // SO-1 <- OH 20. FC-1 <- OH 10 + PO-2 5. SO-2 <- PO-2 15 + PLN 10. SO-3 <- PLN 30. SS 5 <- PLN; excess 5.
        assertThat(p.supplies()).extracting(s -> s.supply().id()).containsExactly("ON_HAND", "PO-2", "0");
        assertThat(p.supplies().get(0).pegs()).containsExactly(new Peg("SO-1", 20 * U), new Peg("FC-1", 10 * U));
        assertThat(p.supplies().get(1).pegs()).containsExactly(new Peg("FC-1", 5 * U), new Peg("SO-2", 15 * U));
        assertThat(p.supplies().get(2).pegs()).containsExactly(new Peg("SO-2", 10 * U), new Peg("SO-3", 30 * U));
        assertThat(p.supplies().get(2).safetyStock()).isEqualTo(5 * U);
        assertThat(p.supplies().get(2).excess()).isEqualTo(5 * U);
        assertThat(p.supplies().get(2).pegged()).isEqualTo(40 * U);
        assertThat(p.demands()).extracting(d -> d.demand().id()).containsExactly("SO-1", "FC-1", "SO-2", "SO-3");
        assertThat(p.demands()).allSatisfy(d -> assertThat(d.shortfall()).isZero());
        assertThat(p.safetyStockShortfall()).isZero();
        assertThat(p.safetyStock()).isEqualTo(5 * U);
    }

    @Test
    void allocate_shuffledInput_sameResult() {
        Pegging expected = Pegging.allocate(DEMANDS, SUPPLIES, 5 * U);
        List<PeggingDemand> d = new ArrayList<>(DEMANDS);
        List<PeggingSupply> s = new ArrayList<>(SUPPLIES);
        Collections.reverse(d);
        Collections.reverse(s);
        assertThat(Pegging.allocate(d, s, 5 * U)).isEqualTo(expected).hasSameHashCodeAs(expected);
    }

    @Test
    void allocate_insufficientSupply_reportsDemandAndSafetyStockShortfall() {
        Pegging p = Pegging.allocate(List.of(PeggingDemand.of("SO-1", DemandKind.SALES_ORDER, 0, 10 * U),
                PeggingDemand.of("SO-2", DemandKind.SALES_ORDER, 1, 10 * U)), List.of(PeggingSupply.onHand(12 * U)),
                3 * U);
        // SO-1 <- 10; SO-2 <- 2, short 8; SS gets nothing, short 3.
        assertThat(p.demands().get(1).pegged()).isEqualTo(2 * U);
        assertThat(p.demands().get(1).shortfall()).isEqualTo(8 * U);
        assertThat(p.safetyStockShortfall()).isEqualTo(3 * U);
        assertThat(p.supplies().get(0).excess()).isZero();
    }

    @Test
    void allocate_lateScheduledReceipt_plannedOrderOfEarlierBucketPeggedFirst() {
        // SR in bucket 3 is too late for the bucket-1 demand the planned order of bucket 1 was made for.
        Pegging p = Pegging.allocate(List.of(PeggingDemand.of("SO-1", DemandKind.SALES_ORDER, 1, 10 * U)),
                List.of(PeggingSupply.scheduledReceipt("PO-9", 3, 10 * U), PeggingSupply.plannedOrder("0", 1, 10 * U)),
                0);
        assertThat(p.supplies().get(0).supply().id()).isEqualTo("0");
        assertThat(p.supplies().get(0).pegs()).containsExactly(new Peg("SO-1", 10 * U));
        assertThat(p.supplies().get(1).excess()).isEqualTo(10 * U);
    }

    @Test
    void allocate_sameBucket_receiptsByIdBeforePlannedOrdersInSequence() {
        Pegging p = Pegging.allocate(List.of(), List.of(PeggingSupply.plannedOrder("7", 0, U),
                PeggingSupply.plannedOrder("2", 0, U), PeggingSupply.scheduledReceipt("PO-B", 0, U),
                PeggingSupply.scheduledReceipt("PO-A", 0, U)), 0);
        assertThat(p.supplies()).extracting(s -> s.supply().id()).containsExactly("PO-A", "PO-B", "7", "2");
    }

    @Test
    void allocate_sameBucketAndKind_demandsById_dependentBeforeForecast() {
        Pegging p = Pegging.allocate(List.of(PeggingDemand.of("FC", DemandKind.FORECAST, 0, U),
                PeggingDemand.of("B", DemandKind.SALES_ORDER, 0, U), PeggingDemand.of("PLN-1", DemandKind.DEPENDENT, 0, U),
                PeggingDemand.of("A", DemandKind.SALES_ORDER, 0, U)), List.of(PeggingSupply.onHand(2 * U)), 0);
        assertThat(p.demands()).extracting(d -> d.demand().id()).containsExactly("A", "B", "PLN-1", "FC");
        assertThat(p.demands()).extracting(DemandPegging::shortfall).containsExactly(0L, 0L, U, U);
    }

    @Test
    void allocate_zeroQuantitySupplies_areSkipped() {
        Pegging p = Pegging.allocate(List.of(PeggingDemand.of("D", DemandKind.SALES_ORDER, 0, U)),
                List.of(PeggingSupply.onHand(0), PeggingSupply.scheduledReceipt("R", 0, U)), 0);
        assertThat(p.supplies().get(0).pegs()).isEmpty();
        assertThat(p.supplies().get(1).pegs()).containsExactly(new Peg("D", U));
    }

    @Test
    void plannedOrderSupplies_fromRecord_inSequenceWithIndexIds() {
        ItemRecord r = ItemNetting.plan(ItemRecordInput.builder().grossRequirements(units(25, 0, 4))
                .policy(FixedOrderQuantity.of(10 * U)).build());
        // Bucket 0: 10, 10, 10 (POH 5); bucket 2: 5-4 = 1, not short.
        assertThat(Pegging.plannedOrderSupplies(r)).containsExactly(PeggingSupply.plannedOrder("0", 0, 10 * U),
                PeggingSupply.plannedOrder("1", 0, 10 * U), PeggingSupply.plannedOrder("2", 0, 10 * U));
    }

    @Test
    void allocate_safetyStockPeggedLast_afterEveryDemand() {
        // On hand 100, SS 50, demand 60 in bucket 2; L4L plans 10 in bucket 2 to restore SS.
        ItemRecord r = ItemNetting.plan(ItemRecordInput.builder().grossRequirements(units(0, 0, 60)).onHand(100 * U)
                .safetyStock(50 * U).build());
        List<PeggingSupply> s = new ArrayList<>(Pegging.plannedOrderSupplies(r).castToList());
        s.add(PeggingSupply.onHand(r.onHand()));
        Pegging p = Pegging.allocate(List.of(PeggingDemand.of("SO", DemandKind.SALES_ORDER, 2, 60 * U)), s,
                r.safetyStock());
        // SO <- on hand 60; SS 50 <- on hand 40 + planned 10.
        assertThat(p.supplies().get(0).pegs()).containsExactly(new Peg("SO", 60 * U));
        assertThat(p.supplies().get(0).safetyStock()).isEqualTo(40 * U);
        assertThat(p.supplies().get(1).safetyStock()).isEqualTo(10 * U);
        assertThat(p.supplies().get(1).excess()).isZero();
    }

    @Test
    void demand_invalidValues_rejectedWithRuleAndPath() {
        assertThatThrownBy(() -> PeggingDemand.of("SO-1", DemandKind.SALES_ORDER, 0, -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NEGATIVE");
                    assertThat(e.path()).isEqualTo("demand[SO-1].quantity");
                });
        assertThatThrownBy(() -> PeggingDemand.of("SO-1", DemandKind.SALES_ORDER, -1, 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("BUCKET_OUT_OF_RANGE"));
    }

    @Test
    void supply_invalidValues_rejectedWithRuleAndPath() {
        assertThatThrownBy(() -> PeggingSupply.scheduledReceipt("PO-1", 0, -5))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NEGATIVE");
                    assertThat(e.path()).isEqualTo("supply[PO-1].quantity");
                });
        assertThatThrownBy(() -> new PeggingSupply(SupplyKind.ON_HAND, "X", 0, 1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("BUCKET_OUT_OF_RANGE"));
        assertThatThrownBy(() -> PeggingSupply.plannedOrder("1", -1, 1)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Pegging.allocate(Lists.immutable.empty(), Lists.immutable.empty(), -1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("QTY_NEGATIVE"));
    }
}
