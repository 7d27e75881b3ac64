package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.order;
import static dev.mfg.core.production.ExecFixtures.receipt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.memory.InMemoryUnitOfWork;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.spi.ProductionOrderRepository;
import dev.mfg.core.spi.UnitOfWork;
import dev.mfg.core.spi.Versioned;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/**
 * A command whose order save fails after its ledger writes: under the in-memory unit of work the ledger is left
 * exactly as before; under {@link UnitOfWork#none()} the postings stay (the documented weaker guarantee).
 */
class ProductionServiceUnitOfWorkTest {
    static final ProductionOrderId PO = ProductionOrderId.of("PO-1");
    InMemoryMaterialLedger ledger;
    InMemoryProductionOrderRepository orders;
    Faulty faulty;

    /** Delegates to the in-memory store; when armed, one save fails as if another process had moved the order. */
    static final class Faulty implements ProductionOrderRepository {
        final InMemoryProductionOrderRepository inner;
        boolean failNextSave;
        /** When set, reads return this stale snapshot (a read overtaken by another writer's save). */
        Optional<Versioned<ProductionOrder>> stale = Optional.empty();

        Faulty(InMemoryProductionOrderRepository inner) {
            this.inner = inner;
        }

        @Override
        public Optional<Versioned<ProductionOrder>> findVersioned(ProductionOrderId id) {
            return stale.isPresent() ? stale : inner.findVersioned(id);
        }

        @Override
        public ImmutableList<ProductionOrder> findAll() {
            return inner.findAll();
        }

        @Override
        public int count() {
            return inner.count();
        }

        @Override
        public long save(ProductionOrder value, long expectedVersion) {
            if (failNextSave) {
                failNextSave = false;
                throw new ConcurrencyConflictException("productionOrder:" + value.id(), expectedVersion,
                        expectedVersion + 1);
            }
            return inner.save(value, expectedVersion);
        }

        @Override
        public void delete(ProductionOrderId id, long expectedVersion) {
            inner.delete(id, expectedVersion);
        }
    }

    ProductionService service(UnitOfWork uow, IssueType issueType) {
        ledger = new InMemoryMaterialLedger();
        orders = new InMemoryProductionOrderRepository();
        faulty = new Faulty(orders);
        UnitOfWork unit = uow == null ? InMemoryUnitOfWork.of(orders, ledger) : uow;
        ProductionService s = new ProductionService(faulty, ledger, ConsumptionPolicies.defaults(), unit);
        ledger.post(receipt("R1", PLA, "1000", Uom.G, "LOT-1", -10));
        ledger.post(receipt("R2", BOX, "20", Uom.EA, "", -10));
        s.create(order("PO-1", WIDGET, 10));
        s.release(PO, ExecFixtures.widget(issueType), DAY);
        return s;
    }

    String state() {
        return ledger.entries() + "|" + ledger.balances() + "|" + ledger.allocations("PO-1") + "|"
                + orders.findVersioned(PO).orElseThrow();
    }

