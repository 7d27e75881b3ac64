package dev.mfg.core.production;

import dev.mfg.core.bom.IssueLevel;
import dev.mfg.core.bom.IssueType;
import dev.mfg.core.error.IllegalTransitionException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.inventory.Allocation;
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
 *   <li><b>Operations run in sequence</b>: an operation starts when the previous one is COMPLETED; the first takes
 *       the order quantity in, each next one the previous good quantity.</li>
 *   <li><b>Start</b> checks only that operation's stock materials: need = required − issued − allocated, against
 *       available (on-hand − allocations) at the order's location, or in the chosen lot. Any shortage: the order
 *       is returned unchanged with the shortages. Else the need is allocated, FIFO by lot unless a lot is chosen,
 *       and AUTO_ISSUE materials are issued at once.</li>
 *   <li><b>Complete</b> computes per material the use T by the {@link ConsumptionPolicy} (or the reported actual
 *       use), its scrapped share S and consumed share C = T − S. Whatever T exceeds the work in process is issued
 *       first (from allocations FIFO, then from the stock view's FIFO lots when one is given, else without lot):
 *       that is the backflush for BACKFLUSH materials and an additional issue (over-consumption) for the others.
 *       Then CONSUMPTION C and SCRAP S (reason code) are posted against the order's work in process. Work in
 *       process above T stays and can be returned.</li>
 *   <li><b>Issue levels</b>: PER_OPERATION and PER_SHIFT are posted with the operation's report (PER_SHIFT
 *       transactions carry the report's shift; one report is one shift's posting). PER_ORDER BACKFLUSH materials
 *       are deferred to the completion of the last operation and then computed from their own operation's good
 *       and scrap. AUTO_ISSUE materials are issued when their operation starts, whatever the level. MANUAL
 *       materials are issued by {@link #issue}.</li>
 *   <li>Tool cycles: ⌈(good + scrap) / cavities⌉ for an operation with a tool.</li>
 *   <li>The last completion receives the good quantity as RECEIPT_FROM_ORDER into the order's location, lot =
 *       order id, at the product's standard cost frozen at release.</li>
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
     * @param operationNo a PENDING operation whose predecessor is COMPLETED
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
        if (index > 0 && order.operations().get(index - 1).status() != OperationStatus.COMPLETED) {
            OrderOperation prev = order.operations().get(index - 1);
            throw new IllegalTransitionException(subject(order, op), "PENDING (operation " + prev.no() + " is "
                    + prev.status() + ")", "IN_PROGRESS");
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
        OrderMaterial next = ((ImmutableOrderMaterial) m).withIssued(Decimals.strip(m.issued().add(q)))
                .withAllocations(Lists.immutable.withAll(left));
        return new Execution(replace(order, replace(op, next)), Lists.immutable.withAll(txs));
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
        OrderMaterial next = ((ImmutableOrderMaterial) m).withReturned(Decimals.strip(m.returned().add(q)));
        return new Execution(replace(order, replace(op, next)), Lists.immutable.of(t));
    }

    // ------------------------------------------------------------------------------------------------ complete

    /**
     * Completes an operation with the brief's short signature: see
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
     * Completes an operation: consumes its materials by policy, records scrap with its reason, forwards the good
     * quantity, counts tool cycles and, on the last operation, receives the finished goods.
     *
     * @param order an IN_PROGRESS order
     * @param operationNo an IN_PROGRESS operation
     * @param report good and scrapped pieces, reason, shift, actual use
     * @param policies the consumption policies
     * @param stock where to take material beyond the allocations from (FIFO); empty: without lot
     * @param key the command key
     * @param at when
     * @return the next order and the transactions to post atomically
     * @throws IllegalTransitionException if the order (on hold, for example) or operation is in the wrong state
     * @throws InvalidInputException {@code QTY_NEGATIVE}, {@code QTY_NOT_POSITIVE}, {@code QTY_EXCEEDS_INPUT},
     *     {@code REASON_MISSING}, {@code REFERENCE_UNKNOWN} (actual use of a material the operation lacks)
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
        String path = "order[" + order.id() + "].operations[" + op.no() + "]";
        Problems p = new Problems();
        BigDecimal good = checked(p, report.good(), path + ".good");
        BigDecimal scrap = checked(p, report.scrap(), path + ".scrap");
        if (p.isEmpty()) {
            BigDecimal total = good.add(scrap);
            if (total.signum() == 0) {
                p.add(RuleCode.QTY_NOT_POSITIVE, path + ".good", "0", "A completion must report some good or"
                        + " scrapped pieces.");
            } else if (total.compareTo(op.quantityIn()) > 0) {
                p.add(RuleCode.QTY_EXCEEDS_INPUT, path + ".good", total.toPlainString(), "Good plus scrap ("
                        + total.toPlainString() + ") exceeds the quantity in (" + op.quantityIn().toPlainString()
                        + ") of operation (" + op.no() + ").");
            }
            if (scrap.signum() > 0 && report.reason().isEmpty()) {
                p.add(RuleCode.REASON_MISSING, path + ".scrapReason", "", "Scrapped pieces (" + scrap.toPlainString()
                        + ") need a reason.\nMaybe QUALITY_DEFECT, MACHINE_ERROR, OPERATOR_ERROR or MATERIAL_DEFECT.");
            }
        }
        report.actualUse().forEach((c, q) -> {
            if (op.material(c).isEmpty()) {
                p.add(RuleCode.REFERENCE_UNKNOWN, path + ".actualUse[" + c + "]", c, "Operation (" + op.no()
                        + ") has no material (" + c + ").");
            } else {
                checked(p, q, path + ".actualUse[" + c + "]");
            }
        });
        p.throwIfAny();

        Keys keys = new Keys(key);
        List<MaterialTransaction> txs = new ArrayList<>();
        int index = order.operations().indexOf(op);
        boolean last = index == order.operations().size() - 1;
        OrderOperation done = ((ImmutableOrderOperation) op).withStatus(OperationStatus.COMPLETED).withGood(good)
                .withScrap(scrap).withScrapReason(scrap.signum() > 0 ? report.reason() : Optional.empty())
                .withToolCycles(op.tool().isPresent() ? cycles(good.add(scrap), op.cavities()) : 0)
                .withCompletionKey(key).withShift(report.shift());
        List<OrderMaterial> materials = new ArrayList<>();
        for (OrderMaterial m : op.materials()) {
            boolean deferred = m.issueType() == IssueType.BACKFLUSH && m.issueLevel() == IssueLevel.PER_ORDER;
            if (m.costOnly() || (deferred && !last)) {
                materials.add(m);
                continue;
            }
            materials.add(consume(order, done, m, policies, Optional.ofNullable(report.actualUse().get(m.component())),
                    stock, report.shift(), keys, at, txs));
        }
        done = ((ImmutableOrderOperation) done).withMaterials(Lists.immutable.withAll(materials));
        ProductionOrder next = replace(order, done);
        if (!last) {
            OrderOperation following = next.operations().get(index + 1);
            next = replace(next, ((ImmutableOrderOperation) following).withQuantityIn(good));
            return new Execution(next, Lists.immutable.withAll(txs));
        }
        // Last operation: deferred PER_ORDER backflush of earlier operations, then the finished-goods receipt.
        for (OrderOperation earlier : next.operations().subList(0, index)) {
            List<OrderMaterial> ms = new ArrayList<>();
            boolean changed = false;
            for (OrderMaterial m : earlier.materials()) {
                if (!m.costOnly() && m.issueType() == IssueType.BACKFLUSH && m.issueLevel() == IssueLevel.PER_ORDER
                        && earlier.status() == OperationStatus.COMPLETED) {
                    ms.add(consume(next, earlier, m, policies, Optional.empty(), stock, report.shift(), keys, at, txs));
                    changed = true;
                } else {
                    ms.add(m);
                }
            }
            if (changed) {
                next = replace(next, ((ImmutableOrderOperation) earlier).withMaterials(Lists.immutable.withAll(ms)));
            }
        }
        if (good.signum() > 0) {
            txs.add(MaterialTransaction.builder().key(keys.next()).type(TransactionType.RECEIPT_FROM_ORDER)
                    .item(order.item()).quantity(Quantity.of(good, order.uom())).lot(order.id().value())
                    .location(order.location()).order(order.id().value()).operation(op.no()).workCenter(op.workCenter())
                    .shift(report.shift()).unitCost(order.unitCost()).reason("receipt_from_order").timestamp(at).build());
        }
        next = clearAllocations(next);
        next = ((ImmutableProductionOrder) next.withStatusChecked(OrderStatus.COMPLETED)).withReceived(good);
        return new Execution(next, Lists.immutable.withAll(txs));
    }

    private static OrderMaterial consume(ProductionOrder order, OrderOperation op, OrderMaterial m,
            ConsumptionPolicies policies, Optional<BigDecimal> actual, Optional<StockView> stock,
            Optional<String> shift, Keys keys, Instant at, List<MaterialTransaction> txs) {
        BigDecimal g = op.good();
        BigDecimal s = op.scrap();
        BigDecimal processed = g.add(s);
        ConsumptionPolicy policy = policies.policyFor(op.workCenter(), m.component());
        BigDecimal use;
        if (actual.isPresent()) {
            use = actual.get();
        } else if (policy == ConsumptionPolicy.CONSUME_ALL) {
            use = m.required();
        } else if (policy == ConsumptionPolicy.PROPORTIONAL) {
            use = Decimals.roundQuantity(Decimals.divide(m.required().multiply(processed), order.quantity()));
        } else {
            use = Decimals.roundQuantity(Decimals.divide(m.required().multiply(g), order.quantity()));
        }
        BigDecimal scrapped = policy == ConsumptionPolicy.GOOD_ONLY || processed.signum() == 0 || s.signum() == 0
                ? BigDecimal.ZERO : Decimals.roundQuantity(Decimals.divide(use.multiply(s), processed));
        BigDecimal consumed = Decimals.strip(use.subtract(scrapped));
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
