package dev.mfg.core.memory;

import dev.mfg.core.error.BackdatedPostingException;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.Balances;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerOptions;
import dev.mfg.core.inventory.LegResult;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.LotStock;
import dev.mfg.core.inventory.LotUse;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.inventory.WipKey;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.UomCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.spi.MaterialLedger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The in-memory {@link MaterialLedger}. Thread-safe and linearizable.
 *
 * <p>Concurrency: one {@link ReentrantLock} guards every read and write, so each post, batch, allocation and
 * query takes effect at a single instant; there is no lock ordering to get wrong. Validation of a whole batch
 * (idempotency, unit category, backdating, every touched balance's prefixes) runs on staged deltas before the
 * first change, so a rejected command writes nothing.
 *
 * <p>Prefix check: per balance key the ledger keeps the deltas ordered by (timestamp, sequence). An entry dated
 * at or after the key's last one is checked against the running balance in O(1); a backdated one replays the
 * key's history from the start (O(entries of that key)).
 *
 * <p>Reversals are validated against their original in the same staged pass (target known, not a reversal, not
 * yet reversed, same effect-determining fields, not dated before it), and then go through the same unit,
 * backdating and prefix checks as any posting with their negated effects. A reversal may undo an earlier leg of
 * the same batch. A reversed issue does not restore the allocations the issue drew down. Lot traceability nets a
 * reversal against its original, so a reversed use disappears.
 *
 * <p>Unit of work: inside an {@link InMemoryUnitOfWork} the unit's thread holds the ledger's lock from begin to
 * end (other threads' reads and writes wait), and every write records in an undo log what it changed (entries,
 * keys, balances, prefix histories, allocations, sequence), so a rollback restores the ledger exactly. Outside a
 * unit nothing is recorded.
 *
 * @since 0.1
 */
public final class InMemoryMaterialLedger implements MaterialLedger {
    private final LedgerOptions options;
    private final ReentrantLock lock = new ReentrantLock();
    private final TreeMap<Point, LedgerEntry> log = new TreeMap<>();
    private final Map<String, LedgerEntry> byKey = new HashMap<>();
    /** Original key → the entry that reversed it. */
    private final Map<String, LedgerEntry> reversedBy = new HashMap<>();
    private final Map<Object, TreeMap<Point, BigDecimal>> history = new HashMap<>();
    private final TreeMap<StockKey, BigDecimal> stock = new TreeMap<>();
    private final TreeMap<WipKey, BigDecimal> wip = new TreeMap<>();
    private final Map<StockKey, Long> firstReceipt = new HashMap<>();
    private final Map<ItemId, UomCategory> categories = new HashMap<>();
    private final TreeMap<AllocKey, BigDecimal> allocations = new TreeMap<>();
    private final Map<StockKey, BigDecimal> allocatedByStock = new HashMap<>();
    private long nextSequence = 1;
    private Optional<Instant> latest = Optional.empty();
    /** Undo log of an open {@link InMemoryUnitOfWork}; guarded by {@link #lock}. */
    private final UndoJournal journal = new UndoJournal();

    /** Creates an empty ledger with {@link LedgerOptions#defaults()}. */
    public InMemoryMaterialLedger() {
        this(LedgerOptions.defaults());
    }

    /**
     * @param options negative-stock policy and backdating window
     */
    public InMemoryMaterialLedger(LedgerOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Posting order: timestamp, then sequence. */
    private record Point(Instant at, long sequence) implements Comparable<Point> {
        private static final Comparator<Point> ORDER = Comparator.comparing(Point::at)
                .thenComparingLong(Point::sequence);

        @Override
        public int compareTo(Point o) {
            return ORDER.compare(this, o);
        }
    }

    private record AllocKey(String order, int operation, StockKey stock) implements Comparable<AllocKey> {
        private static final Comparator<AllocKey> ORDER = Comparator.comparing(AllocKey::order)
                .thenComparingInt(AllocKey::operation).thenComparing(AllocKey::stock);

        @Override
        public int compareTo(AllocKey o) {
            return ORDER.compare(this, o);
        }
    }

    private record Failure(int index, RuntimeException error) {}

    @Override
    public LedgerEntry post(MaterialTransaction transaction) {
        Objects.requireNonNull(transaction, "transaction");
        lock.lock();
        try {
            Object r = tryPost(List.of(transaction));
            if (r instanceof Failure) {
                throw ((Failure) r).error();
            }
            @SuppressWarnings("unchecked")
            List<LedgerEntry> entries = (List<LedgerEntry>) r;
            return entries.get(0);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ImmutableList<LedgerEntry> postBatch(List<MaterialTransaction> transactions) {
        Objects.requireNonNull(transactions, "transactions");
        if (transactions.isEmpty()) {
            throw InvalidInputException.of(RuleCode.VALUE_MISSING, "batch", "[]", "A batch needs at least one leg.");
        }
        transactions.forEach(t -> Objects.requireNonNull(t, "transactions[]"));
        lock.lock();
        try {
            Object r = tryPost(transactions);
            if (r instanceof Failure) {
                Failure f = (Failure) r;
                List<LegResult> legs = new ArrayList<>();
                for (int i = 0; i < transactions.size(); i++) {
                    legs.add(new LegResult(i, transactions.get(i).key(),
                            i == f.index() ? ruleOf(f.error()) : LegResult.LINKED_FAILED));
                }
                throw new LinkedBatchException(Lists.immutable.withAll(legs), f.index(), f.error());
            }
            @SuppressWarnings("unchecked")
            List<LedgerEntry> entries = (List<LedgerEntry>) r;
            return Lists.immutable.withAll(entries);
        } finally {
            lock.unlock();
        }
    }

    private static String ruleOf(RuntimeException e) {
        if (e instanceof InvalidInputException) {
            return ((InvalidInputException) e).rule();
        }
        if (e instanceof InsufficientStockException) {
            return "INSUFFICIENT_STOCK";
        }
        if (e instanceof IdempotencyConflictException) {
            return "IDEMPOTENCY_CONFLICT";
        }
        if (e instanceof BackdatedPostingException) {
            return "BACKDATED";
        }
        return e.getClass().getSimpleName();
    }

    /** Validates everything on staged state, then commits; returns the entries or a {@link Failure}. */
    private Object tryPost(List<MaterialTransaction> txs) {
        List<LedgerEntry> results = new ArrayList<>(txs.size());
        List<LedgerEntry> fresh = new ArrayList<>();
        Map<String, LedgerEntry> batchKeys = new HashMap<>();
        Map<String, LedgerEntry> stagedReversedBy = new HashMap<>();
        Map<Object, TreeMap<Point, BigDecimal>> staged = new HashMap<>();
        Map<ItemId, UomCategory> stagedCategories = new HashMap<>();
        long seq = nextSequence;
        for (int i = 0; i < txs.size(); i++) {
            MaterialTransaction tx = txs.get(i);
            LedgerEntry existing = byKey.get(tx.key());
            if (existing == null) {
                existing = batchKeys.get(tx.key());
            }
            if (existing != null) {
                if (existing.transaction().equals(tx)) {
                    results.add(existing);
                    continue;
                }
                return new Failure(i, new IdempotencyConflictException(tx.key()));
            }
            if (tx.isReversal()) {
                RuntimeException error = checkReversal(tx, batchKeys, stagedReversedBy);
                if (error != null) {
                    return new Failure(i, error);
                }
            }
            UomCategory category = tx.quantity().uom().category();
            UomCategory known = categories.getOrDefault(tx.item(), stagedCategories.get(tx.item()));
            if (known != null && known != category) {
                return new Failure(i, InvalidInputException.of(RuleCode.UOM_INCOMPATIBLE,
                        "transaction[" + tx.key() + "].quantity.uom", tx.quantity().uom(),
                        "The item (" + tx.item() + ") is kept in (" + known + ") units, not in ("
                                + tx.quantity().uom() + ").\nMaybe convert the quantity first."));
            }
            if (options.backdatingWindow().isPresent() && latest.isPresent()) {
                Instant cutoff = latest.get().minus(options.backdatingWindow().get());
                if (tx.timestamp().isBefore(cutoff)) {
                    return new Failure(i, new BackdatedPostingException(tx.timestamp().toString(), cutoff.toString()));
                }
            }
            LedgerEntry entry = new LedgerEntry(seq++, tx);
            Point point = new Point(tx.timestamp(), entry.sequence());
            for (Map.Entry<Object, BigDecimal> effect : effects(tx).entrySet()) {
                Object key = effect.getKey();
                TreeMap<Point, BigDecimal> deltas = staged.computeIfAbsent(key, k -> new TreeMap<>());
                deltas.merge(point, effect.getValue(), BigDecimal::add);
                if (effect.getValue().signum() < 0) {
                    RuntimeException error = checkPrefixes(key, deltas, tx);
                    if (error != null) {
                        return new Failure(i, error);
                    }
                }
            }
            stagedCategories.put(tx.item(), category);
            batchKeys.put(tx.key(), entry);
            if (tx.isReversal()) {
                stagedReversedBy.put(tx.reverses().orElseThrow(), entry);
            }
            fresh.add(entry);
            results.add(entry);
        }
        if (journal.active()) {
            long oldSequence = nextSequence;
            Optional<Instant> oldLatest = latest;
            journal.record(() -> {
                nextSequence = oldSequence;
                latest = oldLatest;
            });
        }
        for (LedgerEntry e : fresh) {
            commit(e);
        }
        nextSequence = seq;
        return results;
    }

    /** Null when the reversal may be posted as far as its original is concerned. */
    private RuntimeException checkReversal(MaterialTransaction tx, Map<String, LedgerEntry> batchKeys,
            Map<String, LedgerEntry> stagedReversedBy) {
        String target = tx.reverses().orElseThrow();
        String path = "transaction[" + tx.key() + "]";
        LedgerEntry original = byKey.get(target);
        if (original == null) {
            original = batchKeys.get(target);
        }
        if (original == null) {
            return InvalidInputException.of(RuleCode.REVERSAL_TARGET_UNKNOWN, path + ".reverses", target,
                    "The reversal (" + tx.key() + ") names an entry (" + target + ") that is not in the ledger."
                            + "\nMaybe post the original first, or check the key.");
        }
        MaterialTransaction o = original.transaction();
        if (o.isReversal()) {
            return InvalidInputException.of(RuleCode.REVERSAL_OF_REVERSAL, path + ".reverses", target,
                    "The entry (" + target + ") is itself a reversal (of " + o.reverses().orElseThrow()
                            + ") and cannot be reversed.\nMaybe post the original again under a new key instead.");
        }
        LedgerEntry by = reversedBy.get(target);
        if (by == null) {
            by = stagedReversedBy.get(target);
        }
        if (by != null) {
            return InvalidInputException.of(RuleCode.REVERSAL_ALREADY_REVERSED, path + ".reverses", target,
                    "The entry (" + target + ") was already reversed by (" + by.transaction().key()
                            + "); an entry is reversed at most once.\nMaybe post the original again under a new key"
                            + " and reverse that.");
        }
        Optional<String> mismatch = tx.reversalMismatch(o);
        if (mismatch.isPresent()) {
            String field = mismatch.get();
            return InvalidInputException.of(RuleCode.REVERSAL_MISMATCH, path + "." + field,
                    tx.reversalFieldText(field), "The reversal (" + tx.key() + ") has " + field + " ("
                            + tx.reversalFieldText(field) + ") but the entry it reverses (" + target + ") has ("
                            + o.reversalFieldText(field) + ")."
                            + "\nMaybe build it with MaterialTransaction.reversalOf(entry, key, timestamp).");
        }
        if (tx.timestamp().isBefore(o.timestamp())) {
            return InvalidInputException.of(RuleCode.REVERSAL_BEFORE_ORIGINAL, path + ".timestamp", tx.timestamp(),
                    "The reversal (" + tx.key() + ") is dated (" + tx.timestamp() + "), before the entry it reverses ("
                            + target + ", " + o.timestamp() + ").");
        }
        return null;
    }

    private static Map<Object, BigDecimal> effects(MaterialTransaction tx) {
        Map<Object, BigDecimal> m = new LinkedHashMap<>();
        BigDecimal s = tx.stockDelta();
        if (s.signum() != 0) {
            m.put(StockKey.of(tx.item(), tx.location(), tx.lot()), s);
        }
        BigDecimal to = tx.toLocationDelta();
        if (to.signum() != 0) {
            m.put(StockKey.of(tx.item(), tx.toLocation().orElseThrow(), tx.lot()), to);
        }
        BigDecimal w = tx.wipDelta();
        if (w.signum() != 0) {
            m.put(new WipKey(tx.order().orElseThrow(), tx.item()), w);
        }
        return m;
    }

    /** Null when every prefix of history ∪ staged stays ≥ 0 (or the key may go negative). */
    private RuntimeException checkPrefixes(Object key, TreeMap<Point, BigDecimal> stagedDeltas,
            MaterialTransaction tx) {
        boolean isWip = key instanceof WipKey;
        if (!isWip && options.allowsNegative(((StockKey) key).item())) {
            return null;
        }
        TreeMap<Point, BigDecimal> hist = history.get(key);
        BigDecimal min;
        if (hist == null || hist.isEmpty() || hist.lastKey().compareTo(stagedDeltas.firstKey()) < 0) {
            BigDecimal running = isWip ? wip.getOrDefault((WipKey) key, BigDecimal.ZERO)
                    : stock.getOrDefault((StockKey) key, BigDecimal.ZERO);
            min = running;
            for (BigDecimal d : stagedDeltas.values()) {
                running = running.add(d);
                min = min.min(running);
            }
        } else {
            min = mergedMinimum(hist, stagedDeltas);
        }
        if (min.signum() >= 0) {
            return null;
        }
        BigDecimal shortBy = Decimals.strip(min.negate());
        if (isWip) {
            WipKey w = (WipKey) key;
            return InvalidInputException.of(RuleCode.RETURN_EXCEEDS_ISSUED, "transaction[" + tx.key() + "].quantity",
                    tx.quantity(), "The " + (tx.isReversal() ? "reversal of " + tx.type() + " " + tx.reverses().get()
                            : tx.type().toString()) + " (" + tx.quantity() + ") of item (" + w.item()
                            + ") exceeds what order (" + w.order() + ") holds in work in process, by ("
                            + shortBy.toPlainString() + ")."
                            + (tx.isReversal() ? "\nMaybe reverse the later consumption, scrap or return first."
                                    : "\nMaybe issue the material first."));
        }
        StockKey k = (StockKey) key;
        return new InsufficientStockException(k.item().value(), k.location() + (k.lot().isEmpty() ? "" : "/" + k.lot()),
                shortBy);
    }

    private static BigDecimal mergedMinimum(TreeMap<Point, BigDecimal> a, TreeMap<Point, BigDecimal> b) {
        Iterator<Map.Entry<Point, BigDecimal>> ia = a.entrySet().iterator();
        Iterator<Map.Entry<Point, BigDecimal>> ib = b.entrySet().iterator();
        Map.Entry<Point, BigDecimal> ea = ia.hasNext() ? ia.next() : null;
        Map.Entry<Point, BigDecimal> eb = ib.hasNext() ? ib.next() : null;
        BigDecimal running = BigDecimal.ZERO;
        BigDecimal min = BigDecimal.ZERO;
        while (ea != null || eb != null) {
            if (eb == null || (ea != null && ea.getKey().compareTo(eb.getKey()) <= 0)) {
                running = running.add(ea.getValue());
                ea = ia.hasNext() ? ia.next() : null;
            } else {
                running = running.add(eb.getValue());
                eb = ib.hasNext() ? ib.next() : null;
            }
            min = min.min(running);
        }
        return min;
    }

    private void commit(LedgerEntry e) {
        MaterialTransaction tx = e.transaction();
        Point point = new Point(tx.timestamp(), e.sequence());
        journal.remember(log, point);
        log.put(point, e);
        journal.remember(byKey, tx.key());
        byKey.put(tx.key(), e);
        tx.reverses().ifPresent(r -> {
            journal.remember(reversedBy, r);
            reversedBy.put(r, e);
        });
        journal.remember(categories, tx.item());
        categories.putIfAbsent(tx.item(), tx.quantity().uom().category());
        for (Map.Entry<Object, BigDecimal> effect : effects(tx).entrySet()) {
            journal.remember(history, effect.getKey());
            TreeMap<Point, BigDecimal> deltas = history.computeIfAbsent(effect.getKey(), k -> new TreeMap<>());
            journal.remember(deltas, point);
            deltas.put(point, effect.getValue());
            if (effect.getKey() instanceof WipKey) {
                journal.remember(wip, (WipKey) effect.getKey());
                wip.merge((WipKey) effect.getKey(), effect.getValue(), InMemoryMaterialLedger::sumOrNull);
            } else {
                StockKey k = (StockKey) effect.getKey();
                journal.remember(stock, k);
                stock.merge(k, effect.getValue(), InMemoryMaterialLedger::sumOrNull);
                if (effect.getValue().signum() > 0) {
                    journal.remember(firstReceipt, k);
                    firstReceipt.putIfAbsent(k, e.sequence());
                }
            }
        }
        if (tx.type() == TransactionType.ISSUE_TO_ORDER && !tx.isReversal()) {
            drawDownAllocations(tx);
        }
        if (latest.isEmpty() || tx.timestamp().isAfter(latest.get())) {
            latest = Optional.of(tx.timestamp());
        }
    }

    private static BigDecimal sumOrNull(BigDecimal a, BigDecimal b) {
        BigDecimal s = a.add(b);
        return s.signum() == 0 ? null : Decimals.strip(s);
    }

    private void drawDownAllocations(MaterialTransaction tx) {
        StockKey sk = StockKey.of(tx.item(), tx.location(), tx.lot());
        BigDecimal remaining = tx.baseQuantity();
        String order = tx.order().orElseThrow();
        List<AllocKey> candidates = new ArrayList<>();
        for (AllocKey k : allocations.subMap(new AllocKey(order, Integer.MIN_VALUE, sk), true,
                new AllocKey(order, Integer.MAX_VALUE, sk), true).keySet()) {
            if (k.stock().equals(sk)) {
                candidates.add(k);
            }
        }
        if (tx.operation().isPresent()) {
            candidates.sort(Comparator.comparing((AllocKey k) -> k.operation() != tx.operation().getAsInt()));
        }
        for (AllocKey k : candidates) {
            if (remaining.signum() <= 0) {
                break;
            }
            BigDecimal have = allocations.get(k);
            BigDecimal take = have.min(remaining);
            remaining = remaining.subtract(take);
            setAllocation(k, have.subtract(take));
        }
    }

    private void setAllocation(AllocKey k, BigDecimal quantity) {
        journal.remember(allocations, k);
        journal.remember(allocatedByStock, k.stock());
        BigDecimal old = allocations.getOrDefault(k, BigDecimal.ZERO);
        if (quantity.signum() == 0) {
            allocations.remove(k);
        } else {
            allocations.put(k, Decimals.strip(quantity));
        }
        allocatedByStock.merge(k.stock(), quantity.subtract(old), InMemoryMaterialLedger::sumOrNull);
    }

    /**
     * Opens a unit of work on this ledger for the calling thread ({@link InMemoryUnitOfWork}): takes the ledger's
     * lock, held until {@link #endUnit}, so no other thread reads or writes the ledger meanwhile, and records how to
     * undo every write. Nests (each level a savepoint).
     */
    void beginUnit() {
        journal.beginUnder(lock);
    }

    /**
     * Closes the innermost unit opened by {@link #beginUnit} on this thread and releases the lock once.
     *
     * @param commit true to keep its writes, false to undo them
     */
    void endUnit(boolean commit) {
        journal.endUnder(lock, commit);
    }

    @Override
    public Optional<LedgerEntry> find(String key) {
        Objects.requireNonNull(key, "key");
        lock.lock();
        try {
            return Optional.ofNullable(byKey.get(key));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<LedgerEntry> reversalOf(String key) {
        Objects.requireNonNull(key, "key");
        lock.lock();
        try {
            return Optional.ofNullable(reversedBy.get(key));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ImmutableList<LedgerEntry> entries() {
        lock.lock();
        try {
            return Lists.immutable.withAll(log.values());
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return log.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Balances balances() {
        lock.lock();
        try {
            return new Balances(stock, wip);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public BigDecimal onHand(StockKey key) {
        Objects.requireNonNull(key, "key");
        lock.lock();
        try {
            return stock.getOrDefault(key, BigDecimal.ZERO);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public BigDecimal wip(String order, ItemId item) {
        lock.lock();
        try {
            return wip.getOrDefault(new WipKey(order, item), BigDecimal.ZERO);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ImmutableList<LotStock> lots(ItemId item, String location) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(location, "location");
        lock.lock();
        try {
            List<StockKey> keys = new ArrayList<>(stock.subMap(StockKey.of(item, location, ""), true,
                    StockKey.of(item, location + "\u0000", ""), false).keySet());
            keys.removeIf(k -> stock.get(k).signum() <= 0);
            keys.sort(Comparator.comparingLong((StockKey k) -> firstReceipt.getOrDefault(k, Long.MAX_VALUE))
                    .thenComparing(StockKey::lot));
            return Lists.immutable.withAll(keys).collect(k -> new LotStock(k.lot(), stock.get(k),
                    allocatedByStock.getOrDefault(k, BigDecimal.ZERO)));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void allocate(String order, int operation, List<Allocation> requested) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(requested, "requested");
        Map<StockKey, BigDecimal> wanted = new TreeMap<>();
        for (Allocation a : requested) {
            if (!a.order().equals(order) || a.operation() != operation) {
                throw new IllegalArgumentException("The allocation (" + a + ") is not for order (" + order
                        + ") operation (" + operation + ").");
            }
            wanted.merge(a.stock(), a.quantity(), BigDecimal::add);
        }
        lock.lock();
        try {
            for (Map.Entry<StockKey, BigDecimal> w : wanted.entrySet()) {
                BigDecimal mine = allocations.getOrDefault(new AllocKey(order, operation, w.getKey()), BigDecimal.ZERO);
                BigDecimal others = allocatedByStock.getOrDefault(w.getKey(), BigDecimal.ZERO).subtract(mine);
                BigDecimal available = stock.getOrDefault(w.getKey(), BigDecimal.ZERO).subtract(others);
                if (available.compareTo(w.getValue()) < 0) {
                    StockKey k = w.getKey();
                    throw new InsufficientStockException(k.item().value(),
                            k.location() + (k.lot().isEmpty() ? "" : "/" + k.lot()),
                            Decimals.strip(w.getValue().subtract(available.max(BigDecimal.ZERO))));
                }
            }
            for (AllocKey k : new ArrayList<>(allocations.keySet())) {
                if (k.order().equals(order) && k.operation() == operation) {
                    setAllocation(k, BigDecimal.ZERO);
                }
            }
            wanted.forEach((k, q) -> setAllocation(new AllocKey(order, operation, k), q));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void releaseAllocations(String order) {
        Objects.requireNonNull(order, "order");
        lock.lock();
        try {
            for (AllocKey k : new ArrayList<>(allocations.keySet())) {
                if (k.order().equals(order)) {
                    setAllocation(k, BigDecimal.ZERO);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public ImmutableList<Allocation> allocations(String order) {
        Objects.requireNonNull(order, "order");
        lock.lock();
        try {
            List<Allocation> out = new ArrayList<>();
            allocations.forEach((k, q) -> {
                if (k.order().equals(order)) {
                    out.add(new Allocation(k.order(), k.operation(), k.stock(), q));
                }
            });
            return Lists.immutable.withAll(out);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public BigDecimal allocated(StockKey key) {
        lock.lock();
        try {
            return allocatedByStock.getOrDefault(key, BigDecimal.ZERO);
        } finally {
            lock.unlock();
        }
    }

    private record UseKey(String order, OptionalInt operation, Optional<WorkCenterId> workCenter, ItemId item,
            String lot) {}

    @Override
    public ImmutableList<LotUse> usesOfLot(ItemId item, String lot) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lot, "lot");
        return uses(t -> t.item().equals(item) && t.lot().equals(lot));
    }

    @Override
    public ImmutableList<LotUse> lotsUsedBy(String order) {
        Objects.requireNonNull(order, "order");
        return uses(t -> t.order().map(order::equals).orElse(false));
    }

    private ImmutableList<LotUse> uses(java.util.function.Predicate<MaterialTransaction> filter) {
        lock.lock();
        try {
            Map<UseKey, BigDecimal> net = new LinkedHashMap<>();
            for (LedgerEntry e : log.values()) {
                MaterialTransaction t = e.transaction();
                if (!filter.test(t)) {
                    continue;
                }
                BigDecimal sign;
                if (t.type() == TransactionType.ISSUE_TO_ORDER) {
                    sign = BigDecimal.ONE;
                } else if (t.type() == TransactionType.RETURN_TO_STOCK) {
                    sign = BigDecimal.ONE.negate();
                } else {
                    continue;
                }
                if (t.isReversal()) {
                    sign = sign.negate();
                }
                net.merge(new UseKey(t.order().orElseThrow(), t.operation(), t.workCenter(), t.item(), t.lot()),
                        t.baseQuantity().multiply(sign), BigDecimal::add);
            }
            List<LotUse> out = new ArrayList<>();
            net.forEach((k, q) -> {
                if (q.signum() != 0) {
                    out.add(new LotUse(k.order(), k.operation(), k.workCenter(), k.item(), k.lot(), Decimals.strip(q)));
                }
            });
            return Lists.immutable.withAll(out);
        } finally {
            lock.unlock();
        }
    }
}
