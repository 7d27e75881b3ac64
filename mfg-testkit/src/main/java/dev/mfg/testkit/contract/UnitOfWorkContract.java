package dev.mfg.testkit.contract;

import static dev.mfg.testkit.contract.MaterialLedgerContract.A;
import static dev.mfg.testkit.contract.MaterialLedgerContract.B;
import static dev.mfg.testkit.contract.MaterialLedgerContract.MAIN;
import static dev.mfg.testkit.contract.MaterialLedgerContract.receipt;
import static dev.mfg.testkit.contract.MaterialLedgerContract.takeOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.ConcurrencyConflictException;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.production.OrderStatus;
import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.spi.MaterialLedger;
import dev.mfg.core.spi.ProductionOrderRepository;
import dev.mfg.core.spi.UnitOfWork;
import dev.mfg.core.spi.Versioned;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link UnitOfWork} over a {@link ProductionOrderRepository} and a {@link MaterialLedger} (see
 * {@link UnitOfWork}): a work that posts and saves and then throws leaves nothing visible; a version conflict on
 * the order save rolls back the ledger batch posted before it; a committed work is visible as a whole, and its
 * reads saw its own writes; the exception is rethrown unchanged; a reader on another thread never sees the work
 * half applied.
 *
 * <pre>{@code
 * class JdbcUnitOfWorkTest implements UnitOfWorkContract {
 *     @Override public Stores newStores() {
 *         DataSource ds = freshDataSource();
 *         JdbcTransactor tx = new JdbcTransactor(ds);
 *         return new Stores(tx, new JdbcProductionOrderRepository(tx), new JdbcMaterialLedger(tx));
 *     }
 * }
 * }</pre>
 *
 * {@link UnitOfWork#none()} fails this contract by design: it names stores that offer no atomicity across them.
 *
 * @since 0.1
 */
public interface UnitOfWorkContract {

    /**
     * Fresh stores wired to one unit of work.
     *
     * @param unitOfWork the unit of work spanning both stores
     * @param orders the order store, empty
     * @param ledger the ledger, empty, with the default options
     */
    record Stores(UnitOfWork unitOfWork, ProductionOrderRepository orders, MaterialLedger ledger) {
        /** Checks the components. */
        public Stores {
            Objects.requireNonNull(unitOfWork, "unitOfWork");
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(ledger, "ledger");
        }
    }

    /** {@return fresh, empty stores and the unit of work spanning them, for each call} */
    Stores newStores();

    /** {@return the time a check with a second thread may take before it counts as a hang} */
    default Duration operationTimeout() {
        return Duration.ofSeconds(30);
    }

    /**
     * Everything the kit's checks observe of the two stores.
     *
     * @param s the stores
     * @return a canonical text of entries, balances, allocations and orders with versions
     */
    static String fingerprint(Stores s) {
        StringBuilder b = new StringBuilder();
        b.append(s.ledger().entries()).append('|').append(s.ledger().balances()).append('|')
                .append(s.ledger().allocations(order().id().value())).append('|')
                .append(s.ledger().allocated(StockKey.of(A, MAIN, ""))).append('|');
        for (ProductionOrder o : s.orders().findAll()) {
            b.append(s.orders().findVersioned(o.id()).orElseThrow()).append(';');
        }
        return b.toString();
    }

    /** {@return the kit's order, planned} */
    static ProductionOrder order() {
        return ProductionOrderRepositoryContract.order(0);
    }

    /**
     * Stores with 100 EA of {@code A} and 50 of {@code B} received, 10 of A allocated to the kit's order, and the
     * order saved (version 1), all committed before the check.
     *
     * @return the stores
     */
    default Stores seeded() {
        Stores s = newStores();
        s.unitOfWork().runInTransaction(() -> {
            s.ledger().postBatch(List.of(receipt("UOW-R1", A, 100, 0), receipt("UOW-R2", B, 50, 0)));
            s.ledger().allocate(order().id().value(), 10, List.of(new Allocation(order().id().value(), 10,
                    StockKey.of(A, MAIN, ""), BigDecimal.TEN)));
            s.orders().save(order(), 0);
        });
        return s;
    }

    /** The writes of a typical command: a ledger batch, allocation changes, an order save. */
    private static void command(Stores s, long expectedVersion) {
        s.ledger().postBatch(List.of(takeOut("UOW-W1", A, 30, 5), receipt("UOW-W2", B, 7, 5)));
        s.ledger().releaseAllocations(order().id().value());
        s.orders().save(order().withStatusChecked(OrderStatus.CANCELLED), expectedVersion);
    }

    /** A work that posts, releases allocations and saves the order, then throws, leaves both stores unchanged. */
    @Test
    default void inTransaction_writesThenThrows_nothingVisible() {
        Stores s = seeded();
        String before = fingerprint(s);
        RuntimeException crash = new IllegalStateException("crash before the commit");
        assertThatThrownBy(() -> s.unitOfWork().runInTransaction(() -> {
            command(s, 1);
            throw crash;
        })).isSameAs(crash);
        assertThat(fingerprint(s)).isEqualTo(before);
        assertThat(s.ledger().find("UOW-W1")).isEmpty();
        assertThat(s.ledger().onHand(StockKey.of(A, MAIN, ""))).isEqualByComparingTo("100");
        assertThat(s.orders().findVersioned(order().id()).orElseThrow().version()).isEqualTo(1);
    }

    /**
     * Another writer saved the order after this work read it: the work's save with the stale version throws
     * {@link ConcurrencyConflictException}, and the ledger batch the work posted before it is rolled back too.
     */
    @Test
    default void inTransaction_versionConflictOnSave_ledgerBatchRolledBack() {
        Stores s = seeded();
        Versioned<ProductionOrder> read = s.orders().findVersioned(order().id()).orElseThrow();
        s.unitOfWork().inTransaction(() -> s.orders().save(read.value(), read.version())); // the other writer
        String before = fingerprint(s);
        assertThatThrownBy(() -> s.unitOfWork().runInTransaction(() -> command(s, read.version())))
                .isInstanceOf(ConcurrencyConflictException.class);
        assertThat(fingerprint(s)).isEqualTo(before);
        assertThat(s.ledger().find("UOW-W1")).isEmpty();
        assertThat(s.ledger().allocations(order().id().value())).hasSize(1);
    }

    /** A work that returns commits as a whole; its reads saw its own writes; its result is returned. */
    @Test
    default void inTransaction_returns_wholeWorkVisible_readsSawOwnWrites() {
        Stores s = seeded();
        String seen = s.unitOfWork().inTransaction(() -> {
            command(s, 1);
            return s.ledger().onHand(StockKey.of(A, MAIN, "")).toPlainString() + "/"
                    + s.orders().findVersioned(order().id()).orElseThrow().version() + "/"
                    + s.ledger().allocations(order().id().value()).size();
        });
        assertThat(seen).isEqualTo("70/2/0"); // 100 - 30 EA; version 1 + 1; allocations released
        assertThat(s.ledger().find("UOW-W1")).isPresent();
        assertThat(s.ledger().find("UOW-W2")).isPresent();
        assertThat(s.ledger().onHand(StockKey.of(B, MAIN, ""))).isEqualByComparingTo("57"); // 50 + 7
        assertThat(s.ledger().allocations(order().id().value())).isEmpty();
        assertThat(s.orders().findVersioned(order().id()).orElseThrow())
                .isEqualTo(new Versioned<>(order().withStatusChecked(OrderStatus.CANCELLED), 2));
    }

    /**
     * A reader on another thread, started after the work posted and before it saved the order, never sees the
     * posting without the order saved: it sees neither (before the commit) or both (after).
     */
    @Test
    default void inTransaction_readerOnAnotherThread_neverSeesHalf() {
        Stores s = seeded();
        Assertions.assertTimeoutPreemptively(operationTimeout(), () -> {
            CountDownLatch posted = new CountDownLatch(1);
            CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
                try {
                    posted.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                boolean postingVisible = s.ledger().find("UOW-W1").isPresent();
                long version = s.orders().findVersioned(order().id()).orElseThrow().version();
                return postingVisible + "/" + version;
            });
            s.unitOfWork().runInTransaction(() -> {
                s.ledger().postBatch(List.of(takeOut("UOW-W1", A, 30, 5)));
                posted.countDown();
                try {
                    Thread.sleep(150); // give the reader time to look at the half-done work
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                s.orders().save(order().withStatusChecked(OrderStatus.CANCELLED), 1);
            });
            String seen = reader.get(operationTimeout().toMillis(), TimeUnit.MILLISECONDS);
            // Reading the ledger first: "false/2" is a read before the commit, then one after; "true/1" is half.
            assertThat(seen).as("posting visible / order version seen by the reader")
                    .isIn("false/1", "false/2", "true/2");
        });
        assertThat(s.ledger().find("UOW-W1")).isPresent();
        assertThat(s.orders().findVersioned(order().id()).map(Versioned::version)).isEqualTo(Optional.of(2L));
    }
}
