package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.production.CompletionReport;
import dev.mfg.core.production.LotQuantity;
import dev.mfg.core.production.OperationReport;
import dev.mfg.core.production.OperationStatus;
import dev.mfg.core.production.OrderMaterial;
import dev.mfg.core.production.OrderOperation;
import dev.mfg.core.production.OrderStatus;
import dev.mfg.core.production.OrderType;
import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.production.ProductionOrderId;
import dev.mfg.core.production.ReportReversal;
import dev.mfg.core.production.ScrapReason;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.RoutingId;
import dev.mfg.core.spi.ProductionOrderRepository;
import dev.mfg.core.spi.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Conformance of a {@link ProductionOrderRepository}: the generic {@link RepositoryContract} (versions, stale
 * writes, sorted scans, no lost update) plus the order's own: released orders with operations, materials, lot
 * allocations and decimals round-trip; two writers racing on one order's status cannot both win.
 *
 * @since 0.1
 */
public interface ProductionOrderRepositoryContract extends RepositoryContract<ProductionOrderId, ProductionOrder> {

    @Override
    ProductionOrderRepository newRepository();

    /**
     * Sample orders: even indexes planned make-to-stock, odd ones released make-to-order with operations, a tool,
     * materials with allocations and exact decimals, a scrap reason and optional fields; one id is 64 characters.
     */
    @Override
    default ProductionOrder sample(int i) {
        return order(i);
    }

    /**
     * @param i an index
     * @return the sample order {@code i}
     */
    static ProductionOrder order(int i) {
        String id = i == 7 ? Samples.code64("PO-", i) : "PO-" + (1000 + i) + (i % 3 == 0 ? "-ä" : "");
        LocalDate start = LocalDate.of(2026, 1, 5).plusDays(i);
        ProductionOrder.Builder b = ProductionOrder.builder();
        b.id(ProductionOrderId.of(id)).item(ItemId.of("FG-" + i)).quantity(new BigDecimal("10.5").add(BigDecimal.valueOf(i)))
                .priority(1 + i % 5).plannedStart(start).plannedEnd(start.plusDays(2));
        if (i % 2 == 0) {
            return b.type(OrderType.MAKE_TO_STOCK).build();
        }
        OrderMaterial powder = OrderMaterial.builder().component(ItemId.of("POWDER")).uom(Uom.G)
                .required(new BigDecimal("126.000125")).issueType(IssueType.BACKFLUSH)
                .issueLevel(IssueLevel.PER_SHIFT).unitCost(Money.of("0.095", "EUR"))
                .allocations(Lists.immutable.of(new LotQuantity("LOT-" + i, new BigDecimal("100.5"))))
                .issued(new BigDecimal("26.000125")).consumed(new BigDecimal("20")).scrapped(new BigDecimal("1.5"))
                .returned(new BigDecimal("0.25")).commandKeys(Lists.immutable.of("k/issue-1", "k/return-1")).build();
        OrderMaterial carton = OrderMaterial.builder().component(ItemId.of("CARTON")).uom(Uom.EA)
                .required(BigDecimal.ONE).costOnly(true).build();
        OrderOperation press = OrderOperation.builder().no(10).description("Press « cups »")
                .workCenter(WorkCenterId.of("WC-PRESS")).tool(ToolId.of("MOLD-CUP")).cavities(4)
                .status(OperationStatus.COMPLETED).quantityIn(new BigDecimal("10.5")).good(new BigDecimal("9"))
                .scrap(new BigDecimal("1.5")).scrapReason(ScrapReason.MACHINE_ERROR).toolCycles(3)
                .materials(Lists.immutable.of(powder)).startKey("k/start").completionKey("k/complete").shift("S1")
                .reports(Lists.immutable.of(
                        new OperationReport("k/shift-1", CompletionReport.partial(new BigDecimal("5"),
                                new BigDecimal("1.5"), Optional.of(ScrapReason.MACHINE_ERROR)).withShift("S2"),
                                Instant.parse("2026-01-05T14:00:00Z")),
                        new OperationReport("k/typo", CompletionReport.partial(new BigDecimal("2"), BigDecimal.ZERO,
                                Optional.empty()), Instant.parse("2026-01-05T15:00:00Z")),
                        new OperationReport("k/complete", CompletionReport.of(new BigDecimal("4"), BigDecimal.ZERO,
                                Optional.empty()).withShift("S1").withActualUse(ItemId.of("POWDER"),
                                        new BigDecimal("10.000125")), Instant.parse("2026-01-05T22:00:00Z"))))
                .reversals(Lists.immutable.of(new ReportReversal("k/typo/rev", "k/typo",
                        Instant.parse("2026-01-05T15:30:00Z"))))
                .build();
        OrderOperation pack = OrderOperation.builder().no(20).workCenter(WorkCenterId.of("PACK"))
                .status(OperationStatus.IN_PROGRESS).quantityIn(new BigDecimal("9"))
                .materials(Lists.immutable.of(carton)).build();
        return b.type(OrderType.MAKE_TO_ORDER).demand("SO-" + i).status(OrderStatus.IN_PROGRESS).location("PLANT-2")
                .releasedOn(start).routing(RoutingId.of(ItemId.of("FG-" + i), "2")).unitCost(Money.of("1.25", "EUR"))
                .operations(Lists.immutable.of(press, pack)).build();
    }

