package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.BOX;
import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.LABEL;
import static dev.mfg.core.production.ExecFixtures.MAIN;
import static dev.mfg.core.production.ExecFixtures.PLA;
import static dev.mfg.core.production.ExecFixtures.SHIP_LABEL;
import static dev.mfg.core.production.ExecFixtures.T0;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.error.InsufficientStockException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.ManufacturingException;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LedgerFold;
import dev.mfg.core.inventory.LinkedBatchException;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.memory.InMemoryMaterialLedger;
import dev.mfg.core.memory.InMemoryProductionOrderRepository;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Stateful property: generated command sequences (receipts, outbound adjustments incl. backdated ones, release,
 * start (also overlapping: on what the predecessor delivered so far), partial and closing completion reports with
 * scrap, over-reports, manual issue, return, hold/resume, cancel, retries of earlier commands with the same key,
 * conflicting reuse of a key (ledger and report keys), batches with a bad leg, reversals of earlier reports (also
 * of reversed ones, on the wrong operation, under a report whose pieces a later operation processed)) run against the in-memory stores
 * through {@link ProductionService}, side by side with a small reference model of order and operation states, of
 * cumulative good / scrap / quantity in per operation, of received finished goods, of the consumed and scrapped
 * quantity per material (hand formulas of the policies, independent of the engine) and of stock totals. After EVERY
 * step:
 * <ol>
 *   <li>a rejected command left the canonical state hash unchanged;</li>
 *   <li>the order/operation states equal the model's, and a move the model calls illegal was rejected with
 *       {@link IllegalTransitionException} (and a legal one never was);</li>
 *   <li>balance = fold of the ledger; no stock prefix negative in posting order; no negative WIP;</li>
 *   <li>material conservation per (order, component): the order's issued / consumed / scrapped / returned
 *       counters equal the ledger's sums of ISSUE_TO_ORDER / CONSUMPTION / SCRAP / RETURN_TO_STOCK, and the
 *       ledger's WIP equals Σ (issued − consumed − scrapped − returned);</li>
 *   <li>stock totals per item equal the model: receipts − adjustments out − Σ orders (issued − returned)
 *       + finished goods received;</li>
 *   <li>a retry of a command that wrote changes nothing (no double backflush); reusing a key with another payload
 *       throws {@link IdempotencyConflictException}; a batch with a bad leg applies nothing.</li>
 * </ol>
 */
class ProductionStatefulProperties {
    /** Each example is a whole sequence of up to 40 commands, so a sixth of the module's example budget. */
    static final int EXAMPLES = Math.max(20, Integer.getInteger("QT_EXAMPLES", 1000) / 6);
    static final ItemId[] COMPONENTS = {PLA, LABEL, BOX, SHIP_LABEL};
    static final Uom[] UNITS = {Uom.G, Uom.EA, Uom.EA, Uom.EA};
    static final String[] ORDERS = {"PO-A", "PO-B"};
    static final int[] OPS = {10, 20, 30, 40, 50};

    @Test
    void commandSequences_keepEveryInvariant() {
        qt().withExamples(EXAMPLES).forAll(lists().of(integers().between(0, Integer.MAX_VALUE - 1))
                .ofSizeBetween(1, 40)).checkAssert(seeds -> new Run().execute(seeds));
    }