    @Test
    void complete_saveFails_inMemoryUnit_ledgerExactlyAsBefore() {
        ProductionService s = service(null, IssueType.BACKFLUSH);
        s.start(PO, 10, Map.of(), "s10", T0);
        String before = state();
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.complete(PO, 10, CompletionReport.good(10), "c10", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(state()).isEqualTo(before);
        assertThat(ledger.find("c10/1")).isEmpty();
        // The retry commits the whole command once: 1000 - 388.5 = 611.5 g (10 × 37 g × 1.05 scrap).
        s.complete(PO, 10, CompletionReport.good(10), "c10", T0);
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("611.5");
        assertThat(orders.findById(PO).orElseThrow().operation(10).orElseThrow().status())
                .isEqualTo(OperationStatus.COMPLETED);
    }

    @Test
    void start_saveFails_inMemoryUnit_allocationsAndPostingsUndone() {
        ProductionService s = service(null, IssueType.AUTO_ISSUE);
        String before = state();
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.start(PO, 10, Map.of(), "s10", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(state()).isEqualTo(before);
        assertThat(ledger.allocations("PO-1")).isEmpty();
    }

    @Test
    void issue_staleVersionFromConcurrentWriter_inMemoryUnit_ledgerExactlyAsBefore() {
        ProductionService s = service(null, IssueType.MANUAL);
        // This service read the order at version 2; another writer saved it since (version 3).
        faulty.stale = orders.findVersioned(PO);
        orders.save(orders.findById(PO).orElseThrow(), 2);
        String before = state();
        assertThatThrownBy(() -> s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(state()).isEqualTo(before);
        assertThat(ledger.wip("PO-1", BOX)).isEqualByComparingTo("0");
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("20");
    }

    @Test
    void reverseReport_saveFails_inMemoryUnit_reportStaysPostedOnce() {
        ProductionService s = service(null, IssueType.BACKFLUSH);
        s.start(PO, 10, Map.of(), "s10", T0);
        s.complete(PO, 10, CompletionReport.partial(BigDecimal.valueOf(4), BigDecimal.ZERO, Optional.empty()),
                "r1", T0);
        String before = state();
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.reverseReport(PO, 10, "r1", "r1/rev", T0.plusSeconds(60)))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(state()).isEqualTo(before);
        assertThat(ledger.reversalOf("r1/1")).isEmpty();
    }

    @Test
    void issue_saveFails_noUnitOfWork_postingStaysWithoutTheOrder() {
        ProductionService s = service(UnitOfWork.none(), IssueType.MANUAL);
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.issue(PO, 50, BOX, BigDecimal.valueOf(12), "", "iss-1", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        // Documented: without a unit of work the batch stays posted (20 - 12 = 8 boxes on hand, 12 in WIP) ...
        assertThat(ledger.find("iss-1/1")).isPresent();
        assertThat(ledger.onHand(StockKey.of(BOX, MAIN, ""))).isEqualByComparingTo("8");
        assertThat(ledger.wip("PO-1", BOX)).isEqualByComparingTo("12");
        // ... while the order does not record the issue.
        assertThat(orders.findById(PO).orElseThrow().operation(50).orElseThrow().materials()
                .detect(m -> m.component().equals(BOX)).issued()).isEqualByComparingTo("0");
    }

    @Test
    void complete_saveFails_noUnitOfWork_postingsStay_retryWithSameKeyReconciles() {
        ProductionService s = service(UnitOfWork.none(), IssueType.BACKFLUSH);
        s.start(PO, 10, Map.of(), "s10", T0);
        faulty.failNextSave = true;
        assertThatThrownBy(() -> s.complete(PO, 10, CompletionReport.good(10), "c10", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(ledger.find("c10/1")).isPresent(); // posted, while the operation is still IN_PROGRESS
        assertThat(orders.findById(PO).orElseThrow().operation(10).orElseThrow().status())
                .isEqualTo(OperationStatus.IN_PROGRESS);
        int size = ledger.size();
        s.complete(PO, 10, CompletionReport.good(10), "c10", T0);
        // The retry replays the same keys (nothing posted twice: 611.5 g = 1000 - 388.5 once) and saves the order.
        assertThat(ledger.size()).isEqualTo(size);
        assertThat(ledger.onHand(StockKey.of(PLA, MAIN, "LOT-1"))).isEqualByComparingTo("611.5");
        assertThat(orders.findById(PO).orElseThrow().operation(10).orElseThrow().status())
                .isEqualTo(OperationStatus.COMPLETED);
    }

    @Test
    void threeArgumentConstructor_keepsTodaysBehaviour_noUnitOfWork() {
        InMemoryMaterialLedger l = new InMemoryMaterialLedger();
        InMemoryProductionOrderRepository o = new InMemoryProductionOrderRepository();
        Faulty f = new Faulty(o);
        ProductionService s = new ProductionService(f, l, ConsumptionPolicies.defaults());
        l.post(receipt("R2", BOX, "20", Uom.EA, "", -10));
        s.create(order("PO-1", WIDGET, 10));
        s.release(PO, ExecFixtures.widget(IssueType.MANUAL), DAY);
        f.failNextSave = true;
        assertThatThrownBy(() -> s.issue(PO, 50, BOX, BigDecimal.valueOf(2), "", "iss-1", T0))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(l.find("iss-1/1")).isPresent();
    }
}
