package dev.mfg.core.production;

import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LotStock;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.StockView;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.spi.MaterialLedger;
import dev.mfg.core.spi.ProductionOrderRepository;
import dev.mfg.core.spi.UnitOfWork;
import dev.mfg.core.spi.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Applies {@link ProductionEngine} results to a {@link ProductionOrderRepository} and a {@link MaterialLedger}.
 *
 * <p>Each command: load the order with its version; run the engine (a rejection throws here, before any write);
 * write the ledger (allocations, then the transactions as one atomic batch); save the order with the version read.
 * The whole command runs in one {@link UnitOfWork#inTransaction unit of work}, given to the constructor: with an
 * atomic one (a database transaction over both stores, or {@link dev.mfg.core.memory.InMemoryUnitOfWork} for the
 * in-memory stores) the ledger writes and the order save commit together or not at all, so a failing save (a
 * {@link dev.mfg.core.error.ConcurrencyConflictException} because another process moved the order, a crash)
 * leaves the ledger exactly as before. With {@link UnitOfWork#none()} (the three-argument constructor) the writes
 * are not atomic together: a save that fails after the ledger batch was posted leaves the postings in the ledger
 * without the order reflecting them until the command is retried with the same key (see the retries below), which
 * applies the postings to the order and saves it, without posting again.
 *
 * <p>Commands on one order are also serialised by a per-order lock inside this service, taken inside the unit of
 * work (so a command may be called from within an enclosing unit of work on the same stores without lock-order
 * deadlocks). Within one JVM and without a unit of work, the order save therefore cannot lose a race after the
 * ledger write. With a database unit of work the lock is released before the commit, so a second command on the
 * same order may read the order before the first commits and then fail on the version check: it rolls back
 * whole and may be retried. Across processes the ledger batch is idempotent by key: a retry of the same command
 * with the same key replays instead of posting twice.
 *
 * <p>Retries: a start whose key the operation already records returns the recorded result. A completion report
 * whose key the operation already records returns the current order and that report's posted transactions if the
 * report and time are the same ({@link CompletionReport#sameAs}, quantities by value), else throws
 * {@link IdempotencyConflictException}, as does a report key already used on another operation of the order. An
 * issue or return whose first transaction key exists throws {@link IdempotencyConflictException} unless the command
 * matches the posted entry (type, operation, material, quantity by value, lot, time); if it matches and the material
 * records the key ({@link OrderMaterial#commandKeys()}) it returns the current order and the original entry.
 *
 * <p>Reconciling retries: the ledger holds a command's postings but the order does not record the command (its save
 * failed after the postings, which only {@link UnitOfWork#none()} lets happen). A retry with the same key then applies
 * the postings to the order as read now (so commands applied in between stay), saves it with that version, and
 * posts nothing: an issue or return raises the material's issued or returned by the posted quantity and records the
 * key; a start (whose operation is still PENDING) starts the operation under the key with the allocations the ledger
 * holds for it and its issued raised by the posted auto-issues (a start that failed before any posting only left
 * allocations: they do not count against its retry); a completion report or a reversal is computed again on the
 * order as read and must match the posted legs that do not depend on stock (consumption, scrap, receipt, reversals;
 * else {@link IdempotencyConflictException}, nothing written), while the order's counters take the posted issues
 * (the work in process or stock the first attempt drew from may have moved since). After it, every posted quantity
 * is reflected once: per material, issued = consumed + scrapped + returned + work in process with the ledger's
 * numbers.
 *
 * <p>Each completion report is atomic: its transactions are one ledger batch, and the order is saved only after
 * the batch was posted, so a report whose batch is refused posts nothing and leaves the order unchanged. So is the
 * reversal of a report ({@link #reverseReport}). A reversal whose key the order already records returns the current
 * order and that reversal's posted transactions if it names the same operation and report, else throws
 * {@link IdempotencyConflictException}. A retry of a report that was reversed since returns the current order and
 * the report's own (reversed) transactions; it does not post the report again.
 *
 * @since 0.1
 */
public final class ProductionService {
    private final ProductionOrderRepository orders;
    private final MaterialLedger ledger;
    private final ConsumptionPolicies policies;
    private final UnitOfWork unitOfWork;
    private final ConcurrentHashMap<ProductionOrderId, ReentrantLock> locks = new ConcurrentHashMap<>();

    /**
     * A service whose commands are not atomic across the two stores: the same as passing {@link UnitOfWork#none()}
     * (each store keeps its own guarantees; see the class documentation for what a failing save leaves). For the
     * in-memory stores pass {@link dev.mfg.core.memory.InMemoryUnitOfWork#of} to the four-argument constructor
     * instead.
     *
     * @param orders the order store
     * @param ledger the material ledger
     * @param policies the consumption policies
     */
    public ProductionService(ProductionOrderRepository orders, MaterialLedger ledger, ConsumptionPolicies policies) {
        this(orders, ledger, policies, UnitOfWork.none());
    }

    /**
     * A service that runs each command in one unit of work over {@code orders} and {@code ledger}.
     *
     * @param orders the order store
     * @param ledger the material ledger
     * @param policies the consumption policies
     * @param unitOfWork the unit of work spanning {@code orders} and {@code ledger}; {@link UnitOfWork#none()} if
     *     the stores offer none
     * @since 0.1
     */
    public ProductionService(ProductionOrderRepository orders, MaterialLedger ledger, ConsumptionPolicies policies,
            UnitOfWork unitOfWork) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /**
     * Stores a new PLANNED order.
     *
     * @param order the order
     * @return the order
     * @throws dev.mfg.core.error.ConcurrencyConflictException if the id exists
     * @throws dev.mfg.core.error.IllegalTransitionException if it is not PLANNED
     */
    public ProductionOrder create(ProductionOrder order) {
        if (order.status() != OrderStatus.PLANNED) {
            throw new dev.mfg.core.error.IllegalTransitionException("order " + order.id(), order.status().name(),
                    "create");
        }
        unitOfWork.inTransaction(() -> orders.save(order, 0));
        return order;
    }

    /**
     * @param id an order id
     * @return the stored order
     * @throws InvalidInputException with {@code REFERENCE_UNKNOWN} if absent
     */
    public ProductionOrder get(ProductionOrderId id) {
        return load(id).value();
    }

    /**
     * @param id the order
     * @param data master data
     * @param date the date selecting BOM and routing
     * @return the released order
     */
    public ProductionOrder release(ProductionOrderId id, MasterData data, LocalDate date) {
        return locked(id, () -> {
            Versioned<ProductionOrder> v = load(id);
            ProductionOrder next = ProductionEngine.release(v.value(), data, date);
            orders.save(next, v.version());
            return next;
        });
    }

    /**
     * Starts an operation (see {@link ProductionEngine#start}); with shortages nothing is written.
     *
     * @param id the order
     * @param operationNo the operation
     * @param lotChoice explicit lots per material
     * @param key the command key
     * @param at when
     * @return the result (on a retry: the current order, the operation's allocations and the posted auto-issues)
     * @throws IdempotencyConflictException if the key's postings are not this start's (another operation, order or
     *     time)
     */
    public StartResult start(ProductionOrderId id, int operationNo, Map<ItemId, String> lotChoice, String key,
            Instant at) {
        return locked(id, () -> {
            Versioned<ProductionOrder> v = load(id);
            ProductionOrder order = v.value();
            Optional<OrderOperation> op = order.operation(operationNo);
            if (op.isPresent() && op.get().startKey().map(key::equals).orElse(false)) {
                return new StartResult(order, Lists.immutable.empty(),
                        ledger.allocations(id.value()).select(a -> a.operation() == operationNo),
                        entries(key).collect(LedgerEntry::transaction));
            }
            ImmutableList<Allocation> before = ledger.allocations(id.value()).select(a -> a.operation() == operationNo);
            ImmutableList<LedgerEntry> posted = entries(key);
            if (posted.notEmpty() && op.isPresent() && op.get().status() == OperationStatus.PENDING) {
                // A start whose save failed after its ledger writes: reflect them, do not write them again.
                ImmutableList<MaterialTransaction> txs = posted.collect(LedgerEntry::transaction);
                if (txs.anySatisfy(t -> t.type() != TransactionType.ISSUE_TO_ORDER || t.isReversal()
                        || !t.order().map(id.value()::equals).orElse(false)
                        || t.operation().orElse(-1) != operationNo || !t.timestamp().equals(at))) {
                    throw new IdempotencyConflictException(key);
                }
                ProductionOrder next = ProductionEngine.reflectStart(order, operationNo, before, txs, ledger, key);
                orders.save(next, v.version());
                return new StartResult(next, Lists.immutable.empty(), before, txs);
            }
            // Allocations the operation holds while PENDING are left by a start whose save failed: they do not
            // count against it (allocate below replaces them).
            StartResult r = ProductionEngine.start(order, operationNo, withoutOwn(before), lotChoice, key, at);
            if (!r.started()) {
                return r;
            }
            ledger.allocate(id.value(), operationNo, r.allocations().castToList());
            try {
                if (r.transactions().notEmpty()) {
                    ledger.postBatch(r.transactions().castToList());
                }
            } catch (RuntimeException e) {
                ledger.allocate(id.value(), operationNo, before.castToList());
                throw e;
            }
            orders.save(r.order(), v.version());
            return r;
        });
    }

    /**
     * Posts one completion report on an operation (see {@link ProductionEngine#complete}): an operation takes
     * several reports, each under its own key; a report that {@link CompletionReport#closes() closes} it (the
     * default) or fills it closes it. Its transactions are posted as one atomic batch.
     *
     * @param id the order
     * @param operationNo the operation
     * @param report the report
     * @param key the command key of this report
     * @param at when
     * @return the order and the posted transactions (on a retry: the current order and the report's transactions)
     * @throws IdempotencyConflictException if the key was used for another report, another operation or a start
     */
    public Execution complete(ProductionOrderId id, int operationNo, CompletionReport report, String key,
            Instant at) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(at, "at");
        ProductionEngine.checkCommandKey(key);
        return locked(id, () -> {
            Versioned<ProductionOrder> v = load(id);
            ProductionOrder order = v.value();
            for (OrderOperation o : order.operations()) {
                Optional<OperationReport> prior = o.report(key);
                if (prior.isPresent()) {
                    if (o.no() != operationNo || !prior.get().sameAs(report, at)) {
                        throw new IdempotencyConflictException(key);
                    }
                    return new Execution(order, entries(key).collect(LedgerEntry::transaction));
                }
            }
            Optional<OrderOperation> op = order.operation(operationNo);
            if (op.isPresent() && op.get().reports().isEmpty()
                    && op.get().completionKey().map(key::equals).orElse(false)) {
                // Stored before reports were recorded: the key alone identifies the completion.
                return new Execution(order, entries(key).collect(LedgerEntry::transaction));
            }
            Execution e = postOrReconcile(id, ProductionEngine.complete(order, operationNo, report, policies,
                    Optional.of(ledger), key, at), key, at);
            if (e.order().status() == OrderStatus.COMPLETED) {
                ledger.releaseAllocations(id.value());
            }
            orders.save(e.order(), v.version());
            return e;
        });
    }

    /**
     * Reverses one completion report (see {@link ProductionEngine#reverseReport}): posts, as one atomic batch, the
     * reversal of every ledger entry the report posted (its transactions {@code reportKey/1}, {@code /2}, ...) and
     * the re-share that keeps the total over the live reports equal to one report of the live totals; then saves
     * the order without the report's pieces (the report stays recorded as reversed). A refused batch (the finished
     * goods it received were shipped since, say: {@link dev.mfg.core.inventory.LinkedBatchException} naming the
     * failing leg) writes nothing and leaves the order unchanged.
     *
     * <pre>{@code
     * service.complete(po, 10, CompletionReport.partial(BigDecimal.valueOf(40), BigDecimal.ZERO, Optional.empty()),
     *         "PO-1/10/shift-1", t1);          // mistyped: 40 instead of 4
     * service.reverseReport(po, 10, "PO-1/10/shift-1", "PO-1/10/shift-1/rev", t2);
     * service.complete(po, 10, CompletionReport.partial(BigDecimal.valueOf(4), BigDecimal.ZERO, Optional.empty()),
     *         "PO-1/10/shift-1b", t2);
     * }</pre>
     *
     * @param id the order, IN_PROGRESS or COMPLETED
     * @param operationNo the operation the report was posted on
     * @param reportKey the key the report was posted under
     * @param key the command key of the reversal
     * @param at when; not before the report's transactions
     * @return the order and the posted transactions (on a retry: the current order and the reversal's transactions)
     * @throws IdempotencyConflictException if the key was used for another reversal, a report or a start
     * @throws InvalidInputException {@code REPORT_UNKNOWN}, {@code REPORT_ALREADY_REVERSED},
     *     {@code REPORT_CONSUMED_DOWNSTREAM} (see the engine)
     * @throws dev.mfg.core.error.IllegalTransitionException if the order is on hold, cancelled or not started
     */
    public Execution reverseReport(ProductionOrderId id, int operationNo, String reportKey, String key, Instant at) {
        Objects.requireNonNull(reportKey, "reportKey");
        Objects.requireNonNull(at, "at");
        ProductionEngine.checkCommandKey(key);
        return locked(id, () -> {
            Versioned<ProductionOrder> v = load(id);
            ProductionOrder order = v.value();
            for (OrderOperation o : order.operations()) {
                Optional<ReportReversal> prior = Optional.ofNullable(o.reversals().detect(r -> r.key().equals(key)));
                if (prior.isPresent()) {
                    if (o.no() != operationNo || !prior.get().reportKey().equals(reportKey)) {
                        throw new IdempotencyConflictException(key);
                    }
                    return new Execution(order, entries(key).collect(LedgerEntry::transaction));
                }
            }
            Map<String, ImmutableList<LedgerEntry>> posted = new java.util.LinkedHashMap<>();
            for (OrderOperation o : order.operations()) {
                for (OperationReport r : o.reports()) {
                    posted.put(r.key(), entries(r.key()));
                }
                for (ReportReversal r : o.reversals()) {
                    posted.put(r.key(), entries(r.key()));
                }
            }
            Execution e = postOrReconcile(id, ProductionEngine.reverseReport(order, operationNo, reportKey, posted,
                    policies, Optional.of(ledger), key, at), key, at);
            orders.save(e.order(), v.version());
            return e;
        });
    }

    /**
     * Issues a material manually (see {@link ProductionEngine#issue}).
     *
     * @param id the order
     * @param operationNo the operation
     * @param component the material
     * @param quantity the quantity, material unit
     * @param lot the lot
     * @param key the command key
     * @param at when
     * @return the order and the transaction (on a retry: the current order and the posted transaction)
     * @throws IdempotencyConflictException if the key was used for another command
     */
    public Execution issue(ProductionOrderId id, int operationNo, ItemId component, BigDecimal quantity, String lot,
            String key, Instant at) {
        return single(id, key, TransactionType.ISSUE_TO_ORDER, operationNo, component, quantity, lot, at,
                order -> ProductionEngine.issue(order, operationNo, component, quantity, lot, key, at));
    }

    /**
     * Returns material to stock (see {@link ProductionEngine#returnToStock}).
     *
     * @param id the order
     * @param operationNo the operation
     * @param component the material
     * @param quantity the quantity, material unit
     * @param lot the lot
     * @param key the command key
     * @param at when
     * @return the order and the transaction (on a retry: the current order and the posted transaction)
     * @throws IdempotencyConflictException if the key was used for another command
     */
    public Execution returnToStock(ProductionOrderId id, int operationNo, ItemId component, BigDecimal quantity,
            String lot, String key, Instant at) {
        return single(id, key, TransactionType.RETURN_TO_STOCK, operationNo, component, quantity, lot, at,
                order -> ProductionEngine.returnToStock(order, operationNo, component, quantity, lot, key, at));
    }

    private Execution single(ProductionOrderId id, String key, TransactionType type, int operationNo,
            ItemId component, BigDecimal quantity, String lot, Instant at,
            java.util.function.Function<ProductionOrder, Execution> command) {
        ProductionEngine.checkCommandKey(key);
        return locked(id, () -> {
            Versioned<ProductionOrder> v = load(id);
            Optional<LedgerEntry> prior = ledger.find(key + "/1");
            if (prior.isPresent()) {
                MaterialTransaction t = prior.get().transaction();
                boolean same = t.type() == type && t.order().map(id.value()::equals).orElse(false)
                        && t.operation().orElse(-1) == operationNo && t.item().equals(component)
                        && t.quantity().amount().compareTo(quantity) == 0 && t.lot().equals(lot)
                        && t.timestamp().equals(at) && !t.isReversal();
                if (!same) {
                    throw new IdempotencyConflictException(key);
                }
                ProductionOrder order = v.value();
                boolean reflected = order.operation(operationNo).flatMap(o -> o.material(component))
                        .map(m -> m.commandKeys().contains(key)).orElse(false);
                if (reflected) {
                    return new Execution(order, Lists.immutable.of(t));
                }
                // Posted, but the order's save failed: apply the posting to the order as read now, save it.
                ProductionOrder next = ProductionEngine.reflect(order, t, key);
                orders.save(next, v.version());
                return new Execution(next, Lists.immutable.of(t));
            }
            Execution e = command.apply(v.value());
            ledger.postBatch(e.transactions().castToList());
            orders.save(e.order(), v.version());
            return e;
        });
    }

    /**
     * @param id an IN_PROGRESS order
     * @return the order on QUALITY_HOLD
     */
    public ProductionOrder hold(ProductionOrderId id) {
        return move(id, ProductionEngine::hold);
    }

    /**
     * @param id an order on hold
     * @return the order IN_PROGRESS
     */
    public ProductionOrder resume(ProductionOrderId id) {
        return move(id, ProductionEngine::resume);
    }

    /**
     * Cancels an order and releases its allocations.
     *
     * @param id an open order
     * @return the CANCELLED order
     */
    public ProductionOrder cancel(ProductionOrderId id) {
        return locked(id, () -> {
            Versioned<ProductionOrder> v = load(id);
            ProductionOrder next = ProductionEngine.cancel(v.value());
            ledger.releaseAllocations(id.value());
            orders.save(next, v.version());
            return next;
        });
    }

    /**
     * Posts a backflush of shipped goods (see {@link ProductionEngine#backflushShipped}); a second call with the
     * same key replays.
     *
     * @param data master data
     * @param item the shipped product
     * @param quantity the shipped quantity
     * @param date the date selecting BOM and routing
     * @param buildRef the build reference
     * @param location the location
     * @param key the command key
     * @param at when
     * @return the entries
     */
    public ImmutableList<LedgerEntry> backflushShipped(MasterData data, ItemId item, BigDecimal quantity,
            LocalDate date, String buildRef, String location, String key, Instant at) {
        // Lots are chosen from current stock, so a retry reuses the posted legs instead of recomputing them.
        ProductionEngine.checkCommandKey(key);
        return unitOfWork.inTransaction(() -> {
            ImmutableList<LedgerEntry> posted = entries(key);
            if (posted.notEmpty()) {
                return posted;
            }
            ImmutableList<MaterialTransaction> txs = ProductionEngine.backflushShipped(data, item, quantity, date,
                    buildRef, location, Optional.of(ledger), key, at);
            return ledger.postBatch(txs.castToList());
        });
    }

    private ProductionOrder move(ProductionOrderId id, java.util.function.UnaryOperator<ProductionOrder> f) {
        return locked(id, () -> {
            Versioned<ProductionOrder> v = load(id);
            ProductionOrder next = f.apply(v.value());
            orders.save(next, v.version());
            return next;
        });
    }

    /**
     * Posts a report's or reversal's transactions as one batch, or, if the ledger already holds transactions under
     * {@code key} while the order does not record the command (its save failed after the batch was posted), takes
     * those: what the command consumes, scraps, receives and reverses does not depend on stock, so it must match the
     * posted legs, else the key names another command ({@link IdempotencyConflictException}, nothing written); the
     * issues may differ (work in process or stock moved since), so the order's counters take the posted ones.
     */
    private Execution postOrReconcile(ProductionOrderId id, Execution e, String key, Instant at) {
        ImmutableList<LedgerEntry> posted = entries(key);
        if (posted.isEmpty()) {
            if (e.transactions().notEmpty()) {
                ledger.postBatch(e.transactions().castToList());
            }
            return e;
        }
        ImmutableList<MaterialTransaction> txs = posted.collect(LedgerEntry::transaction);
        if (!reportLegs(e.transactions()).equals(reportLegs(txs)) || txs.anySatisfy(t -> !t.timestamp().equals(at)
                || !t.order().map(id.value()::equals).orElse(false))) {
            throw new IdempotencyConflictException(key);
        }
        ProductionOrder next = ProductionEngine.recount(e.order(), e.transactions(), txs);
        ImmutableList<MaterialTransaction> computedIssues = e.transactions()
                .select(t -> t.type() == TransactionType.ISSUE_TO_ORDER);
        ImmutableList<MaterialTransaction> postedIssues = txs.select(t -> t.type() == TransactionType.ISSUE_TO_ORDER);
        if (!computedIssues.equals(postedIssues) && next.status() != OrderStatus.COMPLETED) {
            // The posted issues drew the ledger's allocations down, not the computed ones: the order takes the
            // ledger's allocations of the operations they touched.
            ImmutableList<Allocation> held = ledger.allocations(id.value());
            for (int op : postedIssues.newWithAll(computedIssues).collect(t -> t.operation().orElse(-1)).distinct()) {
                if (next.operation(op).isPresent()) {
                    int no = op;
                    next = ProductionEngine.withLedgerAllocations(next, no, held.select(a -> a.operation() == no),
                            ledger);
                }
            }
        }
        return new Execution(next, txs);
    }

    /** The legs of a report that do not depend on stock (all but issues), as sorted comparable strings. */
    private static List<String> reportLegs(ImmutableList<MaterialTransaction> txs) {
        return txs.reject(t -> t.type() == TransactionType.ISSUE_TO_ORDER)
                .collect(t -> t.type() + "|" + t.isReversal() + "|" + t.item() + "|" + t.operation().orElse(-1) + "|"
                        + t.quantity().amount().stripTrailingZeros().toPlainString() + "|" + t.quantity().uom())
                .toSortedList();
    }

    /** The ledger as a stock view in which {@code own} allocations do not hold stock. */
    private StockView withoutOwn(ImmutableList<Allocation> own) {
        if (own.isEmpty()) {
            return ledger;
        }
        return (item, location) -> ledger.lots(item, location).collect(l -> {
            BigDecimal mine = own.select(a -> a.stock().equals(StockKey.of(item, location, l.lot())))
                    .injectInto(BigDecimal.ZERO, (s, a) -> s.add(a.quantity()));
            return mine.signum() == 0 ? l : new LotStock(l.lot(), l.onHand(), l.allocated().subtract(mine).max(
                    BigDecimal.ZERO));
        });
    }

    private ImmutableList<LedgerEntry> entries(String key) {
        List<LedgerEntry> out = new ArrayList<>();
        for (int n = 1;; n++) {
            Optional<LedgerEntry> e = ledger.find(key + "/" + n);
            if (e.isEmpty()) {
                return Lists.immutable.withAll(out);
            }
            out.add(e.get());
        }
    }

    private Versioned<ProductionOrder> load(ProductionOrderId id) {
        Objects.requireNonNull(id, "id");
        return orders.findVersioned(id).orElseThrow(() -> InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN,
                "order", id, "The production order (" + id + ") does not exist."));
    }

    /** Runs one command in the unit of work, holding the order's lock inside it. */
    private <T> T locked(ProductionOrderId id, Supplier<T> body) {
        ReentrantLock lock = locks.computeIfAbsent(Objects.requireNonNull(id, "id"), k -> new ReentrantLock());
        return unitOfWork.inTransaction(() -> {
            lock.lock();
            try {
                return body.get();
            } finally {
                lock.unlock();
            }
        });
    }
}