    /** One run: fresh stores, a model, the command loop. */
    static final class Run {
        final MasterData data = ExecFixtures.widgetMixed();
        final InMemoryMaterialLedger ledger = new InMemoryMaterialLedger();
        final InMemoryProductionOrderRepository orders = new InMemoryProductionOrderRepository();
        /** The service's view of the order store: now and then one save fails after the ledger writes. */
        final ProductionServiceUnitOfWorkTest.Faulty faulty = new ProductionServiceUnitOfWorkTest.Faulty(orders);
        final ProductionService service = new ProductionService(faulty, ledger, ConsumptionPolicies.defaults()
                .withWorkCenter(WorkCenterId.of("FDM-POOL"), ConsumptionPolicy.PROPORTIONAL)
                .withMaterial(LABEL, ConsumptionPolicy.GOOD_ONLY));
        // Model
        final Map<String, OrderStatus> status = new HashMap<>();
        final Map<String, Map<Integer, OperationStatus>> opStatus = new HashMap<>();
        final Map<ItemId, BigDecimal> modelIn = new HashMap<>();
        final Map<ItemId, BigDecimal> modelOut = new HashMap<>();
        /** Cumulative good and scrap per order and operation. */
        final Map<String, Map<Integer, long[]>> progress = new HashMap<>();
        final Map<String, Long> received = new HashMap<>();
        /** Completion reports that were accepted: order, operation, report, key, time. */
        final List<Object[]> reported = new ArrayList<>();
        /** Keys of the reports that were reversed, and per order and operation the key of the report that closed it. */
        final java.util.Set<String> reversedReports = new java.util.HashSet<>();
        final Map<String, String> closer = new HashMap<>();
        Object[] reversing;
        final List<Supplier<Object>> wrote = new ArrayList<>();
        int step;
        Object[] lastReport;

        Run() {
            service.create(ExecFixtures.order("PO-A", WIDGET, 10));
            service.create(ProductionOrder.builder().id(ProductionOrderId.of("PO-B")).item(WIDGET)
                    .quantity(BigDecimal.valueOf(4)).type(OrderType.MAKE_TO_ORDER).demand("SO-1").priority(1)
                    .plannedStart(DAY).plannedEnd(DAY).build());
            // Opening stock, so that sequences reach deep states often.
            String[] opening = {"2000", "40", "40", "40"};
            for (int c = 0; c < COMPONENTS.length; c++) {
                MaterialTransaction t = ExecFixtures.receipt("OPEN-" + c, COMPONENTS[c], opening[c], UNITS[c], "", 0);
                ledger.post(t);
                modelIn.merge(t.item(), t.baseQuantity(), BigDecimal::add);
            }
            for (String o : ORDERS) {
                status.put(o, OrderStatus.PLANNED);
                opStatus.put(o, new TreeMap<>());
                progress.put(o, new TreeMap<>());
                received.put(o, 0L);
            }
        }

        Instant now() {
            return T0.plusSeconds(60L * step);
        }

