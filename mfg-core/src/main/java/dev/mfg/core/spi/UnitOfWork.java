package dev.mfg.core.spi;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A unit of work spanning the stores an application keeps together, typically the {@link ProductionOrderRepository}
 * and the {@link MaterialLedger} of one database: {@link #inTransaction} runs a piece of work so that every write it
 * makes to those stores commits together or not at all. {@code ProductionService} runs each command (its ledger
 * writes and its order save) in one.
 *
 * <pre>{@code
 * // A JDBC adapter: one transaction on one connection, shared by the repository and the ledger of this thread.
 * public <T> T inTransaction(Supplier<T> work) {
 *     Connection c = connections.bindToCurrentThread();      // the adapters' writes use this connection
 *     try {
 *         c.setAutoCommit(false);
 *         T result = work.get();
 *         c.commit();
 *         return result;
 *     } catch (RuntimeException | Error e) {
 *         c.rollback();
 *         throw e;
 *     } finally {
 *         connections.unbind(c);
 *     }
 * }
 * }</pre>
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Atomic.</b> Every write the work makes through the participating stores (order saves and deletes;
 *       ledger posts, batches, allocations and their release) becomes visible together when the work returns
 *       normally, and none of them when it throws.</li>
 *   <li><b>Read your writes.</b> Reads made inside the work, through the same stores on the same thread, see the
 *       work's own writes (a ledger batch posted first is seen by the shortage check that follows, an order saved
 *       first is read back at its new version).</li>
 *   <li><b>Failure.</b> If the work throws (any {@link RuntimeException} or {@link Error}, including
 *       {@link dev.mfg.core.error.ConcurrencyConflictException} from a stale order save), every write of the work
 *       is rolled back, nothing of it is ever visible to other readers, and the same exception is rethrown
 *       unchanged. If the commit itself fails, the adapter rolls back and throws; when it cannot tell whether the
 *       commit happened (a lost acknowledgement), it throws and the caller retries with the same keys.</li>
 *   <li><b>Isolation.</b> At least read committed: no other reader sees a write of the work before it commits.
 *       Lost updates on an order are prevented by the optimistic version check of
 *       {@link Repository#save(Object, long)}, which must be evaluated inside the transaction (a conditional
 *       {@code UPDATE ... WHERE version = ?}), so a conflicting writer makes the work throw and roll back. A reader
 *       that needs one consistent view of both stores reads inside a unit of work too (under read committed,
 *       with repeatable read or serializable, or by re-reading the order's version).</li>
 *   <li><b>Idempotency still applies.</b> A unit of work does not replace idempotency keys: a retry after an
 *       ambiguous failure runs the command again with the same keys, and the stores' idempotent appends and
 *       the order's recorded keys make it a replay, not a second posting.</li>
 *   <li><b>One thread.</b> The work runs on the calling thread, and the transaction is bound to it: the work must
 *       not hand the stores to another thread to write (or read its uncommitted writes) for it, and must not wait
 *       on another thread that enters this unit of work. Different threads may run their own units of work
 *       concurrently.</li>
 *   <li><b>Nesting.</b> A call of {@code inTransaction} inside a work on the same thread joins the enclosing unit:
 *       nothing commits before the outermost work returns, and if that one throws, everything rolls back. Whether
 *       the writes of an inner work that threw are undone when the outer work catches the exception and goes on is
 *       the adapter's choice (a savepoint, as the in-memory one does, or marking the whole unit rollback-only); do
 *       not rely on either.</li>
 * </ul>
 *
 * <p>Stores that cannot offer a transaction across them (two separate services, say) use {@link #none()}, which
 * runs the work directly and names the weaker guarantees it keeps.
 *
 * @since 0.1
 */
public interface UnitOfWork {

    /**
     * Runs {@code work} as one unit: all its store writes commit together when it returns, none when it throws.
     *
     * @param work the work; runs exactly once, on the calling thread
     * @param <T> the result type
     * @return what {@code work} returned
     * @throws RuntimeException what {@code work} threw, after rolling back every write it made
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs {@code work} as one unit, like {@link #inTransaction(Supplier)}, for work without a result.
     *
     * @param work the work
     */
    default void runInTransaction(Runnable work) {
        Objects.requireNonNull(work, "work");
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * The unit of work of stores that offer no transaction across them: runs the work directly, with no rollback.
     * What stays guaranteed is each store's own contract: a ledger batch is atomic by itself, an order save is
     * a compare-and-set on its version, and a retry with the same keys replays instead of posting twice. What is
     * not: a failure between two writes of the work (a crash, or a version conflict on the order save after the
     * ledger batch was posted) leaves the earlier writes visible, and other readers may see a command half
     * applied (postings whose order does not reflect them yet). For {@code ProductionService}, retrying any
     * command with the same key reconciles such a state: the retry finds the command's postings, applies them to
     * the order as it is now and saves it, posting nothing again.
     *
     * @return the unit of work that runs work directly
     */
    static UnitOfWork none() {
        return NoUnitOfWork.INSTANCE;
    }
}
