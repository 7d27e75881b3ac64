package dev.mfg.core.memory;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.order;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static dev.mfg.core.production.ExecFixtures.takeOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.production.OrderStatus;
import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.production.ProductionOrderId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest {
    static final ProductionOrderId PO = ProductionOrderId.of("PO-1");
    InMemoryMaterialLedger ledger;
    InMemoryProductionOrderRepository orders;
    InMemoryUnitOfWork uow;

    @BeforeEach
    void setUp() {
        ledger = new InMemoryMaterialLedger();
        orders = new InMemoryProductionOrderRepository();
        uow = InMemoryUnitOfWork.of(orders, ledger);
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "LOT-1", 0));
        ledger.post(receipt("R2", BOX, "20", Uom.EA, "", 0));
        ledger.allocate("PO-0", 10, List.of(new Allocation("PO-0", 10, StockKey.of(BOX, MAIN, ""),
                BigDecimal.valueOf(3))));
        orders.save(order("PO-1", WIDGET, 10), 0);
    }

    /** Everything a reader can observe of both stores. */
    String state() {
        return ledger.entries() + "|" + ledger.balances() + "|" + ledger.allocations("PO-0") + "|"
                + ledger.allocated(StockKey.of(BOX, MAIN, "")) + "|" + ledger.lots(PLA, MAIN) + "|"
                + ledger.find("W1") + "|" + ledger.reversalOf("R2") + "|" + ledger.usesOfLot(PLA, "LOT-1") + "|"
                + orders.findAll() + "|" + orders.findVersioned(PO) + "|" + orders.count();
    }

    /** Posts, reverses, allocates, releases, saves, inserts and deletes: every kind of write the unit undoes. */
    void writeEverything() {
        ledger.postBatch(List.of(takeOut("W1", PLA, "100", Uom.G, "LOT-1", 5), receipt("W2", PLA, "7", Uom.G,
                "LOT-2", 6)));
        ledger.post(MaterialTransaction.reversalOf(ledger.find("R2").orElseThrow(), "R2/rev",
                ledger.find("R2").orElseThrow().transaction().timestamp().plusSeconds(60)));
        ledger.post(receipt("W3", BOX, "4", Uom.EA, "", -30)); // backdated
        ledger.releaseAllocations("PO-0");
        ledger.allocate("PO-2", 10, List.of(new Allocation("PO-2", 10, StockKey.of(PLA, MAIN, "LOT-2"),
                BigDecimal.ONE)));
        long v = orders.save(orders.findById(PO).orElseThrow().withStatusChecked(OrderStatus.CANCELLED), 1);
        orders.save(order("PO-9", WIDGET, 1), 0);
        orders.delete(PO, v);
    }

    @Test
    void inTransaction_workThrows_bothStoresExactlyAsBefore() {
        String before = state();
        RuntimeException boom = new IllegalStateException("crash after the writes");
        assertThatThrownBy(() -> uow.inTransaction(() -> {
            writeEverything();
            throw boom;
        })).isSameAs(boom);
        assertThat(state()).isEqualTo(before);
        // The sequence is restored too: the next entry gets the number it would have had (3: two receipts before).
        assertThat(ledger.post(receipt("N1", PLA, "1", Uom.G, "LOT-1", 9)).sequence()).isEqualTo(3);
    }

    @Test
    void inTransaction_workReturns_allWritesVisible_readsSawOwnWrites() {
        String result = uow.inTransaction(() -> {
            writeEverything();
            // Reads inside the work see its writes: 1000 - 100 = 900 g; the order was deleted.
            return ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1")).toPlainString() + "/" + orders.count();
        });
        assertThat(result).isEqualTo("900/1");
        assertThat(ledger.size()).isEqualTo(6); // R1, R2, W1, W2, R2/rev, W3
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("4"); // 20 - 20 + 4
        assertThat(ledger.allocations("PO-0")).isEmpty();
        assertThat(orders.findById(PO)).isEmpty();
        assertThat(orders.findVersioned(ProductionOrderId.of("PO-9")).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void inTransaction_staleSaveAfterPosting_ledgerBatchRolledBack() {
        String before = state();
        assertThatThrownBy(() -> uow.inTransaction(() -> {
            ledger.postBatch(List.of(takeOut("W1", PLA, "100", Uom.G, "LOT-1", 5)));
            return orders.save(orders.findById(PO).orElseThrow().withStatusChecked(OrderStatus.CANCELLED), 7);
        })).isInstanceOf(ConcurrencyConflictException.class);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void inTransaction_nestedWorkThrowsAndIsCaught_onlyItsWritesUndone() {
        uow.runInTransaction(() -> {
            ledger.post(receipt("OUTER", BOX, "1", Uom.EA, "", 1));
            assertThatThrownBy(() -> uow.runInTransaction(() -> {
                ledger.post(receipt("INNER", BOX, "1", Uom.EA, "", 2));
                throw new IllegalStateException("inner");
            })).hasMessage("inner");
        });
        assertThat(ledger.find("OUTER")).isPresent();
        assertThat(ledger.find("INNER")).isEmpty();
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("21"); // 20 + 1
    }

    @Test
    void inTransaction_otherThreadsReads_waitForTheEnd() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        uow.runInTransaction(() -> {
            ledger.post(receipt("W1", BOX, "5", Uom.EA, "", 1));
            orders.save(orders.findById(PO).orElseThrow().withStatusChecked(OrderStatus.CANCELLED), 1);
            Thread reader = new Thread(() -> seen.complete(orders.findVersioned(PO).orElseThrow().version() + "/"
                    + ledger.onHand(StockKey.of(BOX, MAIN, "")).toPlainString()));
            reader.start();
            // The reader cannot see the uncommitted writes: it blocks until the unit ends.
            assertThatThrownBy(() -> seen.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        });
        assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo("2/25"); // version 1 + 1; 20 + 5 boxes
    }

    @Test
    void writesOutsideAUnit_notJournaled_afterAFailedUnit() {
        assertThatThrownBy(() -> uow.runInTransaction(() -> {
            ledger.post(receipt("W1", BOX, "5", Uom.EA, "", 1));
            throw new IllegalStateException("x");
        })).hasMessage("x");
        LedgerEntry later = ledger.post(receipt("W2", BOX, "2", Uom.EA, "", 2));
        // A second failing unit must undo only its own writes, not the committed W2 posted in between.
        assertThatThrownBy(() -> uow.runInTransaction(() -> {
            ledger.post(receipt("W3", BOX, "1", Uom.EA, "", 3));
            throw new IllegalStateException("y");
        })).hasMessage("y");
        assertThat(ledger.find("W2")).contains(later);
        assertThat(ledger.find("W1")).isEmpty();
        assertThat(ledger.find("W3")).isEmpty();
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("22"); // 20 + 2
    }
}