        void execute(List<Integer> seeds) {
            for (int seed : seeds) {
                step++;
                Random r = new Random(seed);
                String before = hash();
                int sizeBefore = ledger.size();
                Boolean legal = null;
                // Rules a rejection may carry for this command; any other InvalidInput/stock failure is a bug.
                java.util.Set<String> mayFail = new java.util.HashSet<>();
                Supplier<Object> command;
                String o = ORDERS[r.nextInt(ORDERS.length)];
                ProductionOrderId id = ProductionOrderId.of(o);
                int opNo = OPS[r.nextInt(OPS.length)];
                int kind = r.nextInt(24);
                if (kind >= 21) { // reverse an earlier report
                    kind = reported.isEmpty() ? 12 : 14;
                } else if (kind >= 13) { // half the time: drive the order along its happy path (release, start, report, ...)
                    kind = 12;
                    if (status.get(o) == OrderStatus.PLANNED) {
                        kind = 2;
                    } else {
                        List<int[]> moves = new ArrayList<>(); // {kind, op}
                        for (int n : OPS) {
                            OperationStatus st = opStatus.get(o).get(n);
                            if (st == OperationStatus.IN_PROGRESS && moves.isEmpty()) {
                                moves.add(new int[] {5, n});
                            }
                            if (st == OperationStatus.PENDING) {
                                if (startLegal(o, n)) {
                                    moves.add(new int[] {3, n});
                                }
                                break;
                            }
                        }
                        if (!moves.isEmpty()) {
                            int[] m = moves.get(r.nextInt(moves.size()));
                            kind = m[0];
                            opNo = m[1];
                        }
                    }
                }
                final int op0 = opNo;
                Instant at = now(); // captured once: a retry must repeat the command exactly
                switch (kind) {
                    case 0: { // receipt (sometimes lot-tracked)
                        int c = r.nextInt(COMPONENTS.length);
                        MaterialTransaction t = ExecFixtures.receipt("RCV-" + step, COMPONENTS[c],
                                String.valueOf(1 + r.nextInt(c == 0 ? 900 : 12)), UNITS[c], r.nextBoolean() ? "" : "L"
                                        + r.nextInt(2), step);
                        command = () -> ledger.post(t);
                        break;
                    }
                    case 1: { // outbound adjustment, possibly backdated
                        int c = r.nextInt(COMPONENTS.length);
                        MaterialTransaction t = ExecFixtures.takeOut("ADJ-" + step, COMPONENTS[c],
                                String.valueOf(1 + r.nextInt(c == 0 ? 300 : 5)), UNITS[c], r.nextBoolean() ? "" : "L0",
                                step - r.nextInt(Math.max(1, step)));
                        mayFail.add("INSUFFICIENT_STOCK");
                        command = () -> ledger.post(t);
                        break;
                    }
                    case 2:
                        legal = status.get(o) == OrderStatus.PLANNED;
                        command = () -> service.release(id, data, DAY);
                        break;
                    case 3:
                    case 4: {
                        legal = startLegal(o, op0);
                        String key = "S-" + o + "-" + op0 + "-" + step;
                        command = () -> service.start(id, op0, Map.of(), key, at);
                        break;
                    }
                    case 5:
                    case 6: {
                        boolean closes = r.nextInt(3) == 0;
                        legal = isOpStatus(o, op0, OperationStatus.IN_PROGRESS)
                                && status.get(o) == OrderStatus.IN_PROGRESS && !(closes && !predClosed(o, op0));
                        long remaining = quantityIn(o, op0) - processed(o, op0);
                        boolean over = r.nextInt(12) == 0;
                        long good;
                        long scrap;
                        if (over) { // beyond what the operation can still process
                            good = remaining + 1 + r.nextInt(3);
                            scrap = r.nextInt(2);
                            mayFail.add("QTY_EXCEEDS_INPUT");
                        } else {
                            good = remaining == 0 ? 0 : r.nextInt((int) remaining + 1);
                            scrap = remaining - good == 0 ? 0 : r.nextInt((int) (remaining - good) + 1);
                        }
                        boolean reason = scrap == 0 || r.nextInt(10) > 0;
                        CompletionReport rep = CompletionReport.of(BigDecimal.valueOf(good), BigDecimal.valueOf(scrap),
                                reason && scrap > 0 ? Optional.of(ScrapReason.values()[r.nextInt(4)]) : Optional.empty())
                                .withCloses(closes);
                        if (good + scrap == 0 && (!closes || processed(o, op0) == 0 && !hasReports(o, op0))) {
                            mayFail.add("QTY_NOT_POSITIVE");
                        }
                        if (scrap > 0 && !reason) {
                            mayFail.add("REASON_MISSING");
                        }
                        mayFail.add("INSUFFICIENT_STOCK"); // a backflush may find stock gone
                        String key = "C-" + o + "-" + op0 + "-" + step;
                        command = () -> service.complete(id, op0, rep, key, at);
                        lastReport = new Object[] {o, op0, rep, key, at};
                        break;
                    }
                    case 7: {
                        BigDecimal q = BigDecimal.valueOf(1 + r.nextInt(6));
                        String key = "I-" + step;
                        mayFail.add("INSUFFICIENT_STOCK");
                        command = () -> service.issue(id, 50, BOX, q, "", key, at);
                        break;
                    }
                    case 8: {
                        int c = r.nextInt(COMPONENTS.length);
                        int op = c == 0 ? 10 : c == 1 ? 40 : c == 2 ? 50 : 20;
                        BigDecimal q = BigDecimal.valueOf(1 + r.nextInt(c == 0 ? 60 : 4));
                        String key = "RT-" + step;
                        mayFail.add("RETURN_EXCEEDS_ISSUED");
                        if (opStatus.get(o).isEmpty()) {
                            mayFail.add("OPERATION_UNKNOWN"); // cancelled before release: nothing frozen
                        }
                        command = () -> service.returnToStock(id, op, COMPONENTS[c], q, "", key, at);
                        break;
                    }
                    case 9:
                        legal = status.get(o).isOpen();
                        command = () -> service.cancel(id);
                        break;
                    case 10:
                        boolean hold = r.nextBoolean();
                        legal = status.get(o) == (hold ? OrderStatus.IN_PROGRESS : OrderStatus.QUALITY_HOLD);
                        command = hold ? () -> service.hold(id) : () -> service.resume(id);
                        break;
                    case 11: { // retry a command that wrote, or reuse its key with another payload
                        if (wrote.isEmpty()) {
                            continue;
                        }
                        if (!reported.isEmpty() && r.nextInt(3) == 0) { // a report key reused with another report
                            Object[] x = reported.get(r.nextInt(reported.size()));
                            CompletionReport was = (CompletionReport) x[2];
                            CompletionReport other = r.nextBoolean() ? was.withCloses(!was.closes())
                                    : CompletionReport.of(was.good().add(BigDecimal.ONE), was.scrap(), was.reason())
                                            .withCloses(was.closes());
                            try {
                                service.complete(ProductionOrderId.of((String) x[0]), (Integer) x[1], other,
                                        (String) x[3], (Instant) x[4]);
                                throw new AssertionError("report key reuse with another report was accepted");
                            } catch (IdempotencyConflictException expected) {
                                assertThat(hash()).isEqualTo(before);
                            }
                            continue;
                        }
                        Supplier<Object> again = wrote.get(r.nextInt(wrote.size()));
                        Object first = again.get();
                        assertThat(hash()).as("retry changes nothing").isEqualTo(before);
                        assertThat(ledger.size()).isEqualTo(sizeBefore);
                        if (first instanceof LedgerEntry) {
                            MaterialTransaction t = ((LedgerEntry) first).transaction();
                            MaterialTransaction other = MaterialTransaction.builder().from(t)
                                    .quantity(t.quantity().plus(dev.mfg.core.quantity.Quantity.of(1, t.quantity().uom())))
                                    .build();
                            try {
                                ledger.post(other);
                                throw new AssertionError("key reuse with another payload was accepted");
                            } catch (IdempotencyConflictException expected) {
                                assertThat(hash()).isEqualTo(before);
                            }
                        }
                        continue;
                    }
                    case 14: { // reverse an accepted report (sometimes on the wrong operation)
                        // Half the time the latest report (the likeliest to be reversible), else any.
                        Object[] x = reported.get(r.nextBoolean() ? reported.size() - 1 : r.nextInt(reported.size()));
                        String ro = (String) x[0];
                        int rop = r.nextInt(8) == 0 ? OPS[r.nextInt(OPS.length)] : (Integer) x[1];
                        String reportKey = (String) x[3];
                        CompletionReport rep = (CompletionReport) x[2];
                        OrderStatus st = status.get(ro);
                        legal = st == OrderStatus.IN_PROGRESS || st == OrderStatus.COMPLETED;
                        boolean refused = false;
                        if (rop != (Integer) x[1]) {
                            mayFail.add("REPORT_UNKNOWN");
                            refused = true;
                        } else if (reversedReports.contains(reportKey)) {
                            mayFail.add("REPORT_ALREADY_REVERSED");
                            refused = true;
                        } else if (rop != 50) {
                            long left = progress(ro, rop)[0] - rep.good().longValueExact();
                            boolean closes = reportKey.equals(closer.get(ro + "/" + rop));
                            if (processed(ro, rop + 10) > left
                                    || closes && isOpStatus(ro, rop + 10, OperationStatus.COMPLETED)) {
                                mayFail.add("REPORT_CONSUMED_DOWNSTREAM");
                                refused = true;
                            }
                        }
                        mayFail.add("INSUFFICIENT_STOCK"); // a re-share may backflush from stock that is gone
                        String key = "V-" + ro + "-" + step;
                        ProductionOrderId rid = ProductionOrderId.of(ro);
                        final boolean mustRefuse = refused;
                        command = () -> {
                            Object res = service.reverseReport(rid, rop, reportKey, key, at);
                            assertThat(mustRefuse).as("the model refuses this reversal").isFalse();
                            return res;
                        };
                        o = ro;
                        opNo = rop;
                        reversing = x;
                        break;
                    }
                    default: { // batch of receipts with one leg that cannot apply
                        List<MaterialTransaction> legs = new ArrayList<>();
                        int n = 2 + r.nextInt(4);
                        int bad = r.nextInt(n);
                        for (int i = 0; i < n; i++) {
                            legs.add(i == bad ? ExecFixtures.takeOut("B-" + step + "-" + i, BOX, "100000", Uom.EA, "",
                                    step) : ExecFixtures.receipt("B-" + step + "-" + i, PLA, "5", Uom.G, "", step));
                        }
                        try {
                            ledger.postBatch(legs);
                            throw new AssertionError("a batch with a bad leg was applied");
                        } catch (LinkedBatchException e) {
                            assertThat(e.failedIndex()).isEqualTo(bad);
                            assertThat(hash()).isEqualTo(before);
                        }
                        continue;
                    }
                }
                Object result;
                lastReport = kind == 5 || kind == 6 ? lastReport : null;
                // A keyed command's order save fails now and then (under UnitOfWork.none() its ledger writes stay):
                // the caller retries it at once with the same key, which must leave everything as one clean run.
                boolean inject = (kind >= 3 && kind <= 8 || kind == 14) && r.nextInt(6) == 0;
                try {
                    faulty.failNextSave = inject;
                    try {
                        result = command.get();
                    } catch (dev.mfg.core.error.ConcurrencyConflictException e) {
                        if (!inject) {
                            throw e;
                        }
                        result = command.get();
                    } finally {
                        faulty.failNextSave = false;
                    }
                } catch (IllegalTransitionException e) {
                    assertThat(legal).as("rejected a legal move: " + e.getMessage()).isNotEqualTo(Boolean.TRUE);
                    assertThat(hash()).as("rejected command writes nothing").isEqualTo(before);
                    checkInvariants();
                    continue;
                } catch (InvalidInputException | InsufficientStockException | LinkedBatchException e) {
                    assertThat(legal).as("illegal move not rejected as a transition").isNotEqualTo(Boolean.FALSE);
                    String rule = e instanceof InvalidInputException ? ((InvalidInputException) e).rule()
                            : e instanceof LinkedBatchException ? ((LinkedBatchException) e).rule() : "INSUFFICIENT_STOCK";
                    assertThat(mayFail).as("unexpected rejection of kind " + kind + ": " + e.getMessage()).contains(rule);
                    assertThat(hash()).as("rejected command writes nothing: " + e.getMessage()).isEqualTo(before);
                    checkInvariants();
                    continue;
                } catch (ManufacturingException e) {
                    throw new AssertionError("unexpected " + e, e);
                }
                assertThat(legal).as("accepted an illegal move (kind " + kind + ")").isNotEqualTo(Boolean.FALSE);
                updateModel(kind, o, opNo, result);
                if ((kind == 5 || kind == 6) && lastReport != null) {
                    reported.add(lastReport);
                }
                if (!hash().equals(before)) {
                    if (kind != 2 && kind != 9 && kind != 10) { // keyed commands only: status moves are not
                        wrote.add(command);
                    }
                    if (kind == 0) {
                        MaterialTransaction t = ((LedgerEntry) result).transaction();
                        modelIn.merge(t.item(), t.baseQuantity(), BigDecimal::add);
                    } else if (kind == 1) {
                        MaterialTransaction t = ((LedgerEntry) result).transaction();
                        modelOut.merge(t.item(), t.baseQuantity(), BigDecimal::add);
                    }
                }
                checkInvariants();
            }
        }

