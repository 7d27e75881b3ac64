package dev.mfg.costing.actual;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.production.OperationStatus;
import dev.mfg.core.production.OrderMaterial;
import dev.mfg.core.production.OrderOperation;
import dev.mfg.core.production.ProductionOrder;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.costing.internal.Amounts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;

/**
 * Actual cost of a production order from its material transactions and reported times. A pure function: it reads
 * the order (its frozen operations, good and scrapped pieces, tool cycles), the ledger entries and the master data's
 * work centers and tools, and writes nothing.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li><b>Entries</b>: any iterable of ledger entries (the whole ledger is fine), read once; only those naming the
 *       order are read (and reversals naming an entry of it), each idempotency key once (the first occurrence). ISSUE_TO_ORDER and RETURN_TO_STOCK move quantities (returns are credited
 *       against issues); CONSUMPTION and SCRAP carry the cost: quantity × the entry's own unit cost, else the order
 *       material's standard cost frozen at release, else an {@link ActualCostGap}. RECEIPT_FROM_ORDER is output,
 *       not cost. An entry without an operation belongs to the first operation holding its component.</li>
 *   <li><b>Reversals</b> (RELIABILITY invariant 8): an entry with {@link MaterialTransaction#reverses()} and the
 *       entry it names cancel exactly. The pair is left out of every quantity (issued, returned, consumed, scrapped),
 *       every cost and every gap, wherever the two stand in {@code entries}: the report equals the one computed
 *       without both. So an issue reversed and issued again counts only the second issue, a reversed SCRAP or
 *       CONSUMPTION adds neither quantity nor money, a reversed RETURN_TO_STOCK no longer credits the issues, and a
 *       reversed RECEIPT_FROM_ORDER changes nothing (receipts are output, and the good and scrapped pieces come
 *       from the order's own counters, not from the ledger). A reversed pair is not otherwise checked: reversing
 *       an entry that named an operation the order lacks, or carried a unit cost in another currency, is how such
 *       a mistake is corrected, so the order can be costed again. The pair itself must be consistent, as the
 *       ledger would have posted it (see {@link dev.mfg.core.spi.MaterialLedger}); otherwise the input is
 *       rejected, because netting a reversal on its own would leave negative quantities and costs that no
 *       ledger of this order can produce.</li>
 *   <li><b>Conversion</b> per operation, from {@link ReportedTimes} and the work center's current rates:
 *       see {@link ActualOperationCost}. Piece-rate labor pays the operation's good pieces. Tooling is the
 *       order's counted tool cycles × purchase cost / life cycles.</li>
 *   <li>A completed operation without reported times on a work center with hourly rates is a gap (costed at 0
 *       hours), never a silent zero.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class ActualCosting {
    private ActualCosting() {}

    /**
     * @param data master data with the order's work centers and tools
     * @param order a released (usually completed) order
     * @param entries ledger entries; those of other orders are ignored
     * @param times the reported hours per operation
     * @param currencyCode ISO-4217 code of the rates and of every transaction unit cost
     * @return the actual cost report
     * @throws InvalidInputException {@code CURRENCY_MISMATCH} at {@code entries[SEQ].unitCost} for a unit cost in
     *     another currency; {@code OPERATION_UNKNOWN} at {@code times.operations[NO]} for reported times or at
     *     {@code entries[SEQ].operation} for an entry naming an operation the order lacks; {@code REFERENCE_UNKNOWN}
     *     at {@code order[ID].operations[NO].workCenter} for a work center missing from {@code data}; for a
     *     reversal of the order at {@code entries[SEQ].reverses} (SEQ the reversal's sequence):
     *     {@code REVERSAL_TARGET_UNKNOWN} when the entry it names is not among the order's entries given (pass
     *     the order's whole ledger, not a window of it), {@code REVERSAL_OF_REVERSAL} when that entry is itself a
     *     reversal, {@code REVERSAL_ALREADY_REVERSED} when a second reversal names it; {@code REVERSAL_MISMATCH} at
     *     {@code entries[SEQ].FIELD} when a reversal (of this order or naming another) differs from the entry of
     *     this order it reverses in type, item, quantity, location, toLocation, direction, lot, order, operation,
     *     work center or unit cost (the first differing field, in that order). The first problem met is thrown.
     */
    public static ActualCostReport of(MasterData data, ProductionOrder order, Iterable<LedgerEntry> entries,
            ReportedTimes times, String currencyCode) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(times, "times");
        Currency currency = Money.currency(Objects.requireNonNull(currencyCode, "currencyCode"));
        for (OperationTime t : times.operations()) {
            if (order.operation(t.operation()).isEmpty()) {
                throw InvalidInputException.of(RuleCode.OPERATION_UNKNOWN, "times.operations[" + t.operation() + "]",
                        t.operation(), "The order (" + order.id() + ") has no operation (" + t.operation() + ").");
            }
        }
        List<ActualCostGap> gaps = new ArrayList<>();
        Map<Integer, Map<ItemId, Line>> lines = new LinkedHashMap<>();
        for (OrderOperation op : order.operations()) {
            Map<ItemId, Line> m = new LinkedHashMap<>();
            for (OrderMaterial om : op.materials()) {
                m.put(om.component(), new Line(om.uom(), Optional.of(om)));
            }
            lines.put(op.no(), m);
        }
        String orderId = order.id().value();
        Map<String, LedgerEntry> own = new LinkedHashMap<>();
        Map<String, LedgerEntry> foreignReversals = new LinkedHashMap<>();
        for (LedgerEntry e : entries) {
            MaterialTransaction tx = e.transaction();
            if (tx.order().map(orderId::equals).orElse(false)) {
                own.putIfAbsent(tx.key(), e);
            } else if (tx.isReversal()) {
                foreignReversals.putIfAbsent(tx.key(), e);
            }
        }
        Set<String> reversedPairs = pairReversals(order, own, foreignReversals.values());
        for (LedgerEntry e : own.values()) {
            MaterialTransaction tx = e.transaction();
            if (reversedPairs.contains(tx.key())) {
                continue;
            }
            TransactionType type = tx.type();
            if (type != TransactionType.ISSUE_TO_ORDER && type != TransactionType.RETURN_TO_STOCK
                    && type != TransactionType.CONSUMPTION && type != TransactionType.SCRAP) {
                continue;
            }
            String path = "entries[" + e.sequence() + "]";
            int no = operationOf(order, tx, path);
            Line line = lines.get(no).computeIfAbsent(tx.item(), k -> new Line(tx.quantity().uom(), Optional.empty()));
            BigDecimal q = Decimals.divide(tx.baseQuantity(), line.uom.factorToBase());
            switch (type) {
                case ISSUE_TO_ORDER:
                    line.issued = line.issued.add(q);
                    break;
                case RETURN_TO_STOCK:
                    line.returned = line.returned.add(q);
                    break;
                default:
                    if (type == TransactionType.CONSUMPTION) {
                        line.consumed = line.consumed.add(q);
                    } else {
                        line.scrapped = line.scrapped.add(q);
                    }
                    line.cost = line.cost.add(price(tx, q, line, currency, path, no, gaps));
                    break;
            }
        }
        List<ActualOperationCost> ops = new ArrayList<>();
        for (OrderOperation op : order.operations()) {
            ops.add(operationCost(data, order, op, times, lines.get(op.no()), currency, gaps));
        }
        BigDecimal good = order.operations().isEmpty() ? order.received()
                : order.operations().getLast().good();
        return ActualCostReport.builder().order(order.id()).item(order.item()).currency(currency).goodQuantity(good)
                .scrappedQuantity(order.scrapped()).operations(Lists.immutable.withAll(ops))
                .gaps(Lists.immutable.withAll(gaps)).build();
    }

    /** Mutable accumulator of one (operation, component). */
    private static final class Line {
        final Uom uom;
        final Optional<OrderMaterial> planned;
        BigDecimal issued = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        BigDecimal consumed = BigDecimal.ZERO;
        BigDecimal scrapped = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;

        Line(Uom uom, Optional<OrderMaterial> planned) {
            this.uom = uom;
            this.planned = planned;
        }

        boolean isEmpty() {
            return issued.signum() == 0 && returned.signum() == 0 && consumed.signum() == 0 && scrapped.signum() == 0
                    && !planned.map(OrderMaterial::costOnly).orElse(false);
        }
    }

    /**
     * Matches every reversal of the order's entries with its original and checks the pair as the ledger would.
     *
     * @param own the order's entries by key (first occurrence of each key)
     * @param foreignReversals reversals naming another order (or none), which must not reverse an entry of this one
     * @return the keys of every matched original and its reversal: together they contribute nothing
     */
    private static Set<String> pairReversals(ProductionOrder order, Map<String, LedgerEntry> own,
            Iterable<LedgerEntry> foreignReversals) {
        Set<String> paired = new HashSet<>();
        Map<String, LedgerEntry> reversedBy = new HashMap<>();
        for (LedgerEntry e : own.values()) {
            MaterialTransaction tx = e.transaction();
            if (!tx.isReversal()) {
                continue;
            }
            String path = "entries[" + e.sequence() + "]";
            String target = tx.reverses().orElseThrow();
            LedgerEntry original = own.get(target);
            if (original == null) {
                throw InvalidInputException.of(RuleCode.REVERSAL_TARGET_UNKNOWN, path + ".reverses", target,
                        "The reversal (" + tx.key() + ") names an entry (" + target + ") that is not among the entries"
                                + " of order (" + order.id() + ") given; without it the reversal cannot be netted."
                                + "\nMaybe pass the order's whole ledger, not a window of it.");
            }
            MaterialTransaction o = original.transaction();
            if (o.isReversal()) {
                throw InvalidInputException.of(RuleCode.REVERSAL_OF_REVERSAL, path + ".reverses", target,
                        "The entry (" + target + ") reversed by (" + tx.key() + ") is itself a reversal (of "
                                + o.reverses().orElseThrow() + ") and cannot be reversed."
                                + "\nMaybe post the original again under a new key instead.");
            }
            LedgerEntry first = reversedBy.putIfAbsent(target, e);
            if (first != null) {
                throw InvalidInputException.of(RuleCode.REVERSAL_ALREADY_REVERSED, path + ".reverses", target,
                        "The entry (" + target + ") is reversed by both (" + first.transaction().key() + ") and ("
                                + tx.key() + "); an entry is reversed at most once.");
            }
            checkSameAs(o, tx, path);
            paired.add(target);
            paired.add(tx.key());
        }
        for (LedgerEntry e : foreignReversals) {
            MaterialTransaction tx = e.transaction();
            LedgerEntry original = own.get(tx.reverses().orElseThrow());
            if (original != null) {
                checkSameAs(original.transaction(), tx, "entries[" + e.sequence() + "]");
            }
        }
        return paired;
    }

    private static void checkSameAs(MaterialTransaction original, MaterialTransaction reversal, String path) {
        Optional<String> mismatch = reversal.reversalMismatch(original);
        if (mismatch.isPresent()) {
            String f = mismatch.get();
            String is = reversal.reversalFieldText(f);
            throw InvalidInputException.of(RuleCode.REVERSAL_MISMATCH, path + "." + f, is, "The reversal ("
                    + reversal.key() + ") has " + f + " (" + is + ") but the entry it reverses ("
                    + original.key() + ") has (" + original.reversalFieldText(f) + "), so they do not cancel."
                    + "\nMaybe build it with MaterialTransaction.reversalOf(entry, key, timestamp).");
        }
    }

    private static int operationOf(ProductionOrder order, MaterialTransaction tx, String path) {
        if (tx.operation().isPresent()) {
            int no = tx.operation().getAsInt();
            if (order.operation(no).isEmpty()) {
                throw InvalidInputException.of(RuleCode.OPERATION_UNKNOWN, path + ".operation", no, "The entry ("
                        + tx.key() + ") names operation (" + no + ") which order (" + order.id() + ") lacks.");
            }
            return no;
        }
        OrderOperation holder = order.operations().detect(o -> o.material(tx.item()).isPresent());
        if (holder == null) {
            holder = order.operations().getFirstOptional().orElseThrow(() -> InvalidInputException.of(
                    RuleCode.OPERATION_UNKNOWN, path + ".operation", "", "The order (" + order.id()
                            + ") has no operations.\nMaybe release the order first."));
        }
        return holder.no();
    }

    private static BigDecimal price(MaterialTransaction tx, BigDecimal q, Line line, Currency currency, String path,
            int no, List<ActualCostGap> gaps) {
        if (tx.unitCost().isPresent()) {
            Money uc = tx.unitCost().get();
            if (!uc.currency().equals(currency)) {
                throw InvalidInputException.of(RuleCode.CURRENCY_MISMATCH, path + ".unitCost", uc, "The unit cost ("
                        + uc + ") of entry (" + tx.key() + ") is not in the costing currency (" + currency
                        + ").\nMaybe convert it before costing.");
            }
            return tx.quantity().amount().multiply(uc.amount());
        }
        Optional<Money> standard = line.planned.flatMap(OrderMaterial::unitCost);
        if (standard.isPresent() && standard.get().currency().equals(currency)) {
            return q.multiply(standard.get().amount());
        }
        gaps.add(new ActualCostGap("op " + no + " / " + tx.item(), "The " + tx.type() + " entry (" + tx.key()
                + ") of (" + tx.quantity() + ") has no unit cost and the order holds no standard cost in (" + currency
                + ") for (" + tx.item() + "); it is not in the totals."));
        return BigDecimal.ZERO;
    }

    private static ActualOperationCost operationCost(MasterData data, ProductionOrder order, OrderOperation op,
            ReportedTimes times, Map<ItemId, Line> lines, Currency currency, List<ActualCostGap> gaps) {
        String who = "op " + op.no() + " (" + op.workCenter() + ")";
        WorkCenter wc = data.workCenter(op.workCenter()).orElseThrow(() -> InvalidInputException.of(
                RuleCode.REFERENCE_UNKNOWN, "order[" + order.id() + "].operations[" + op.no() + "].workCenter",
                op.workCenter(), "The work center (" + op.workCenter() + ") is not in the master data."));
        Optional<OperationTime> reported = times.forOperation(op.no());
        BigDecimal rh = reported.map(OperationTime::runHours).orElse(BigDecimal.ZERO);
        BigDecimal sh = reported.map(OperationTime::setupHours).orElse(BigDecimal.ZERO);
        boolean hourly = (wc.laborCalc() == LaborCalc.HOURLY && wc.laborRatePerHour().signum() > 0)
                || wc.machineRatePerHour().signum() > 0 || wc.overheadRatePerHour().signum() > 0;
        if (reported.isEmpty() && op.status() == OperationStatus.COMPLETED && hourly) {
            gaps.add(new ActualCostGap(who, "No times were reported for the completed operation (" + op.no()
                    + ") on a work center with hourly rates; its labor, machine and overhead are taken at 0 hours."
                    + "\nMaybe report its run hours."));
        }
        BigDecimal labor = wc.laborCalc() == LaborCalc.PIECE_RATE ? op.good().multiply(wc.pieceRateFor(order.item()))
                : rh.multiply(wc.laborRatePerHour());
        BigDecimal tooling = BigDecimal.ZERO;
        if (op.toolCycles() > 0) {
            Optional<Tool> tool = op.tool().flatMap(data::tool);
            if (tool.isPresent()) {
                tooling = BigDecimal.valueOf(op.toolCycles()).multiply(tool.get().depreciationPerCycle());
            } else {
                gaps.add(new ActualCostGap(who, "The tool (" + op.tool().map(Object::toString).orElse("?")
                        + ") that counted (" + op.toolCycles() + ") cycles is not in the master data; its wear is not"
                        + " in the totals."));
            }
        }
        List<ActualMaterialLine> materials = new ArrayList<>();
        lines.forEach((component, l) -> {
            if (l.isEmpty()) {
                return;
            }
            BigDecimal cost = l.cost;
            boolean costOnly = l.planned.map(OrderMaterial::costOnly).orElse(false);
            if (costOnly) {
                OrderMaterial om = l.planned.get();
                Optional<Money> uc = om.unitCost().filter(m -> m.currency().equals(currency));
                if (uc.isPresent()) {
                    cost = om.required().multiply(uc.get().amount());
                    l.consumed = om.required();
                } else {
                    gaps.add(new ActualCostGap("op " + op.no() + " / " + component, "The cost-only line ("
                            + component + ") has no standard cost in (" + currency + ")."));
                }
            }
            materials.add(ActualMaterialLine.builder().operation(op.no()).component(component).uom(l.uom)
                    .issued(Decimals.strip(l.issued)).returned(Decimals.strip(l.returned))
                    .consumed(Decimals.strip(l.consumed)).scrapped(Decimals.strip(l.scrapped)).costOnly(costOnly)
                    .cost(Amounts.money(cost, currency)).build());
        });
        return ActualOperationCost.builder().no(op.no()).workCenter(op.workCenter()).tool(op.tool())
                .laborCalc(wc.laborCalc()).good(op.good()).scrap(op.scrap()).runHours(rh).setupHours(sh)
                .toolCycles(op.toolCycles()).labor(Amounts.money(labor, currency))
                .machine(Amounts.money(rh.multiply(wc.machineRatePerHour()), currency))
                .setup(Amounts.money(sh.multiply(wc.setupRatePerHour()), currency))
                .overhead(Amounts.money(rh.multiply(wc.overheadRatePerHour()), currency))
                .tooling(Amounts.money(tooling, currency)).materials(Lists.immutable.withAll(materials)).build();
    }
}
