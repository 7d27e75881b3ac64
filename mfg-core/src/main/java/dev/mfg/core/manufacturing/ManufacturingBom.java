package dev.mfg.core.manufacturing;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import dev.mfg.core.routing.Routing;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * A product's manufacturing BOM for an order: the routing in force (chosen by date and lot size) and, per
 * operation, the materials it consumes with their quantities for the order size (seed 003 §3 and §6.2).
 *
 * <h2>Source precedence between operation materials and plain BOM lines</h2>
 * <ol>
 *   <li>Materials defined on a routing operation ({@link Operation#materials()}) are authoritative and are
 *       consumed at that operation.</li>
 *   <li>Lines of the product's plain BOM in force on the date supplement them, except a line whose component
 *       already appears among the routing's operation materials: that line is <em>superseded</em> (listed in
 *       {@link #superseded()}, never counted twice).</li>
 *   <li>A remaining BOM line that names an operation goes to that operation; a line that names none, or names
 *       one that is not in the routing on that date, goes to the first operation.</li>
 * </ol>
 * Within an operation, operation materials come first, then BOM lines, each by line number. Lines whose
 * effectivity excludes the date are left out. Cost-only and optional lines are listed with their flags.
 *
 * <pre>{@code
 * ManufacturingBom mbom = ManufacturingBom.of(data, ItemId.of("FG-WIDGET-001"), date, BigDecimal.TEN).orElseThrow();
 * mbom.operation(10).materials();     // Black PLA 388.5 G = 37 g × 10 × 1.05
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ManufacturingBom {
    private final ItemId item;
    private final LocalDate date;
    private final BigDecimal orderQuantity;
    private final Routing routing;
    private final Optional<Bom> bom;
    private final ImmutableList<OperationMaterials> operations;
    private final ImmutableList<BomLine> superseded;

    private ManufacturingBom(ItemId item, LocalDate date, BigDecimal orderQuantity, Routing routing,
            Optional<Bom> bom, ImmutableList<OperationMaterials> operations, ImmutableList<BomLine> superseded) {
        this.item = item;
        this.date = date;
        this.orderQuantity = orderQuantity;
        this.routing = routing;
        this.bom = bom;
        this.operations = operations;
        this.superseded = superseded;
    }

    /**
     * Builds the manufacturing BOM of an item for an order.
     *
     * @param data validated master data
     * @param item the product
     * @param date the date selecting the routing, BOM, operations and lines in force
     * @param orderQuantity the order size, positive, in the item's unit (also selects the routing's lot-size range)
     * @return the manufacturing BOM, or empty if the item has no routing in force for that date and quantity
     * @throws InvalidInputException if the order quantity is not positive or the routing has no operation in
     *     force on the date
     */
    public static Optional<ManufacturingBom> of(MasterData data, ItemId item, LocalDate date,
            BigDecimal orderQuantity) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(date, "date");
        BigDecimal qty = Decimals.checkQuantity(orderQuantity, "orderQuantity");
        if (qty.signum() <= 0) {
            throw InvalidInputException.of(RuleCode.QTY_NOT_POSITIVE, "orderQuantity", qty.toPlainString(),
                    "The order quantity (" + qty.toPlainString() + ") must be positive.");
        }
        Optional<Routing> found = data.routingCatalog().find(item, date, qty);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Routing routing = found.get();
        ImmutableList<Operation> ops = routing.operationsOn(date);
        if (ops.isEmpty()) {
            throw InvalidInputException.of(RuleCode.VALUE_MISSING, "routing[" + routing.id() + "].operations",
                    date, "The routing (" + routing.id() + ") has no operation in force on (" + date + ").");
        }
        Map<Integer, List<MaterialRequirement>> byOp = new LinkedHashMap<>();
        Set<ItemId> operationComponents = new HashSet<>();
        for (Operation op : ops) {
            List<MaterialRequirement> list = new ArrayList<>();
            op.materials().toSortedListBy(BomLine::lineNo).forEach(m -> {
                if (m.effectivity().contains(date)) {
                    list.add(new MaterialRequirement(m, MaterialSource.OPERATION,
                            m.quantityFor(qty, BigDecimal.ONE)));
                    operationComponents.add(m.component());
                }
            });
            byOp.put(op.no(), list);
        }
        Optional<Bom> bom = data.storedBomCatalog().find(item, date);
        List<BomLine> superseded = new ArrayList<>();
        bom.ifPresent(b -> b.lines().toSortedListBy(BomLine::lineNo).forEach(line -> {
            if (!line.effectivity().contains(date)) {
                return;
            }
            if (operationComponents.contains(line.component())) {
                superseded.add(line);
                return;
            }
            int target = ops.getFirst().no();
            if (line.operation().isPresent() && byOp.containsKey(line.operation().getAsInt())) {
                target = line.operation().getAsInt();
            }
            byOp.get(target).add(new MaterialRequirement(line, MaterialSource.BOM_LINE,
                    line.quantityFor(qty, b.baseQuantity())));
        }));
        List<OperationMaterials> result = new ArrayList<>();
        for (Operation op : ops) {
            WorkCenter wc = data.workCenter(op.workCenter()).orElseThrow(() -> InvalidInputException.of(
                    RuleCode.REFERENCE_UNKNOWN, "routing[" + routing.id() + "].operations[" + op.no() + "].workCenter",
                    op.workCenter(), "The work center (" + op.workCenter() + ") is not defined."));
            OperationTimes times = OperationTimes.of(op, wc, op.tool().flatMap(data::tool));
            result.add(new OperationMaterials(times, Lists.immutable.withAll(byOp.get(op.no()))));
        }
        return Optional.of(new ManufacturingBom(item, date, qty, routing, bom, Lists.immutable.withAll(result),
                Lists.immutable.withAll(superseded)));
    }

    /** {@return the product} */
    public ItemId item() {
        return item;
    }

    /** {@return the date the view was taken on} */
    public LocalDate date() {
        return date;
    }

    /** {@return the order size the quantities are computed for} */
    public BigDecimal orderQuantity() {
        return orderQuantity;
    }

    /** {@return the routing in force} */
    public Routing routing() {
        return routing;
    }

    /** {@return the plain BOM in force, if any} */
    public Optional<Bom> bom() {
        return bom;
    }

    /** {@return the operations in order, each with its materials} */
    public ImmutableList<OperationMaterials> operations() {
        return operations;
    }

    /**
     * @param no an operation number
     * @return that operation, if in the view
     */
    public Optional<OperationMaterials> operation(int no) {
        return Optional.ofNullable(operations.detect(o -> o.no() == no));
    }

    /** {@return BOM lines left out because an operation material defines the same component} */
    public ImmutableList<BomLine> superseded() {
        return superseded;
    }

    /** {@return every material of every operation, in operation order} */
    public ImmutableList<MaterialRequirement> materials() {
        return operations.flatCollect(OperationMaterials::materials);
    }

    /** {@return the number of operations (seed 003 summary: operation_count)} */
    public int operationCount() {
        return operations.size();
    }

    /** {@return Σ setup minutes over the operations (total_setup_minutes)} */
    public BigDecimal totalSetupMinutes() {
        return Decimals.strip(operations.injectInto(BigDecimal.ZERO, (s, o) -> s.add(o.setupMinutes())));
    }

    /** {@return Σ nominal run minutes per unit over the operations (total_run_minutes_per_unit)} */
    public BigDecimal totalRunMinutesPerUnit() {
        return Decimals.strip(operations.injectInto(BigDecimal.ZERO, (s, o) -> s.add(o.runMinutesPerUnit())));
    }

    @Override
    public String toString() {
        return "ManufacturingBom[" + item + " x " + orderQuantity.toPlainString() + " on " + date + ", routing "
                + routing.id() + ", " + operations.size() + " operations]";
    }
}