        boolean isOpStatus(String o, int op, OperationStatus s) {
            return opStatus.get(o).get(op) == s;
        }

        long orderQuantity(String o) {
            return o.equals("PO-A") ? 10 : 4;
        }

        /** The model's quantity in: the order quantity for the first operation, else the previous cumulative good. */
        long quantityIn(String o, int op) {
            return op == 10 ? orderQuantity(o) : progress(o, op - 10)[0];
        }

        long[] progress(String o, int op) {
            return progress.get(o).computeIfAbsent(op, k -> new long[4]); // good, scrap, reports, live reports
        }

        long processed(String o, int op) {
            return progress(o, op)[0] + progress(o, op)[1];
        }

        boolean hasReports(String o, int op) {
            return progress(o, op)[3] > 0;
        }

        boolean predClosed(String o, int op) {
            return op == 10 || isOpStatus(o, op - 10, OperationStatus.COMPLETED);
        }

        boolean startLegal(String o, int op) {
            OrderStatus s = status.get(o);
            if (s != OrderStatus.RELEASED && s != OrderStatus.IN_PROGRESS) {
                return false;
            }
            if (!isOpStatus(o, op, OperationStatus.PENDING)) {
                return false;
            }
            // Overlap: the predecessor is closed or has delivered good pieces.
            return predClosed(o, op) || progress(o, op - 10)[0] > 0;
        }

