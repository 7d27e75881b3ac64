package dev.mfg.core.production;

import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.IdempotencyConflictException;
import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.inventory.Allocation;
import dev.mfg.core.inventory.LedgerEntry;
import dev.mfg.core.inventory.LotStock;
import dev.mfg.core.inventory.MaterialTransaction;
import dev.mfg.core.inventory.StockKey;
import dev.mfg.core.inventory.StockView;
import dev.mfg.core.inventory.TransactionType;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.manufacturing.ManufacturingBom;
import dev.mfg.core.manufacturing.MaterialRequirement;
import dev.mfg.core.manufacturing.OperationMaterials;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The production engine: pure functions from (order, command) to (order', transactions). It never reads or
 * writes storage; {@link ProductionService} applies its results to a repository and a ledger.
 *
 * <pre>{@code
 * ProductionOrder released = ProductionEngine.release(order, data, date);
 * StartResult s = ProductionEngine.start(released, 10, ledger, Map.of(), "PO-1/OP10/start", now);
 * Execution e = ProductionEngine.complete(s.order(), 10,
 *         CompletionReport.of(BigDecimal.valueOf(8), BigDecimal.valueOf(2), Optional.of(ScrapReason.QUALITY_DEFECT)),
 *         ConsumptionPolicies.defaults(), Optional.empty(), "PO-1/OP10/complete", now);
 * // CONSUME_ALL: 388.5 g issued (backflush) = 310.8 g consumed + 77.7 g scrapped
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Release</b> freezes {@link ManufacturingBom#of} for the order's item, date and quantity (routing by
 *       lot-size range; UNIT × quantity, BATCH/ORDER once, × (1 + scrap)), rounded to 6 digits, and the standard
 *       costs of product and components.</li>
 *   <li><b>Operations run in sequence, and may overlap</b>: an operation starts once the previous one has
 *       delivered good pieces (a report with good &gt; 0) or is COMPLETED (closed). The first takes the order
 *       quantity in, each next one the previous operation's cumulative good so far, raised by each of its reports.
 *       An operation may only close once its predecessor is closed.</li>
 *   <li><b>Start</b> checks only that operation's stock materials: need = required − issued − allocated, against
 *       available (on-hand − allocations) at the order's location, or in the chosen lot. Any shortage: the order
 *       is returned unchanged with the shortages. Else the need is allocated, FIFO by lot unless a lot is chosen,
 *       and AUTO_ISSUE materials are issued at once.</li>
 *   <li><b>Completion reports</b>: an operation takes several reports (per shift, per pallet), each under its own
 *       key; their good and scrap add up on the operation, which keeps the reports. The cumulative good + scrap
 *       may not exceed the quantity in ({@code QTY_EXCEEDS_INPUT}, nothing posted). The operation closes
 *       (COMPLETED) when a report {@link CompletionReport#closes() closes} it (the default for
 *       {@link CompletionReport#of}), or when a report brings good + scrap to the quantity in while the
 *       predecessor is closed. Closing while the predecessor is open is an {@link IllegalTransitionException}; a
 *       report on a closed operation too. A report of 0 good and 0 scrap is accepted only to close an operation
 *       that already has reports ({@link CompletionReport#closing()}).</li>
 *   <li><b>Consumption per report</b> is the difference of a cumulative function of the operation's cumulative
 *       good G and scrap S: a report posts f(after) − f(before), so any split into reports posts, in total,
 *       exactly what one report of the totals would (f is non-decreasing, so no share is negative). With R the
 *       required quantity, Q the order quantity and ⌊x⌋ rounding down to 6 digits, consumed / scrapped are:
 *       GOOD_ONLY ⌊R·G/Q⌋ / 0; PROPORTIONAL ⌊R·G/Q⌋ / ⌊R·S/Q⌋; CONSUME_ALL while the operation is open as
 *       PROPORTIONAL, and once closed R in total, scrapped R·S/(G+S) (half-up), consumed the rest, so the report
 *       that closes the operation posts what the policy had not yet consumed. A report's actual use replaces its
 *       share (split by the report's own scrap ratio).</li>
 *   <li><b>Each report</b> posts its use T (the share above), its scrapped share S and consumed share C = T − S.
 *       Whatever T exceeds the work in process is issued
 *       first (from allocations FIFO, then from the stock view's FIFO lots when one is given, else without lot):
 *       that is the backflush for BACKFLUSH materials and an additional issue (over-consumption) for the others.
 *       Then CONSUMPTION C and SCRAP S (reason code) are posted against the order's work in process. Work in
 *       process above T stays and can be returned.</li>
 *   <li><b>Issue levels</b>: PER_OPERATION and PER_SHIFT are posted with each report (PER_SHIFT transactions
 *       carry the report's shift; one report per shift). PER_ORDER BACKFLUSH materials are deferred to the report
 *       that closes the last operation and then computed from their own operation's cumulative good and scrap.
 *       AUTO_ISSUE materials are issued when their operation starts, whatever the level. MANUAL materials are
 *       issued by {@link #issue}.</li>
 *   <li>Tool cycles: ⌈(G + S) / cavities⌉ over the cumulative pieces for an operation with a tool.</li>
 *   <li>Each report of the last operation receives its good pieces as RECEIPT_FROM_ORDER into the order's
 *       location, lot = order id, at the product's standard cost frozen at release; the order's received quantity
 *       is their sum. The report that closes the last operation completes the order and releases what is left
 *       allocated.</li>
 *   <li>Cost-only materials never move stock.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class ProductionEngine {
    /** Longest command key: derived transaction keys append {@code /n}. */
    public static final int MAX_COMMAND_KEY_LENGTH = 96;

    private ProductionEngine() {}

    // ------------------------------------------------------------------------------------------------ release

    /**
     * Releases a planned order: freezes its manufacturing BOM.
     *
     * @param order a PLANNED order
     * @param data validated master data
     * @param date the date selecting BOM, routing, operations and lines in force
     * @return the RELEASED order with its operations and materials
     * @throws IllegalTransitionException if the order is not PLANNED
     * @throws InvalidInputException with {@code REFERENCE_UNKNOWN} if the item is unknown, {@code VALUE_MISSING} if
     *     it has no routing in force for that date and quantity
     */
    public static ProductionOrder release(ProductionOrder order, MasterData data, LocalDate date) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(date, "date");
        if (order.status() != OrderStatus.PLANNED) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(), "RELEASED");
        }
        String path = "order[" + order.id() + "]";
        Item item = data.item(order.item()).orElseThrow(() -> InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN,
                path + ".item", order.item(), "The item (" + order.item() + ") is not in the master data."));
        ManufacturingBom mbom = ManufacturingBom.of(data, order.item(), date, order.quantity())
                .orElseThrow(() -> InvalidInputException.of(RuleCode.VALUE_MISSING, path + ".routing", order.item(),
                        "The item (" + order.item() + ") has no routing in force on (" + date + ") for quantity ("
                                + order.quantity().toPlainString() + ").\nMaybe add a routing or widen its lot-size"
                                + " range."));
        List<OrderOperation> ops = new ArrayList<>();
        boolean first = true;
        for (OperationMaterials om : mbom.operations()) {
            List<OrderMaterial> materials = new ArrayList<>();
            for (MaterialRequirement r : om.materials()) {
                materials.add(OrderMaterial.builder().component(r.component()).uom(r.uom())
                        .required(Decimals.roundQuantity(r.quantity())).issueType(r.line().issueType())
                        .issueLevel(r.line().issueLevel()).costOnly(r.isCostOnly())
                        .unitCost(unitCost(data, r.component(), r.uom())).build());
            }
            ops.add(OrderOperation.builder().no(om.no()).description(om.operation().description())
                    .workCenter(om.operation().workCenter()).tool(om.operation().tool()).cavities(om.times().cavities())
                    .quantityIn(first ? order.quantity() : BigDecimal.ZERO).materials(Lists.immutable.withAll(materials))
                    .build());
            first = false;
        }
        return ((ImmutableProductionOrder) order).withStatus(OrderStatus.RELEASED).withReleasedOn(date)
                .withRouting(mbom.routing().id()).withUom(item.uom())
                .withUnitCost(unitCost(data, order.item(), item.uom()))
                .withOperations(Lists.immutable.withAll(ops));
    }

    private static Optional<Money> unitCost(MasterData data, ItemId id, Uom uom) {
        Optional<Item> item = data.item(id);
        if (item.isEmpty() || item.get().standardCost().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(item.get().standardCost().get().costOf(Quantity.of(1, uom), data.unitConverter(),
                    item.get().conversions(), id.value()));
        } catch (InvalidInputException noConversion) {
            return Optional.empty();
        }
    }

    // ------------------------------------------------------------------------------------------------ start

    /**
     * The shortages that would stop an operation from starting (seed 003 §7.3), without starting it.
     *
     * @param order a released order
     * @param operationNo the operation
     * @param stock the stock view
     * @param lotChoice per material, a lot to take it from instead of FIFO
     * @return the shortages, empty if the operation can start
     */
    public static ImmutableList<Shortage> shortages(ProductionOrder order, int operationNo, StockView stock,
            Map<ItemId, String> lotChoice) {
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        List<Shortage> out = new ArrayList<>();
        for (OrderMaterial m : op.materials()) {
            BigDecimal need = need(m);
            if (m.costOnly() || need.signum() <= 0) {
                continue;
            }
            BigDecimal available = Decimals.roundQuantity(Decimals.divide(
                    lotsFor(stock, order, m, lotChoice).injectInto(BigDecimal.ZERO, (s, l) -> s.add(l.available())),
                    m.uom().factorToBase()));
            if (available.compareTo(need) < 0) {
                out.add(new Shortage(m.component(), need, available, m.uom()));
            }
        }
        return Lists.immutable.withAll(out);
    }

    private static BigDecimal need(OrderMaterial m) {
        BigDecimal n = m.required().subtract(m.issued()).subtract(m.allocated());
        return n.signum() > 0 ? Decimals.strip(n) : BigDecimal.ZERO;
    }

    private static ImmutableList<LotStock> lotsFor(StockView stock, ProductionOrder order, OrderMaterial m,
            Map<ItemId, String> lotChoice) {
        ImmutableList<LotStock> lots = stock.lots(m.component(), order.location());
        String chosen = lotChoice.get(m.component());
        return chosen == null ? lots : lots.select(l -> l.lot().equals(chosen));
    }

    /**
     * Starts an operation: checks its materials, allocates them and auto-issues AUTO_ISSUE materials.
     *
     * @param order a RELEASED or IN_PROGRESS order
     * @param operationNo a PENDING operation whose predecessor is COMPLETED or has delivered good pieces
     * @param stock the stock view (a ledger)
     * @param lotChoice per material, an explicit lot (else FIFO)
     * @param key the command key
     * @param at the time of the start
     * @return shortages (order unchanged), or the started order, its allocations and auto-issues
     * @throws IllegalTransitionException if the order or operation is in the wrong state
     * @throws InvalidInputException if the operation is unknown ({@code OPERATION_UNKNOWN}) or the key invalid
     */
    public static StartResult start(ProductionOrder order, int operationNo, StockView stock,
            Map<ItemId, String> lotChoice, String key, Instant at) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(lotChoice, "lotChoice");
        Objects.requireNonNull(at, "at");
        checkCommandKey(key);
        if (order.status() != OrderStatus.RELEASED && order.status() != OrderStatus.IN_PROGRESS) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(),
                    "start operation " + operationNo);
        }
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        if (op.status() != OperationStatus.PENDING) {
            throw new IllegalTransitionException(subject(order, op), op.status().name(), "IN_PROGRESS");
        }
        int index = order.operations().indexOf(op);
        if (index > 0) {
            OrderOperation prev = order.operations().get(index - 1);
            if (prev.status() != OperationStatus.COMPLETED && prev.good().signum() <= 0) {
                throw new IllegalTransitionException(subject(order, op), "PENDING (operation " + prev.no() + " is "
                        + prev.status() + " and has delivered nothing)", "IN_PROGRESS");
            }
        }
        ImmutableList<Shortage> shortages = shortages(order, operationNo, stock, lotChoice);
        if (shortages.notEmpty()) {
            return new StartResult(order, shortages, Lists.immutable.empty(), Lists.immutable.empty());
        }
        Keys keys = new Keys(key);
        List<Allocation> allocations = new ArrayList<>();
        List<MaterialTransaction> txs = new ArrayList<>();
        List<OrderMaterial> materials = new ArrayList<>();
        for (OrderMaterial m : op.materials()) {
            BigDecimal need = need(m);
            if (m.costOnly() || need.signum() <= 0) {
                materials.add(m);
                continue;
            }
            List<LotQuantity> taken = takeFifo(lotsFor(stock, order, m, lotChoice), need, m.uom());
            List<LotQuantity> lots = new ArrayList<>(m.allocations().castToList());
            for (LotQuantity t : taken) {
                allocations.add(new Allocation(order.id().value(), op.no(),
                        StockKey.of(m.component(), order.location(), t.lot()),
                        Decimals.strip(t.quantity().multiply(m.uom().factorToBase()))));
                lots = addLot(lots, t);
            }
            OrderMaterial next = ((ImmutableOrderMaterial) m).withAllocations(Lists.immutable.withAll(lots));
            if (m.issueType() == IssueType.AUTO_ISSUE) {
                next = issueFrom(next, need, order, op, Optional.empty(), Optional.empty(), keys, at, txs, "auto_issue");
            }
            materials.add(next);
        }
        OrderOperation started = ((ImmutableOrderOperation) op).withStatus(OperationStatus.IN_PROGRESS)
                .withStartKey(key).withMaterials(Lists.immutable.withAll(materials));
        ProductionOrder next = replace(order, started);
        if (next.status() == OrderStatus.RELEASED) {
            next = next.withStatusChecked(OrderStatus.IN_PROGRESS);
        }
        return new StartResult(next, Lists.immutable.empty(), Lists.immutable.withAll(allocations),
                Lists.immutable.withAll(txs));
    }

    private static List<LotQuantity> takeFifo(ImmutableList<LotStock> lots, BigDecimal need, Uom uom) {
        List<LotQuantity> out = new ArrayList<>();
        BigDecimal remaining = need;
        for (LotStock l : lots) {
            if (remaining.signum() <= 0) {
                break;
            }
            BigDecimal available = Decimals.divide(l.available(), uom.factorToBase())
                    .setScale(Decimals.QUANTITY_SCALE, RoundingMode.DOWN);
            BigDecimal take = Decimals.strip(available.min(remaining));
            if (take.signum() > 0) {
                out.add(new LotQuantity(l.lot(), take));
                remaining = remaining.subtract(take);
            }
        }
        return out;
    }

    private static List<LotQuantity> addLot(List<LotQuantity> lots, LotQuantity add) {
        List<LotQuantity> out = new ArrayList<>();
        boolean merged = false;
        for (LotQuantity l : lots) {
            if (l.lot().equals(add.lot())) {
                out.add(new LotQuantity(l.lot(), Decimals.strip(l.quantity().add(add.quantity()))));
                merged = true;
            } else {
                out.add(l);
            }
        }
        if (!merged) {
            out.add(add);
        }
        return out;
    }

    /**
     * Issues {@code quantity} of a material: from its allocations FIFO, then from the stock view's FIFO lots, then
     * without lot. Appends the ISSUE_TO_ORDER transactions and returns the material with issued raised and
     * allocations drawn down.
     */
    private static OrderMaterial issueFrom(OrderMaterial m, BigDecimal quantity, ProductionOrder order,
            OrderOperation op, Optional<StockView> stock, Optional<String> shift, Keys keys, Instant at,
            List<MaterialTransaction> txs, String reason) {
        BigDecimal remaining = quantity;
        List<LotQuantity> left = new ArrayList<>();
        List<LotQuantity> from = new ArrayList<>();
        for (LotQuantity a : m.allocations()) {
            BigDecimal take = a.quantity().min(remaining);
            if (take.signum() > 0) {
                from.add(new LotQuantity(a.lot(), take));
                remaining = remaining.subtract(take);
            }
            BigDecimal rest = a.quantity().subtract(take);
            if (rest.signum() > 0) {
                left.add(new LotQuantity(a.lot(), Decimals.strip(rest)));
            }
        }
        if (remaining.signum() > 0 && stock.isPresent()) {
            for (LotQuantity t : takeFifo(stock.get().lots(m.component(), order.location()), remaining, m.uom())) {
                from.add(t);
                remaining = remaining.subtract(t.quantity());
            }
        }
        if (remaining.signum() > 0) {
            from.add(new LotQuantity(from.isEmpty() ? StockKey.NO_LOT : from.get(from.size() - 1).lot(),
                    Decimals.strip(remaining)));
        }
        for (LotQuantity f : from) {
            txs.add(tx(keys, TransactionType.ISSUE_TO_ORDER, order, op, m, f.quantity(), f.lot(), shift, at,
                    Optional.of(reason)));
        }
        return ((ImmutableOrderMaterial) m).withAllocations(Lists.immutable.withAll(left))
                .withIssued(Decimals.strip(m.issued().add(quantity)));
    }

    private static MaterialTransaction tx(Keys keys, TransactionType type, ProductionOrder order, OrderOperation op,
            OrderMaterial m, BigDecimal quantity, String lot, Optional<String> shift, Instant at,
            Optional<String> reason) {
        return MaterialTransaction.builder().key(keys.next()).type(type).item(m.component())
                .quantity(Quantity.of(quantity, m.uom())).lot(lot).location(order.location())
                .order(order.id().value()).operation(op.no()).workCenter(op.workCenter()).shift(shift)
                .unitCost(m.unitCost()).reason(reason).timestamp(at).build();
    }

    // ------------------------------------------------------------------------------------------------ issue / return

    /**
     * Issues a material manually to an operation (MANUAL issue type, or extra material for any type).
     *
     * @param order a RELEASED or IN_PROGRESS order
     * @param operationNo a PENDING or IN_PROGRESS operation
     * @param component one of its materials
     * @param quantity positive, in the material's unit
     * @param lot the lot, or {@link StockKey#NO_LOT}
     * @param key the command key
     * @param at when
     * @return the order with issued raised, and one ISSUE_TO_ORDER transaction
     */
    public static Execution issue(ProductionOrder order, int operationNo, ItemId component, BigDecimal quantity,
            String lot, String key, Instant at) {
        checkCommandKey(key);
        if (order.status() != OrderStatus.RELEASED && order.status() != OrderStatus.IN_PROGRESS) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(), "issue");
        }
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        if (op.status() != OperationStatus.PENDING && op.status() != OperationStatus.IN_PROGRESS) {
            throw new IllegalTransitionException(subject(order, op), op.status().name(), "issue");
        }
        OrderMaterial m = material(order, op, component);
        BigDecimal q = positive(quantity, "order[" + order.id() + "].operations[" + op.no() + "].materials["
                + component + "].issue");
        List<MaterialTransaction> txs = new ArrayList<>();
        txs.add(tx(new Keys(key), TransactionType.ISSUE_TO_ORDER, order, op, m, q, lot, Optional.empty(), at,
                Optional.of("manual_issue")));
        return new Execution(replace(order, replace(op, issued(m, q, lot, key))), Lists.immutable.withAll(txs));
    }

    /** A manual issue applied to a material: issued raised, that lot's allocations drawn down, the key recorded. */
    private static OrderMaterial issued(OrderMaterial m, BigDecimal q, String lot, String key) {
        List<LotQuantity> left = new ArrayList<>();
        BigDecimal remaining = q;
        for (LotQuantity a : m.allocations()) {
            if (a.lot().equals(lot) && remaining.signum() > 0) {
                BigDecimal take = a.quantity().min(remaining);
                remaining = remaining.subtract(take);
                if (a.quantity().compareTo(take) > 0) {
                    left.add(new LotQuantity(a.lot(), Decimals.strip(a.quantity().subtract(take))));
                }
            } else {
                left.add(a);
            }
        }
        return ((ImmutableOrderMaterial) m).withIssued(Decimals.strip(m.issued().add(q)))
                .withAllocations(Lists.immutable.withAll(left)).withCommandKeys(m.commandKeys().newWith(key));
    }

    /** A return applied to a material: returned raised, the key recorded. */
    private static OrderMaterial returned(OrderMaterial m, BigDecimal q, String key) {
        return ((ImmutableOrderMaterial) m).withReturned(Decimals.strip(m.returned().add(q)))
                .withCommandKeys(m.commandKeys().newWith(key));
    }

    /**
     * Applies the posted transaction of a manual issue or return to the order, as {@link #issue} or
     * {@link #returnToStock} would have when it was posted, without their state checks: the posting happened, the
     * order only missed it (its save failed). Used by {@link ProductionService} to reconcile a retry.
     *
     * @param order the current order, which does not record {@code key} on the transaction's material
     * @param t the posted ISSUE_TO_ORDER or RETURN_TO_STOCK transaction {@code key/1} of this order
     * @param key the command key
     * @return the order reflecting the transaction and recording the key
     * @throws InvalidInputException {@code REFERENCE_UNKNOWN} if the order has no such material,
     *     {@code RETURN_EXCEEDS_ISSUED} if the order's other counters leave no room for a return
     */
    static ProductionOrder reflect(ProductionOrder order, MaterialTransaction t, String key) {
        int operationNo = t.operation().orElse(-1);
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        OrderMaterial m = material(order, op, t.item());
        BigDecimal q = t.quantity().amount();
        OrderMaterial next = t.type() == TransactionType.ISSUE_TO_ORDER ? issued(m, q, t.lot(), key)
                : returned(m, q, key);
        return replace(order, replace(op, next));
    }

    /**
     * Applies a start whose ledger writes happened but whose order save failed: the operation IN_PROGRESS under
     * {@code key} (the order too if it was RELEASED), each material's allocations those the ledger holds for the
     * operation now (the start set them, and its auto-issues drew them down), its issued raised by the posted
     * auto-issues. Derived from the ledger, not recomputed from stock (stock moved since the posting).
     *
     * @param order the current order, whose operation does not record {@code key}
     * @param operationNo the operation
     * @param allocations the ledger's allocations of that operation, base unit
     * @param posted the transactions posted under {@code key} (ISSUE_TO_ORDER of this operation)
     * @param stock the stock view, to order each material's lots first-in first-out
     * @param key the start key
     * @return the started order
     */
    static ProductionOrder reflectStart(ProductionOrder order, int operationNo, ImmutableList<Allocation> allocations,
            ImmutableList<MaterialTransaction> posted, StockView stock, String key) {
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        List<OrderMaterial> materials = new ArrayList<>();
        for (OrderMaterial m : op.materials()) {
            ImmutableList<LotQuantity> lots = ledgerLots(order, m, allocations, stock);
            BigDecimal issued = posted.select(t -> t.type() == TransactionType.ISSUE_TO_ORDER
                    && t.item().equals(m.component())).injectInto(BigDecimal.ZERO,
                            (s, t) -> s.add(t.quantity().amount()));
            if (lots.isEmpty() && issued.signum() == 0) {
                materials.add(m);
                continue;
            }
            materials.add(((ImmutableOrderMaterial) m).withAllocations(lots)
                    .withIssued(Decimals.strip(m.issued().add(issued))));
        }
        OrderOperation started = ((ImmutableOrderOperation) op).withStatus(op.status() == OperationStatus.PENDING
                ? OperationStatus.IN_PROGRESS : op.status()).withStartKey(key)
                .withMaterials(Lists.immutable.withAll(materials));
        ProductionOrder next = replace(order, started);
        if (next.status() == OrderStatus.RELEASED) {
            next = next.withStatusChecked(OrderStatus.IN_PROGRESS);
        }
        return next;
    }

    /**
     * Returns issued material from an order's work in process to stock.
     *
     * @param order a released order (open, completed or cancelled)
     * @param operationNo the operation the material belongs to
     * @param component the material
     * @param quantity positive, at most the material's work in process, in its unit
     * @param lot the lot it goes back into
     * @param key the command key
     * @param at when
     * @return the order with returned raised, and one RETURN_TO_STOCK transaction
     * @throws InvalidInputException with {@code RETURN_EXCEEDS_ISSUED} if more than the work in process
     */
    public static Execution returnToStock(ProductionOrder order, int operationNo, ItemId component,
            BigDecimal quantity, String lot, String key, Instant at) {
        checkCommandKey(key);
        if (order.status() == OrderStatus.PLANNED) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(), "return");
        }
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        OrderMaterial m = material(order, op, component);
        String path = "order[" + order.id() + "].operations[" + op.no() + "].materials[" + component + "].return";
        BigDecimal q = positive(quantity, path);
        if (q.compareTo(m.wip()) > 0) {
            throw InvalidInputException.of(RuleCode.RETURN_EXCEEDS_ISSUED, path, q.toPlainString(),
                    "The return (" + q.toPlainString() + " " + m.uom() + ") of (" + component
                            + ") exceeds what the order holds (" + m.wip().toPlainString() + ": issued "
                            + m.issued().toPlainString() + ", consumed " + m.consumed().toPlainString() + ", scrapped "
                            + m.scrapped().toPlainString() + ", returned " + m.returned().toPlainString() + ").");
        }
        MaterialTransaction t = tx(new Keys(key), TransactionType.RETURN_TO_STOCK, order, op, m, q, lot,
                Optional.empty(), at, Optional.of("return"));
        return new Execution(replace(order, replace(op, returned(m, q, key))), Lists.immutable.of(t));
    }

    // ------------------------------------------------------------------------------------------------ complete

    /**
     * Posts a report that closes an operation, with the brief's short signature: see
     * {@link #complete(ProductionOrder, int, CompletionReport, ConsumptionPolicies, Optional, String, Instant)}.
     *
     * @param order the order
     * @param operationNo the operation
     * @param good good pieces
     * @param scrap scrapped pieces
     * @param reason the scrap reason (required when scrap &gt; 0)
     * @param policies the consumption policies
     * @param key the command key
     * @param at when
     * @return the next order and the transactions
     */
    public static Execution complete(ProductionOrder order, int operationNo, BigDecimal good, BigDecimal scrap,
            Optional<ScrapReason> reason, ConsumptionPolicies policies, String key, Instant at) {
        return complete(order, operationNo, CompletionReport.of(good, scrap, reason), policies, Optional.empty(), key,
                at);
    }

    /**
     * Posts one completion report on an operation: consumes its materials by policy for this report's share,
     * records scrap with its reason, adds the good pieces to the next operation's quantity in, counts tool cycles,
     * on the last operation receives the report's good pieces, and closes the operation (and, for the last one,
     * completes the order) when the report closes it or nothing more can come. See the class documentation.
     *
     * @param order an IN_PROGRESS order
     * @param operationNo an IN_PROGRESS operation
     * @param report good and scrapped pieces of this report, reason, shift, actual use, whether it closes
     * @param policies the consumption policies
     * @param stock where to take material beyond the allocations from (FIFO); empty: without lot
     * @param key the command key of this report, not yet used on the order
     * @param at when
     * @return the next order and the transactions to post atomically
     * @throws IllegalTransitionException if the order (on hold, for example) or operation is in the wrong state,
     *     or the report closes the operation while its predecessor is open
     * @throws dev.mfg.core.error.IdempotencyConflictException if the order already records the key (a report,
     *     start or completion key); {@link ProductionService#complete} replays a retry instead
     * @throws InvalidInputException {@code QTY_NEGATIVE}, {@code QTY_NOT_POSITIVE}, {@code QTY_EXCEEDS_INPUT}
     *     (cumulative good + scrap beyond the quantity in), {@code REASON_MISSING}, {@code REFERENCE_UNKNOWN}
     *     (actual use of a material the operation lacks), {@code ACTUAL_USE_DEFERRED} (actual use of a PER_ORDER
     *     backflush material by a report that does not close the order)
     */
    public static Execution complete(ProductionOrder order, int operationNo, CompletionReport report,
            ConsumptionPolicies policies, Optional<StockView> stock, String key, Instant at) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(at, "at");
        checkCommandKey(key);
        if (order.status() != OrderStatus.IN_PROGRESS) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(),
                    "complete operation " + operationNo);
        }
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        if (op.status() != OperationStatus.IN_PROGRESS) {
            throw new IllegalTransitionException(subject(order, op), op.status().name(), "COMPLETED");
        }
        if (usesKey(order, key)) {
            throw new IdempotencyConflictException(key);
        }
        int index = order.operations().indexOf(op);
        boolean last = index == order.operations().size() - 1;
        Optional<OrderOperation> prev = index == 0 ? Optional.empty() : Optional.of(order.operations().get(index - 1));
        boolean prevClosed = prev.map(x -> x.status() == OperationStatus.COMPLETED).orElse(true);
        if (report.closes() && !prevClosed) {
            throw new IllegalTransitionException(subject(order, op), "IN_PROGRESS (operation " + prev.get().no()
                    + " is " + prev.get().status() + ", more pieces may come)", "COMPLETED");
        }
        String path = "order[" + order.id() + "].operations[" + op.no() + "]";
        Problems p = new Problems();
        BigDecimal good = checked(p, report.good(), path + ".good");
        BigDecimal scrap = checked(p, report.scrap(), path + ".scrap");
        BigDecimal before = op.processed();
        BigDecimal after = Decimals.strip(before.add(good).add(scrap));
        if (p.isEmpty()) {
            BigDecimal total = good.add(scrap);
            if (total.signum() == 0 && (!report.closes() || op.liveReports().isEmpty())) {
                p.add(RuleCode.QTY_NOT_POSITIVE, path + ".good", "0", op.liveReports().isEmpty()
                        ? "A completion must report some good or scrapped pieces."
                        : "A partial report on operation (" + op.no() + ") of order (" + order.id() + ") must report"
                                + " some good or scrapped pieces.\nMaybe close the operation with"
                                + " CompletionReport.closing().");
            } else if (after.compareTo(op.quantityIn()) > 0) {
                p.add(RuleCode.QTY_EXCEEDS_INPUT, path + ".good", after.toPlainString(), "Good plus scrap ("
                        + after.toPlainString() + ": " + before.toPlainString() + " reported before + "
                        + Decimals.strip(total).toPlainString() + " now) exceeds the quantity in ("
                        + op.quantityIn().toPlainString() + ") of operation (" + op.no() + ") of order (" + order.id()
                        + ")" + (prevClosed ? "." : ", what operation (" + prev.get().no() + ") has delivered so far.")
                        + "\nMaybe report at most " + Decimals.strip(op.quantityIn().subtract(before)).toPlainString()
                        + " more pieces.");
            }
            if (scrap.signum() > 0 && report.reason().isEmpty()) {
                p.add(RuleCode.REASON_MISSING, path + ".scrapReason", "", "Scrapped pieces (" + scrap.toPlainString()
                        + ") need a reason.\nMaybe QUALITY_DEFECT, MACHINE_ERROR, OPERATOR_ERROR or MATERIAL_DEFECT.");
            }
        }
        boolean closes = report.closes() || (prevClosed && p.isEmpty() && after.compareTo(op.quantityIn()) == 0);
        report.actualUse().forEach((c, q) -> {
            Optional<OrderMaterial> m = op.material(c);
            if (m.isEmpty()) {
                p.add(RuleCode.REFERENCE_UNKNOWN, path + ".actualUse[" + c + "]", c, "Operation (" + op.no()
                        + ") has no material (" + c + ").");
            } else {
                checked(p, q, path + ".actualUse[" + c + "]");
                if (deferred(m.get()) && !(last && closes)) {
                    p.add(RuleCode.ACTUAL_USE_DEFERRED, path + ".actualUse[" + c + "]", q.toPlainString(),
                            "The material (" + c + ") is backflushed once per order, when the last operation of"
                                    + " order (" + order.id() + ") closes; this report does not post it.\nMaybe report"
                                    + " its actual use with the report that closes the last operation.");
                }
            }
        });
        p.throwIfAny();

        Keys keys = new Keys(key);
        List<MaterialTransaction> txs = new ArrayList<>();
        BigDecimal g = Decimals.strip(op.good().add(good));
        BigDecimal s = Decimals.strip(op.scrap().add(scrap));
        // One builder, so that the operation is checked once with counts and reports that agree.
        ImmutableOrderOperation.Builder b = OrderOperation.builder().from(op).good(g).scrap(s)
                .scrapReason(scrap.signum() > 0 ? report.reason() : op.scrapReason())
                .toolCycles(op.tool().isPresent() ? cycles(g.add(s), op.cavities()) : 0)
                .shift(report.shift())
                .reports(op.reports().newWith(new OperationReport(key, report, at)));
        if (closes) {
            b.status(OperationStatus.COMPLETED).completionKey(key);
        }
        ImmutableOrderOperation done = (ImmutableOrderOperation) b.build();
        Progress from = new Progress(op.good(), op.scrap(), false);
        Progress to = new Progress(g, s, closes);
        List<OrderMaterial> materials = new ArrayList<>();
        for (OrderMaterial m : op.materials()) {
            if (m.costOnly() || (deferred(m) && !(last && closes))) {
                materials.add(m);
                continue;
            }
            materials.add(consume(order, done, m, policies, deferred(m) ? Progress.NONE : from, to,
                    Optional.ofNullable(report.actualUse().get(m.component())), stock, report.shift(), keys, at,
                    txs));
        }
        ProductionOrder next = replace(order, done.withMaterials(Lists.immutable.withAll(materials)));
        if (!last) {
            OrderOperation following = next.operations().get(index + 1);
            next = replace(next, ((ImmutableOrderOperation) following).withQuantityIn(g));
            return new Execution(next, Lists.immutable.withAll(txs));
        }
        if (closes) {
            // The order completes: deferred PER_ORDER backflush of earlier operations, from their cumulative counts.
            for (OrderOperation earlier : next.operations().subList(0, index)) {
                List<OrderMaterial> ms = new ArrayList<>();
                boolean changed = false;
                for (OrderMaterial m : earlier.materials()) {
                    if (!m.costOnly() && deferred(m) && earlier.status() == OperationStatus.COMPLETED) {
                        ms.add(consume(next, earlier, m, policies, Progress.NONE,
                                new Progress(earlier.good(), earlier.scrap(), true), Optional.empty(), stock,
                                report.shift(), keys, at, txs));
                        changed = true;
                    } else {
                        ms.add(m);
                    }
                }
                if (changed) {
                    next = replace(next, ((ImmutableOrderOperation) earlier).withMaterials(Lists.immutable.withAll(ms)));
                }
            }
        }
        if (good.signum() > 0) {
            txs.add(MaterialTransaction.builder().key(keys.next()).type(TransactionType.RECEIPT_FROM_ORDER)
                    .item(order.item()).quantity(Quantity.of(good, order.uom())).lot(order.id().value())
                    .location(order.location()).order(order.id().value()).operation(op.no()).workCenter(op.workCenter())
                    .shift(report.shift()).unitCost(order.unitCost()).reason("receipt_from_order").timestamp(at).build());
        }
        next = ((ImmutableProductionOrder) next).withReceived(Decimals.strip(order.received().add(good)));
        if (closes) {
            next = clearAllocations(next).withStatusChecked(OrderStatus.COMPLETED);
        }
        return new Execution(next, Lists.immutable.withAll(txs));
    }

    // ------------------------------------------------------------------------------------------------ reverse a report

    /**
     * Reverses one completion report of an operation (an operator's typing error: wrong quantity, wrong operation).
     *
     * <p>The transactions, to post as one atomic batch: first the reversal
     * ({@link MaterialTransaction#reversalOf}) of every entry the report posted that is not reversed yet, last posted
     * first (so work in process never dips below zero between legs): its backflush and additional issues, its
     * consumption and scrap, the deferred PER_ORDER backflush and the finished-goods receipt if it posted them. Then,
     * per material of the operation, a <b>re-share</b> that brings the total consumed and scrapped over the live
     * reports to what one report of the live totals posts (the policy's cumulative function f of the live good,
     * scrap and closed state, see the class documentation): taking a report out of the middle of a chain of
     * differences f(after) − f(before) leaves rounding (PROPORTIONAL, GOOD_ONLY) or the close top-up (CONSUME_ALL)
     * out of step. What is missing is consumed or scrapped (issued first from allocations, then stock, when work
     * in process is short); what is too much is taken back by reversing the latest live consumption (or scrap)
     * entries of that material at that operation and posting the remainder again. A material for which a live
     * report of the operation gave an actual use is not re-shared (the actual use stands as reported). A PER_ORDER
     * backflush material is re-shared only while the order stays COMPLETED.
     *
     * <p>The order: the report stays in {@link OrderOperation#reports()} and a {@link ReportReversal} is recorded;
     * good, scrap and tool cycles are recomputed over the live reports, as are the scrap reason and shift (the
     * latest live report's); the next operation's quantity in is the new cumulative good; material counters and
     * the received quantity follow the transactions. If the report closed the operation it re-opens
     * (IN_PROGRESS); if it completed the order, the order is IN_PROGRESS again (the only way out of COMPLETED).
     * Allocations the completion released are not re-established, nor are allocations an issue drew down: like a
     * reversed issue in the ledger, the material goes back to free stock, and later reports backflush from stock.
     *
     * @param order an IN_PROGRESS or COMPLETED order
     * @param operationNo the operation the report was posted on
     * @param reportKey the key of the report to reverse
     * @param posted the ledger entries the order's reports and reversals posted, by command key (every report key
     *     and reversal key of the order; each list in key order {@code key/1, key/2, ...}); missing keys count as
     *     having posted nothing
     * @param policies the consumption policies (those the reports were posted under)
     * @param stock where to take material from when a re-share consumes more than the work in process (FIFO);
     *     empty: without lot
     * @param key the command key of the reversal, not yet used on the order
     * @param at when; not before the report's transactions (the ledger refuses a reversal dated before its original)
     * @return the order after the reversal and the transactions to post atomically
     * @throws IllegalTransitionException if the order is not IN_PROGRESS or COMPLETED (on hold, cancelled, ...)
     * @throws IdempotencyConflictException if the key is already used on the order (a report, start or reversal
     *     key); {@link ProductionService#reverseReport} replays a retry instead
     * @throws InvalidInputException {@code OPERATION_UNKNOWN}; {@code REPORT_UNKNOWN} (the operation records no such
     *     report), {@code REPORT_ALREADY_REVERSED}, {@code REPORT_CONSUMED_DOWNSTREAM} (the next operation has
     *     processed more than would be left, or has closed while the reversal re-opens this one), each at
     *     {@code order[ID].operations[NO].reports[KEY]}
     */
    public static Execution reverseReport(ProductionOrder order, int operationNo, String reportKey,
            Map<String, ImmutableList<LedgerEntry>> posted, ConsumptionPolicies policies, Optional<StockView> stock,
            String key, Instant at) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(reportKey, "reportKey");
        Objects.requireNonNull(posted, "posted");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(stock, "stock");
        Objects.requireNonNull(at, "at");
        checkCommandKey(key);
        if (order.status() != OrderStatus.IN_PROGRESS && order.status() != OrderStatus.COMPLETED) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(),
                    "reverse a report of operation " + operationNo);
        }
        OrderOperation op = order.operation(operationNo).orElseThrow(() -> ProductionOrder.unknownOperation(order,
                operationNo));
        String path = "order[" + order.id() + "].operations[" + op.no() + "].reports[" + reportKey + "]";
        OperationReport target = op.report(reportKey).orElseThrow(() -> {
            Optional<OrderOperation> other = order.operations().detectOptional(o -> o.report(reportKey).isPresent());
            return InvalidInputException.of(RuleCode.REPORT_UNKNOWN, path, reportKey, "Operation (" + op.no()
                    + ") of order (" + order.id() + ") has no completion report (" + reportKey + ")."
                    + other.map(o -> "\nMaybe reverse it on operation " + o.no() + ", where it was reported.")
                            .orElse(op.reportKeys().isEmpty() ? "" : "\nMaybe one of: "
                                    + op.reportKeys().makeString(", ") + "."));
        });
        Optional<ReportReversal> earlier = op.reversalOf(reportKey);
        if (earlier.isPresent()) {
            throw InvalidInputException.of(RuleCode.REPORT_ALREADY_REVERSED, path, reportKey, "The report ("
                    + reportKey + ") of operation (" + op.no() + ") of order (" + order.id()
                    + ") was already reversed (by " + earlier.get().key() + ").");
        }
        if (usesKey(order, key)) {
            throw new IdempotencyConflictException(key);
        }
        int index = order.operations().indexOf(op);
        boolean last = index == order.operations().size() - 1;
        boolean reopens = op.completionKey().map(reportKey::equals).orElse(false)
                && op.status() == OperationStatus.COMPLETED;
        ImmutableList<OperationReport> live = op.liveReports().reject(r -> r.key().equals(reportKey));
        BigDecimal g = Decimals.strip(live.injectInto(BigDecimal.ZERO, (x, r) -> x.add(r.report().good())));
        BigDecimal s = Decimals.strip(live.injectInto(BigDecimal.ZERO, (x, r) -> x.add(r.report().scrap())));
        if (!last) {
            OrderOperation next = order.operations().get(index + 1);
            if (next.processed().compareTo(g) > 0) {
                throw InvalidInputException.of(RuleCode.REPORT_CONSUMED_DOWNSTREAM, path, reportKey, "Reversing the"
                        + " report (" + reportKey + ": " + target.report().good().toPlainString() + " good) of operation ("
                        + op.no() + ") of order (" + order.id() + ") would leave (" + g.toPlainString()
                        + ") pieces entering operation (" + next.no() + "), which has already processed ("
                        + next.processed().toPlainString() + ").\nMaybe reverse reports of operation (" + next.no()
                        + ") first.");
            }
            if (reopens && next.status() == OperationStatus.COMPLETED) {
                throw InvalidInputException.of(RuleCode.REPORT_CONSUMED_DOWNSTREAM, path, reportKey, "The report ("
                        + reportKey + ") closed operation (" + op.no() + ") of order (" + order.id()
                        + "); reversing it re-opens the operation, but operation (" + next.no()
                        + ") has closed since.\nMaybe reverse the report that closed operation (" + next.no()
                        + ") first.");
            }
        }

        // 1. The operation without the report.
        ImmutableOrderOperation.Builder b = OrderOperation.builder().from(op).good(g).scrap(s)
                .toolCycles(op.tool().isPresent() ? cycles(g.add(s), op.cavities()) : 0)
                .scrapReason(Optional.ofNullable(live.toReversed().detect(r -> r.report().scrap().signum() > 0))
                        .flatMap(r -> r.report().reason()))
                .shift(live.isEmpty() ? Optional.empty() : live.getLast().report().shift())
                .reversals(op.reversals().newWith(new ReportReversal(key, reportKey, at)));
        if (reopens) {
            b.status(OperationStatus.IN_PROGRESS).completionKey(Optional.empty());
        }
        OrderOperation reopened = b.build();
        ProductionOrder next = replace(order, reopened);
        if (!last) {
            next = replace(next, ((ImmutableOrderOperation) next.operations().get(index + 1)).withQuantityIn(g));
        }
        if (last && reopens && order.status() == OrderStatus.COMPLETED) {
            next = ((ImmutableProductionOrder) next).withStatus(OrderStatus.IN_PROGRESS);
        }

        // 2. The reversal of every entry the report posted, last first.
        Keys keys = new Keys(key);
        List<MaterialTransaction> txs = new ArrayList<>();
        java.util.Set<String> reversed = new java.util.HashSet<>();
        for (ImmutableList<LedgerEntry> es : posted.values()) {
            es.forEach(e -> e.transaction().reverses().ifPresent(reversed::add));
        }
        ImmutableList<LedgerEntry> own = posted.getOrDefault(reportKey, Lists.immutable.empty());
        for (LedgerEntry e : own.toReversed()) {
            if (!e.transaction().isReversal() && !reversed.contains(e.transaction().key())) {
                MaterialTransaction t = MaterialTransaction.reversalOf(e, keys.next(), at);
                txs.add(t);
                reversed.add(e.transaction().key());
                next = count(next, t);
            }
        }

        // 3. Re-share each material of the operation to what one report of the live totals posts.
        OrderOperation now = next.operation(op.no()).orElseThrow();
        boolean orderCompleted = next.status() == OrderStatus.COMPLETED;
        for (OrderMaterial m0 : now.materials()) {
            if (m0.costOnly() || live.anySatisfy(r -> r.report().actualUse().containsKey(m0.component()))) {
                continue;
            }
            ConsumptionPolicy policy = policies.policyFor(now.workCenter(), m0.component());
            BigDecimal[] want = deferred(m0)
                    ? orderCompleted ? shares(policy, m0.required(), order.quantity(), new Progress(g, s, true))
                            : new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO}
                    : shares(policy, m0.required(), order.quantity(),
                            new Progress(g, s, now.status() == OperationStatus.COMPLETED));
            TransactionType[] types = {TransactionType.CONSUMPTION, TransactionType.SCRAP};
            BigDecimal[] more = new BigDecimal[2];
            for (int i = 0; i < 2; i++) {
                OrderMaterial m = now.material(m0.component()).orElseThrow();
                BigDecimal have = i == 0 ? m.consumed() : m.scrapped();
                BigDecimal d = Decimals.strip(want[i].subtract(have));
                more[i] = d.signum() > 0 ? d : BigDecimal.ZERO;
                if (d.signum() < 0) {
                    next = takeBack(next, now, m, types[i], d.negate(), posted, reversed, keys, at, txs);
                    now = next.operation(op.no()).orElseThrow();
                }
            }
            BigDecimal use = more[0].add(more[1]);
            if (use.signum() > 0) {
                OrderMaterial m = now.material(m0.component()).orElseThrow();
                BigDecimal shortfall = use.subtract(m.wip());
                if (shortfall.signum() > 0) {
                    m = issueFrom(m, Decimals.strip(shortfall), next, now, stock, Optional.empty(), keys, at, txs,
                            "report_reversal");
                }
                if (more[0].signum() > 0) {
                    txs.add(tx(keys, TransactionType.CONSUMPTION, next, now, m, more[0], StockKey.NO_LOT,
                            Optional.empty(), at, Optional.of("report_reversal")));
                }
                if (more[1].signum() > 0) {
                    txs.add(tx(keys, TransactionType.SCRAP, next, now, m, more[1], StockKey.NO_LOT, Optional.empty(),
                            at, Optional.of(now.scrapReason().map(ScrapReason::code).orElse("report_reversal"))));
                }
                m = ((ImmutableOrderMaterial) m).withConsumed(Decimals.strip(m.consumed().add(more[0])))
                        .withScrapped(Decimals.strip(m.scrapped().add(more[1])));
                next = replace(next, replace(now, m));
                now = next.operation(op.no()).orElseThrow();
            }
        }
        return new Execution(next, Lists.immutable.withAll(txs));
    }

    /**
     * Takes back {@code excess} of a material's consumption (or scrap) at an operation: reverses its latest live
     * entries of that type until they cover the excess and posts the remainder again.
     */
    private static ProductionOrder takeBack(ProductionOrder order, OrderOperation op, OrderMaterial m,
            TransactionType type, BigDecimal excess, Map<String, ImmutableList<LedgerEntry>> posted,
            java.util.Set<String> reversed, Keys keys, Instant at, List<MaterialTransaction> txs) {
        List<LedgerEntry> candidates = new ArrayList<>();
        for (ImmutableList<LedgerEntry> es : posted.values()) {
            for (LedgerEntry e : es) {
                MaterialTransaction t = e.transaction();
                if (!t.isReversal() && t.type() == type && t.item().equals(m.component())
                        && t.operation().orElse(-1) == op.no() && !reversed.contains(t.key())) {
                    candidates.add(e);
                }
            }
        }
        candidates.sort(java.util.Comparator.comparingLong(LedgerEntry::sequence).reversed());
        ProductionOrder next = order;
        BigDecimal taken = BigDecimal.ZERO;
        Optional<String> reason = Optional.empty();
        for (LedgerEntry e : candidates) {
            if (taken.compareTo(excess) >= 0) {
                break;
            }
            MaterialTransaction t = MaterialTransaction.reversalOf(e, keys.next(), at);
            txs.add(t);
            reversed.add(e.transaction().key());
            next = count(next, t);
            taken = taken.add(e.transaction().quantity().amount());
            reason = e.transaction().reason();
        }
        if (taken.compareTo(excess) < 0) {
            throw new IllegalStateException("The live " + type + " entries of (" + m.component() + ") at operation ("
                    + op.no() + ") of order (" + order.id() + ") add up to less than the counters say.");
        }
        BigDecimal rest = Decimals.strip(taken.subtract(excess));
        if (rest.signum() > 0) {
            OrderOperation now = next.operation(op.no()).orElseThrow();
            MaterialTransaction t = tx(keys, type, next, now, now.material(m.component()).orElseThrow(), rest,
                    StockKey.NO_LOT, Optional.empty(), at, reason.isPresent() ? reason : Optional.of("report_reversal"));
            txs.add(t);
            next = count(next, t);
        }
        return next;
    }

    /** A material's share of an operation's ledger allocations, in its unit, lots first-in first-out. */
    private static ImmutableList<LotQuantity> ledgerLots(ProductionOrder order, OrderMaterial m,
            ImmutableList<Allocation> allocations, StockView stock) {
        ImmutableList<String> fifo = stock.lots(m.component(), order.location()).collect(LotStock::lot);
        return allocations.select(a -> a.stock().item().equals(m.component())
                        && a.stock().location().equals(order.location()))
                .toSortedListBy(a -> fifo.indexOf(a.stock().lot()) < 0 ? Integer.MAX_VALUE
                        : fifo.indexOf(a.stock().lot()))
                .collect(a -> new LotQuantity(a.stock().lot(),
                        Decimals.strip(Decimals.divide(a.quantity(), m.uom().factorToBase()))))
                .toImmutable();
    }

    /**
     * Sets the allocations of the materials of an operation to the ledger's (when a retry takes posted issues
     * that drew the ledger's allocations down differently from what it computed).
     *
     * @param order the order
     * @param operationNo the operation
     * @param allocations the ledger's allocations of that operation, base unit
     * @param stock the stock view, to order the lots first-in first-out
     * @return the order with those allocations
     */
    static ProductionOrder withLedgerAllocations(ProductionOrder order, int operationNo,
            ImmutableList<Allocation> allocations, StockView stock) {
        OrderOperation op = order.operation(operationNo).orElseThrow();
        return replace(order, ((ImmutableOrderOperation) op).withMaterials(op.materials().collect(m -> m.costOnly()
                ? m : ((ImmutableOrderMaterial) m).withAllocations(ledgerLots(order, m, allocations, stock)))));
    }

    /**
     * Replaces, in an order a command computed, the counter effects of the transactions it computed by those of the
     * transactions that were posted under its key (a retry whose first attempt posted, then failed to save the order:
     * the work in process or stock it drew from may have changed since, so the recomputed issues can differ from the
     * posted ones). Issued, consumed, scrapped, returned and received then equal what the ledger holds; everything
     * else (progress, reports, status) is the command's.
     *
     * @param next the order as the command computed it
     * @param computed the transactions the command computed
     * @param posted the transactions posted under the command's key
     * @return the order with the posted counter effects
     */
    static ProductionOrder recount(ProductionOrder next, ImmutableList<MaterialTransaction> computed,
            ImmutableList<MaterialTransaction> posted) {
        Map<String, BigDecimal[]> delta = new java.util.LinkedHashMap<>();
        BigDecimal[] received = {BigDecimal.ZERO};
        for (int pass = 0; pass < 2; pass++) {
            for (MaterialTransaction t : pass == 0 ? computed : posted) {
                BigDecimal q = t.isReversal() ? t.quantity().amount().negate() : t.quantity().amount();
                if (pass == 0) {
                    q = q.negate();
                }
                int slot;
                switch (t.type()) {
                    case RECEIPT_FROM_ORDER:
                        received[0] = received[0].add(q);
                        continue;
                    case ISSUE_TO_ORDER:
                        slot = 0;
                        break;
                    case CONSUMPTION:
                        slot = 1;
                        break;
                    case SCRAP:
                        slot = 2;
                        break;
                    case RETURN_TO_STOCK:
                        slot = 3;
                        break;
                    default:
                        continue;
                }
                BigDecimal[] d = delta.computeIfAbsent(t.operation().orElse(-1) + "|" + t.item().value(),
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                d[slot] = d[slot].add(q);
            }
        }
        ProductionOrder out = next;
        for (OrderOperation op : next.operations()) {
            boolean changed = false;
            List<OrderMaterial> ms = new ArrayList<>();
            for (OrderMaterial m : op.materials()) {
                BigDecimal[] d = delta.get(op.no() + "|" + m.component().value());
                if (d == null || (d[0].signum() == 0 && d[1].signum() == 0 && d[2].signum() == 0
                        && d[3].signum() == 0)) {
                    ms.add(m);
                    continue;
                }
                changed = true;
                ms.add(OrderMaterial.builder().from(m).issued(Decimals.strip(m.issued().add(d[0])))
                        .consumed(Decimals.strip(m.consumed().add(d[1])))
                        .scrapped(Decimals.strip(m.scrapped().add(d[2])))
                        .returned(Decimals.strip(m.returned().add(d[3]))).build());
            }
            if (changed) {
                out = replace(out, ((ImmutableOrderOperation) out.operation(op.no()).orElseThrow())
                        .withMaterials(Lists.immutable.withAll(ms)));
            }
        }
        if (received[0].signum() != 0) {
            out = ((ImmutableProductionOrder) out).withReceived(Decimals.strip(out.received().add(received[0])));
        }
        return out;
    }

    /** Applies one transaction of the order to its counters: issued, consumed, scrapped, returned, received. */
    private static ProductionOrder count(ProductionOrder order, MaterialTransaction t) {
        BigDecimal q = t.isReversal() ? t.quantity().amount().negate() : t.quantity().amount();
        if (t.type() == TransactionType.RECEIPT_FROM_ORDER) {
            return ((ImmutableProductionOrder) order).withReceived(Decimals.strip(order.received().add(q)));
        }
        Optional<OrderOperation> op = order.operation(t.operation().orElse(-1));
        Optional<OrderMaterial> m = op.flatMap(o -> o.material(t.item()));
        if (m.isEmpty()) {
            return order;
        }
        ImmutableOrderMaterial x = (ImmutableOrderMaterial) m.get();
        switch (t.type()) {
            case ISSUE_TO_ORDER:
                x = x.withIssued(Decimals.strip(x.issued().add(q)));
                break;
            case CONSUMPTION:
                x = x.withConsumed(Decimals.strip(x.consumed().add(q)));
                break;
            case SCRAP:
                x = x.withScrapped(Decimals.strip(x.scrapped().add(q)));
                break;
            case RETURN_TO_STOCK:
                x = x.withReturned(Decimals.strip(x.returned().add(q)));
                break;
            default:
                return order;
        }
        return replace(order, replace(op.get(), x));
    }

    private static boolean deferred(OrderMaterial m) {
        return m.issueType() == IssueType.BACKFLUSH && m.issueLevel() == IssueLevel.PER_ORDER;
    }

    /**
     * Whether a key is already used on the order: a report, reversal, start or completion key of one of its
     * operations.
     */
    private static boolean usesKey(ProductionOrder order, String key) {
        return order.operations().anySatisfy(o -> o.report(key).isPresent() || o.startKey().map(key::equals)
                .orElse(false) || o.completionKey().map(key::equals).orElse(false)
                || o.reversals().anySatisfy(r -> r.key().equals(key)));
    }

    /** Cumulative good and scrap of an operation and whether it is closed: the argument of the shares function. */
    private record Progress(BigDecimal good, BigDecimal scrap, boolean closed) {
        static final Progress NONE = new Progress(BigDecimal.ZERO, BigDecimal.ZERO, false);
    }

    /**
     * The cumulative consumed and scrapped quantities of a material at a progress: non-decreasing in good, scrap
     * and closing, so a report's share f(after) − f(before) is never negative. See the class documentation.
     */
    private static BigDecimal[] shares(ConsumptionPolicy policy, BigDecimal required, BigDecimal orderQuantity,
            Progress at) {
        if (policy == ConsumptionPolicy.CONSUME_ALL && at.closed()) {
            BigDecimal processed = at.good().add(at.scrap());
            if (processed.signum() == 0 || at.scrap().signum() == 0) {
                return new BigDecimal[] {required, BigDecimal.ZERO};
            }
            BigDecimal scrapped = required.multiply(at.scrap()).divide(processed, Decimals.QUANTITY_SCALE,
                    RoundingMode.HALF_UP);
            return new BigDecimal[] {required.subtract(scrapped), scrapped};
        }
        BigDecimal consumed = floor(required.multiply(at.good()), orderQuantity);
        BigDecimal scrapped = policy == ConsumptionPolicy.GOOD_ONLY ? BigDecimal.ZERO
                : floor(required.multiply(at.scrap()), orderQuantity);
        return new BigDecimal[] {consumed, scrapped};
    }

    private static BigDecimal floor(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, Decimals.QUANTITY_SCALE, RoundingMode.DOWN);
    }

    private static OrderMaterial consume(ProductionOrder order, OrderOperation op, OrderMaterial m,
            ConsumptionPolicies policies, Progress from, Progress to, Optional<BigDecimal> actual,
            Optional<StockView> stock, Optional<String> shift, Keys keys, Instant at, List<MaterialTransaction> txs) {
        ConsumptionPolicy policy = policies.policyFor(op.workCenter(), m.component());
        BigDecimal consumed;
        BigDecimal scrapped;
        if (actual.isPresent()) {
            BigDecimal use = actual.get();
            BigDecimal g = to.good().subtract(from.good());
            BigDecimal s = to.scrap().subtract(from.scrap());
            BigDecimal processed = g.add(s);
            scrapped = policy == ConsumptionPolicy.GOOD_ONLY || processed.signum() == 0 || s.signum() == 0
                    ? BigDecimal.ZERO : Decimals.roundQuantity(Decimals.divide(use.multiply(s), processed));
            consumed = use.subtract(scrapped);
        } else {
            BigDecimal[] before = shares(policy, m.required(), order.quantity(), from);
            BigDecimal[] after = shares(policy, m.required(), order.quantity(), to);
            consumed = after[0].subtract(before[0]);
            scrapped = after[1].subtract(before[1]);
        }
        consumed = Decimals.strip(consumed);
        scrapped = Decimals.strip(scrapped);
        BigDecimal use = consumed.add(scrapped);
        OrderMaterial next = m;
        BigDecimal shortfall = use.subtract(m.wip());
        if (shortfall.signum() > 0) {
            next = issueFrom(next, Decimals.strip(shortfall), order, op, stock, shift, keys, at, txs,
                    m.issueType() == IssueType.BACKFLUSH ? "backflush" : "additional_issue");
        }
        if (consumed.signum() > 0) {
            txs.add(tx(keys, TransactionType.CONSUMPTION, order, op, m, consumed, StockKey.NO_LOT, shift, at,
                    Optional.empty()));
        }
        if (scrapped.signum() > 0) {
            txs.add(tx(keys, TransactionType.SCRAP, order, op, m, scrapped, StockKey.NO_LOT, shift, at,
                    op.scrapReason().map(ScrapReason::code)));
        }
        return ((ImmutableOrderMaterial) next).withConsumed(Decimals.strip(next.consumed().add(consumed)))
                .withScrapped(Decimals.strip(next.scrapped().add(scrapped)));
    }

    private static long cycles(BigDecimal quantity, int cavities) {
        return quantity.divide(BigDecimal.valueOf(cavities), 0, RoundingMode.CEILING).longValueExact();
    }

    // ------------------------------------------------------------------------------------------------ status moves

    /**
     * @param order an IN_PROGRESS order
     * @return the order on QUALITY_HOLD
     * @throws IllegalTransitionException from any other status
     */
    public static ProductionOrder hold(ProductionOrder order) {
        if (order.status() != OrderStatus.IN_PROGRESS) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(), "QUALITY_HOLD");
        }
        return order.withStatusChecked(OrderStatus.QUALITY_HOLD);
    }

    /**
     * @param order an order on QUALITY_HOLD
     * @return the order IN_PROGRESS again
     * @throws IllegalTransitionException from any other status
     */
    public static ProductionOrder resume(ProductionOrder order) {
        if (order.status() != OrderStatus.QUALITY_HOLD) {
            throw new IllegalTransitionException("order " + order.id(), order.status().name(), "resume to IN_PROGRESS");
        }
        return order.withStatusChecked(OrderStatus.IN_PROGRESS);
    }

    /**
     * Cancels an open order: unfinished operations become CANCELLED and allocations are dropped (the service
     * releases them in the ledger). Issued material stays in work in process until returned.
     *
     * @param order an open order
     * @return the CANCELLED order
     * @throws IllegalTransitionException if COMPLETED or already CANCELLED
     */
    public static ProductionOrder cancel(ProductionOrder order) {
        ProductionOrder next = order.withStatusChecked(OrderStatus.CANCELLED);
        for (OrderOperation op : next.operations()) {
            if (op.status() != OperationStatus.COMPLETED) {
                next = replace(next, ((ImmutableOrderOperation) op).withStatus(OperationStatus.CANCELLED));
            }
        }
        return clearAllocations(next);
    }

    // ------------------------------------------------------------------------------------------------ shipped goods

    /**
     * Backflush of shipped goods without a finished-goods receipt (seed 000's weekly inventory removal: what was
     * built and shipped last week is removed from component stock). For every stock material of the item's
     * manufacturing BOM for {@code quantity}: an ISSUE_TO_ORDER and a CONSUMPTION against the build reference,
     * with operation and work center, no RECEIPT_FROM_ORDER. Keys are {@code key/1, /2, ...}: posting the same
     * build twice is a replay, never a double backflush.
     *
     * @param data master data
     * @param item the shipped product
     * @param quantity shipped quantity, positive
     * @param date the date selecting BOM and routing
     * @param buildRef the build reference ({@code BATCH-0001}), used as the order reference
     * @param location the stock location
     * @param stock where to pick lots FIFO; empty: without lot
     * @param key the command key
     * @param at when
     * @return the transactions to post atomically
     */
    public static ImmutableList<MaterialTransaction> backflushShipped(MasterData data, ItemId item,
            BigDecimal quantity, LocalDate date, String buildRef, String location, Optional<StockView> stock,
            String key, Instant at) {
        checkCommandKey(key);
        ProductionOrder pseudo = ProductionOrder.builder().id(ProductionOrderId.of(buildRef)).item(item)
                .quantity(positive(quantity, "backflush[" + buildRef + "].quantity")).type(OrderType.MAKE_TO_STOCK)
                .plannedStart(date).plannedEnd(date).location(location).build();
        ProductionOrder released = release(pseudo, data, date);
        Keys keys = new Keys(key);
        List<MaterialTransaction> txs = new ArrayList<>();
        for (OrderOperation op : released.operations()) {
            for (OrderMaterial m : op.materials()) {
                if (m.costOnly()) {
                    continue;
                }
                issueFrom(m, m.required(), released, op, stock, Optional.empty(), keys, at, txs, "backflush_shipped");
                txs.add(tx(keys, TransactionType.CONSUMPTION, released, op, m, m.required(), StockKey.NO_LOT,
                        Optional.empty(), at, Optional.of("backflush_shipped")));
            }
        }
        return Lists.immutable.withAll(txs);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * Checks a command key: the {@link MaterialTransaction#checkKey} rules, and at most
     * {@link #MAX_COMMAND_KEY_LENGTH} characters.
     *
     * @param key the key
     * @return the key
     */
    public static String checkCommandKey(String key) {
        Objects.requireNonNull(key, "key");
        MaterialTransaction.checkKey(key, "command.key");
        if (key.length() > MAX_COMMAND_KEY_LENGTH) {
            throw InvalidInputException.of(RuleCode.ID_INVALID, "command.key", key.length() + " characters",
                    "A command key must be at most " + MAX_COMMAND_KEY_LENGTH + " characters.");
        }
        return key;
    }

    private static BigDecimal checked(Problems p, BigDecimal v, String path) {
        Objects.requireNonNull(v, path);
        try {
            BigDecimal c = Decimals.checkQuantity(v, path);
            if (c.signum() < 0) {
                p.add(RuleCode.QTY_NEGATIVE, path, c.toPlainString(), "The " + path + " (" + c.toPlainString()
                        + ") must not be negative.");
            }
            return c;
        } catch (InvalidInputException e) {
            p.addAll(e);
            return BigDecimal.ZERO;
        }
    }

    private static BigDecimal positive(BigDecimal v, String path) {
        Objects.requireNonNull(v, path);
        BigDecimal c = Decimals.checkQuantity(v, path);
        if (c.signum() <= 0) {
            throw InvalidInputException.of(RuleCode.QTY_NOT_POSITIVE, path, c.toPlainString(),
                    "The quantity (" + c.toPlainString() + ") must be positive.");
        }
        return c;
    }

    private static OrderMaterial material(ProductionOrder order, OrderOperation op, ItemId component) {
        Objects.requireNonNull(component, "component");
        return op.material(component).orElseThrow(() -> InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN,
                "order[" + order.id() + "].operations[" + op.no() + "].materials[" + component + "]", component,
                "Operation (" + op.no() + ") of order (" + order.id() + ") has no material (" + component + ")."));
    }

    private static String subject(ProductionOrder order, OrderOperation op) {
        return "operation " + op.no() + " of order " + order.id();
    }

    static ProductionOrder replace(ProductionOrder order, OrderOperation op) {
        return ((ImmutableProductionOrder) order).withOperations(
                order.operations().collect(o -> o.no() == op.no() ? op : o));
    }

    private static OrderOperation replace(OrderOperation op, OrderMaterial m) {
        return ((ImmutableOrderOperation) op).withMaterials(
                op.materials().collect(x -> x.component().equals(m.component()) ? m : x));
    }

    private static ProductionOrder clearAllocations(ProductionOrder order) {
        return ((ImmutableProductionOrder) order).withOperations(order.operations().collect(
                op -> ((ImmutableOrderOperation) op).withMaterials(op.materials().collect(
                        m -> m.allocations().isEmpty() ? m
                                : ((ImmutableOrderMaterial) m).withAllocations(Lists.immutable.empty())))));
    }

    /** Derives transaction keys {@code key/1}, {@code key/2}, ... */
    private static final class Keys {
        private final String key;
        private int n;

        Keys(String key) {
            this.key = key;
        }

        String next() {
            return key + "/" + (++n);
        }
    }
}