    @Override
    default ProductionOrder modified(ProductionOrder value, int n) {
        return ProductionOrder.builder().from(value).received(BigDecimal.valueOf(n)).build();
    }

    @Override
    default int counterOf(ProductionOrder value) {
        return value.received().intValueExact();
    }

    /** A released order with nested operations, materials and completion reports reads back equal, field by field. */
    @Test
    default void save_releasedOrder_nestedStateRoundTrips() {
        ProductionOrderRepository repo = newRepository();
        ProductionOrder po = sample(1);
        repo.save(po, 0);
        ProductionOrder back = repo.findById(po.id()).orElseThrow();
        assertThat(back).isEqualTo(po);
        assertThat(back.operations()).hasSize(2);
        assertThat(back.operation(10).orElseThrow().materials().getOnly().allocations())
                .isEqualTo(po.operation(10).orElseThrow().materials().getOnly().allocations());
        assertThat(back.operation(10).orElseThrow().materials().getOnly().wip()).isEqualByComparingTo("4.250125"); // 26.000125 - 20 - 1.5 - 0.25
        // The keys of the manual issues and returns the material reflects, in order (retries reconcile by them).
        assertThat(back.operation(10).orElseThrow().materials().getOnly().commandKeys())
                .containsExactly("k/issue-1", "k/return-1");
        // Partial completion reports: keys, quantities, reason, shift, closing flag, actual use and time, in order.
        assertThat(back.operation(10).orElseThrow().reports()).isEqualTo(po.operation(10).orElseThrow().reports());
        assertThat(back.operation(10).orElseThrow().reportKeys()).containsExactly("k/shift-1", "k/typo", "k/complete");
        // A reversed report stays recorded with its reversal (key, reversed report, time); it no longer counts.
        assertThat(back.operation(10).orElseThrow().reversals()).isEqualTo(po.operation(10).orElseThrow().reversals());
        assertThat(back.operation(10).orElseThrow().liveReports().collect(OperationReport::key))
                .containsExactly("k/shift-1", "k/complete");
        assertThat(back.operation(10).orElseThrow().reports().getFirst().report().closes()).isFalse();
    }

    /**
     * Two writers read one order at the same version and race to move its status (hold vs cancel): exactly one
     * wins, the loser gets a conflict, and the stored order carries the winner's status at version 2.
     */
    @Test
    default void save_racingStatusMoves_exactlyOneWins() {
        Assertions.assertTimeoutPreemptively(operationTimeout(), () -> {
            for (int round = 0; round < 20; round++) {
                ProductionOrderRepository repo = newRepository();
                ProductionOrder po = sample(1);
                repo.save(po, 0);
                Versioned<ProductionOrder> read = repo.findVersioned(po.id()).orElseThrow();
                List<ProductionOrder> moves = List.of(read.value().withStatusChecked(OrderStatus.QUALITY_HOLD),
                        read.value().withStatusChecked(OrderStatus.CANCELLED));
                AtomicInteger wins = new AtomicInteger();
                AtomicInteger conflicts = new AtomicInteger();
                List<ProductionOrder> winners = new ArrayList<>();
                ExecutorService pool = Executors.newFixedThreadPool(2);
                CountDownLatch go = new CountDownLatch(1);
                try {
                    List<Future<?>> futures = new ArrayList<>();
                    for (ProductionOrder move : moves) {
                        futures.add(pool.submit(() -> {
                            go.await();
                            try {
                                repo.save(move, read.version());
                                wins.incrementAndGet();
                                synchronized (winners) {
                                    winners.add(move);
                                }
                            } catch (ConcurrencyConflictException lost) {
                                conflicts.incrementAndGet();
                            }
                            return null;
                        }));
                    }
                    go.countDown();
                    for (Future<?> f : futures) {
                        f.get();
                    }
                } finally {
                    pool.shutdownNow();
                    pool.awaitTermination(10, TimeUnit.SECONDS);
                }
                assertThat(wins.get()).isEqualTo(1);
                assertThat(conflicts.get()).isEqualTo(1);
                Versioned<ProductionOrder> after = repo.findVersioned(po.id()).orElseThrow();
                assertThat(after.version()).isEqualTo(2);
                assertThat(after.value()).isEqualTo(winners.get(0));
            }
        });
    }

    /** A save with the version of a read that was overtaken by another save is rejected; nothing changes. */
    @Test
    default void save_afterOvertakingWrite_rejectedUnchanged() {
        ProductionOrderRepository repo = newRepository();
        ProductionOrder po = sample(3);
        repo.save(po, 0);
        ProductionOrder released = ProductionOrder.builder().from(po).status(OrderStatus.RELEASED).build();
        repo.save(released, 1);
        assertThatThrownBy(() -> repo.save(po.withStatusChecked(OrderStatus.CANCELLED), 1))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(repo.findVersioned(po.id()).orElseThrow()).isEqualTo(new Versioned<>(released, 2));
    }
}