        void updateModel(int kind, String o, int op, Object result) {
            Map<Integer, OperationStatus> ops = opStatus.get(o);
            switch (kind) {
                case 2:
                    status.put(o, OrderStatus.RELEASED);
                    for (int n : OPS) {
                        ops.put(n, OperationStatus.PENDING);
                    }
                    break;
                case 3:
                case 4:
                    if (((StartResult) result).started()) {
                        ops.put(op, OperationStatus.IN_PROGRESS);
                        status.put(o, OrderStatus.IN_PROGRESS);
                    }
                    break;
                case 5:
                case 6: {
                    CompletionReport rep = (CompletionReport) lastReport[2];
                    long[] p = progress(o, op);
                    p[0] += rep.good().longValueExact();
                    p[1] += rep.scrap().longValueExact();
                    p[2]++;
                    p[3]++;
                    if (op == 50) {
                        received.merge(o, rep.good().longValueExact(), Long::sum);
                    }
                    if (rep.closes() || predClosed(o, op) && processed(o, op) == quantityIn(o, op)) {
                        ops.put(op, OperationStatus.COMPLETED);
                        closer.put(o + "/" + op, (String) lastReport[3]);
                        if (op == 50) {
                            status.put(o, OrderStatus.COMPLETED);
                        }
                    }
                    break;
                }
                case 14: {
                    CompletionReport rep = (CompletionReport) reversing[2];
                    String reportKey = (String) reversing[3];
                    reversedReports.add(reportKey);
                    long[] p = progress(o, op);
                    p[0] -= rep.good().longValueExact();
                    p[1] -= rep.scrap().longValueExact();
                    p[3]--;
                    if (op == 50) {
                        received.merge(o, -rep.good().longValueExact(), Long::sum);
                    }
                    if (reportKey.equals(closer.get(o + "/" + op))) {
                        closer.remove(o + "/" + op);
                        ops.put(op, OperationStatus.IN_PROGRESS);
                        if (op == 50) {
                            status.put(o, OrderStatus.IN_PROGRESS);
                        }
                    }
                    break;
                }
                case 9:
                    status.put(o, OrderStatus.CANCELLED);
                    ops.replaceAll((n, s) -> s == OperationStatus.COMPLETED ? s : OperationStatus.CANCELLED);
                    break;
                case 10:
                    status.put(o, status.get(o) == OrderStatus.IN_PROGRESS ? OrderStatus.QUALITY_HOLD
                            : OrderStatus.IN_PROGRESS);
                    break;
                default:
                    break;
            }
        }

        String hash() {
            StringBuilder sb = new StringBuilder();
            sb.append(ledger.entries()).append('|').append(ledger.balances());
            for (String o : ORDERS) {
                sb.append('|').append(ledger.allocations(o)).append('|')
                        .append(orders.findVersioned(ProductionOrderId.of(o)).orElseThrow());
            }
            return sb.toString();
        }

        void checkInvariants() {
            // Balance = fold of the ledger.
            assertThat(ledger.balances()).isEqualTo(LedgerFold.fold(ledger.entries()));
            // No prefix negative, in posting order.
            Map<StockKey, BigDecimal> running = new HashMap<>();
            for (LedgerEntry e : ledger.entries()) {
                MaterialTransaction t = e.transaction();
                StockKey k = StockKey.of(t.item(), t.location(), t.lot());
                BigDecimal v = running.merge(k, t.stockDelta(), BigDecimal::add);
                assertThat(v.signum()).as("prefix of " + k).isGreaterThanOrEqualTo(0);
                if (t.type() == TransactionType.TRANSFER) {
                    running.merge(StockKey.of(t.item(), t.toLocation().orElseThrow(), t.lot()), t.baseQuantity(),
                            BigDecimal::add);
                }
            }
            ledger.balances().wip().values().forEach(v -> assertThat(v.signum()).isPositive());
            Map<ItemId, BigDecimal> expectedTotal = new HashMap<>();
            for (ItemId c : COMPONENTS) {
                expectedTotal.put(c, modelIn.getOrDefault(c, BigDecimal.ZERO).subtract(
                        modelOut.getOrDefault(c, BigDecimal.ZERO)));
            }
            BigDecimal widgets = BigDecimal.ZERO;
            for (String o : ORDERS) {
                ProductionOrder order = orders.findById(ProductionOrderId.of(o)).orElseThrow();
                // Model states, cumulative quantities and the policies' consumption.
                assertThat(order.status()).isEqualTo(status.get(o));
                assertThat(order.received()).isEqualByComparingTo(BigDecimal.valueOf(received.get(o)));
                for (OrderOperation op : order.operations()) {
                    assertThat(op.status()).isEqualTo(opStatus.get(o).get(op.no()));
                    long[] p = progress(o, op.no());
                    assertThat(op.good()).isEqualByComparingTo(BigDecimal.valueOf(p[0]));
                    assertThat(op.scrap()).isEqualByComparingTo(BigDecimal.valueOf(p[1]));
                    assertThat(op.reports()).hasSize((int) p[2]);
                    assertThat(op.quantityIn()).isEqualByComparingTo(BigDecimal.valueOf(quantityIn(o, op.no())));
                    for (OrderMaterial m : op.materials()) {
                        BigDecimal[] expected = expectedUse(o, op.no(), m.component());
                        assertThat(m.consumed()).as("consumed " + m.component() + " at " + op.no() + " of " + o)
                                .isEqualByComparingTo(expected[0]);
                        assertThat(m.scrapped()).as("scrapped " + m.component() + " at " + op.no() + " of " + o)
                                .isEqualByComparingTo(expected[1]);
                    }
                }
                widgets = widgets.add(order.received());
                for (ItemId c : COMPONENTS) {
                    BigDecimal issued = BigDecimal.ZERO;
                    BigDecimal consumed = BigDecimal.ZERO;
                    BigDecimal scrapped = BigDecimal.ZERO;
                    BigDecimal returned = BigDecimal.ZERO;
                    BigDecimal wip = BigDecimal.ZERO;
                    for (OrderOperation op : order.operations()) {
                        for (OrderMaterial m : op.materials()) {
                            if (m.component().equals(c)) {
                                issued = issued.add(m.issued());
                                consumed = consumed.add(m.consumed());
                                scrapped = scrapped.add(m.scrapped());
                                returned = returned.add(m.returned());
                                wip = wip.add(m.wip());
                                assertThat(m.wip().signum()).isGreaterThanOrEqualTo(0);
                            }
                        }
                    }
                    assertThat(ledgerSum(o, c, TransactionType.ISSUE_TO_ORDER)).isEqualByComparingTo(issued);
                    assertThat(ledgerSum(o, c, TransactionType.CONSUMPTION)).isEqualByComparingTo(consumed);
                    assertThat(ledgerSum(o, c, TransactionType.SCRAP)).isEqualByComparingTo(scrapped);
                    assertThat(ledgerSum(o, c, TransactionType.RETURN_TO_STOCK)).isEqualByComparingTo(returned);
                    assertThat(ledger.wip(o, c)).isEqualByComparingTo(wip);
                    assertThat(issued).isEqualByComparingTo(consumed.add(scrapped).add(returned).add(wip));
                    expectedTotal.merge(c, returned.subtract(issued), BigDecimal::add);
                }
            }
            for (ItemId c : COMPONENTS) {
                assertThat(ledger.balances().totalOf(c)).as("total of " + c).isEqualByComparingTo(expectedTotal.get(c));
            }
            assertThat(ledger.balances().totalOf(WIDGET)).isEqualByComparingTo(widgets);
        }

        /**
         * The reference model of the policies, by hand for this fixture (R = Q per pack material, 38.85 g of PLA per
         * piece, so no rounding): PLA at OP-10 PROPORTIONAL (FDM-POOL default): 38.85·G consumed, 38.85·S scrapped.
         * Ship labels at OP-20 (BACKFLUSH PER_ORDER, CONSUME_ALL): nothing until the order completes, then Q with
         * Q·S/(G+S) scrapped. Part labels at OP-40 (GOOD_ONLY override): G. Boxes at OP-50 (CONSUME_ALL): G and S
         * while open, Q with Q·S/(G+S) scrapped once closed.
         */
        BigDecimal[] expectedUse(String o, int op, ItemId c) {
            long g = progress(o, op)[0];
            long sc = progress(o, op)[1];
            BigDecimal q = BigDecimal.valueOf(orderQuantity(o));
            boolean closed = isOpStatus(o, op, OperationStatus.COMPLETED);
            if (c.equals(PLA)) {
                BigDecimal perPiece = new BigDecimal("38.85");
                return new BigDecimal[] {perPiece.multiply(BigDecimal.valueOf(g)),
                    perPiece.multiply(BigDecimal.valueOf(sc))};
            }
            if (c.equals(LABEL)) {
                return new BigDecimal[] {BigDecimal.valueOf(g), BigDecimal.ZERO};
            }
            boolean all = c.equals(SHIP_LABEL) ? status.get(o) == OrderStatus.COMPLETED : closed;
            if (c.equals(SHIP_LABEL) && !all) {
                return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
            }
            if (!all) {
                return new BigDecimal[] {BigDecimal.valueOf(g), BigDecimal.valueOf(sc)};
            }
            BigDecimal scrapped = g + sc == 0 ? BigDecimal.ZERO : q.multiply(BigDecimal.valueOf(sc))
                    .divide(BigDecimal.valueOf(g + sc), 6, java.math.RoundingMode.HALF_UP);
            return new BigDecimal[] {q.subtract(scrapped), scrapped};
        }

        BigDecimal ledgerSum(String order, ItemId item, TransactionType type) {
            return ledger.entries().collect(LedgerEntry::transaction)
                    .select(t -> t.type() == type && t.item().equals(item) && t.order().map(order::equals).orElse(false))
                    .injectInto(BigDecimal.ZERO, (s, t) -> t.isReversal() ? s.subtract(t.baseQuantity())
                            : s.add(t.baseQuantity()));
        }
    }
}
