package dev.mfg.costing.internal;

import static dev.mfg.costing.internal.Amounts.divide;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomId;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.CoProduct;
import dev.mfg.core.bom.OutputKind;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.error.CyclicBomException;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.ConversionFactor;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.LaborCalc;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.OperationTimes;
import dev.mfg.core.routing.Routing;
import dev.mfg.costing.AllocationMethod;
import dev.mfg.costing.ComponentCost;
import dev.mfg.costing.CostElement;
import dev.mfg.costing.CostGap;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.costing.GapReason;
import dev.mfg.costing.JointAllocation;
import dev.mfg.costing.JointOutput;
import dev.mfg.costing.MaterialCost;
import dev.mfg.costing.OperationCost;
import dev.mfg.costing.OutputRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.SortedMaps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The standard cost rollup.
 *
 * <pre>
 * Design. One run indexes what it needs from the snapshot lazily (structure per item: routing in force for L,
 * BOM in force or the what-if version, operation materials and BOM lines assigned by the manufacturing-BOM
 * precedence). The items reachable from the top item are ordered by an iterative depth-first post-order over
 * the edges that carry cost (included lines, operation materials, co-product → producer), so each item is
 * costed once, after all of its components — the low-level-code order of the costing graph. An explicit stack
 * replaces recursion, so a 10,000-level chain needs no thread stack. A grey set detects cycles (possible
 * through operation materials, which BOM validation does not see) and reports the path.
 *
 * Why not MasterData.lowLevelCodes(): those codes order the planning graph over all dates (edges = non-cost-only
 * lines of the effective BOMs). The costing graph is a different one: it has co-product → producer edges (a
 * co-product is costed after the BOM that yields it, which the codes do not order), cost-only lines, the
 * routing in force for this lot size (not the one merged into the effective BOMs), and only lines in force on
 * the costing date. Reverse code order can therefore cost a co-product before its producer, and the gaps
 * (reported in costing order) would come out in another order. The walk is O(reachable items + lines) and
 * visits only what the top item uses, so it stays.
 *
 * Arithmetic: BigDecimal; every quotient is one division, exact when it terminates, else 34 significant digits
 * (Decimals.MONEY_CONTEXT); each leaf amount is then kept to 20 fractional digits (Money's limit) and sums are
 * exact sums of leaves.
 * </pre>
 */
public final class DefaultCostRollup implements CostRollup {
    /** The stateless instance. */
    public static final DefaultCostRollup INSTANCE = new DefaultCostRollup();

    private static final Logger LOG = LoggerFactory.getLogger(DefaultCostRollup.class);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DefaultCostRollup() {}

    @Override
    public CostReport rollUp(MasterData data, ItemId item, CostingOptions options) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(options, "options");
        Item top = data.item(item).orElseThrow(() -> InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "item",
                item, "The item (" + item + ") is not in the master data.\nMaybe check the id, or add the item."));
        Optional<Bom> override = options.bomVersion().map(v -> data.bomCatalog().get(BomId.of(item, v))
                .orElseThrow(() -> InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "costingOptions.bomVersion",
                        v, "The item (" + item + ") has no BOM version (" + v + ").\nMaybe one of "
                                + data.bomCatalog().bomsOf(item).collect(Bom::version) + ".")));
        BigDecimal lot = options.lotSize().or(top::costingLotSize).orElse(BigDecimal.ONE);
        CostReport report = new Run(data, options, top, override, lot).execute();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Rolled up {} at lot size {} on {}: {} per unit, {} components, {} gaps", item,
                    lot.toPlainString(), options.date(), report.unitCost(), report.componentCosts().size(),
                    report.gaps().size());
        }
        return report;
    }

    /** A line with the base quantity it is per (1 for operation materials). */
    private record Line(BomLine line, BigDecimal base) {}

    /** An operation with its times, tool and the lines it consumes. */
    private record OpPlan(OperationTimes times, Optional<Tool> tool, List<Line> lines) {}

    /** How a made item is made. */
    private record Structure(Optional<Routing> routing, Optional<Bom> bom, List<OpPlan> ops, List<Line> unassigned) {}

    /** What a costed item offers its parents. */
    private record Result(Optional<UnitPrice> unitCost, Optional<CostReport> report) {}

    /** The mutable state of one run; never shared. */
    private static final class Run {
        private final MasterData data;
        private final CostingOptions options;
        private final Currency currency;
        private final LocalDate date;
        private final BigDecimal lot;
        private final Item top;
        private final Optional<Bom> override;
        private final Map<ItemId, Optional<Structure>> structures = new HashMap<>();
        private final Map<ItemId, Result> results = new HashMap<>();
        private final Map<ItemId, UnitPrice> coProductCosts = new HashMap<>();
        private final Set<CostGap> allGaps = new LinkedHashSet<>();
        private Map<ItemId, ItemId> coProductOwner;

        Run(MasterData data, CostingOptions options, Item top, Optional<Bom> override, BigDecimal lot) {
            this.data = data;
            this.options = options;
            this.currency = options.costingCurrency();
            this.date = options.date();
            this.lot = lot;
            this.top = top;
            this.override = override;
        }

        CostReport execute() {
            List<ItemId> order = bottomUpOrder();
            for (ItemId id : order) {
                results.put(id, cost(id));
            }
            Result r = results.get(top.id());
            CostReport own = r.report().orElseGet(() -> boughtReport(r.unitCost()));
            Map<ItemId, UnitPrice> components = new TreeMap<>();
            for (ItemId id : order) {
                if (!id.equals(top.id())) {
                    results.get(id).unitCost().ifPresent(u -> components.put(id, u));
                }
            }
            List<ComponentCost> used = new ArrayList<>();
            components.forEach((k, v) -> used.add(new ComponentCost(k, v)));
            return CostReport.builder().from(own).componentCosts(Lists.immutable.withAll(used))
                    .gaps(Lists.immutable.withAll(allGaps)).build();
        }

        // ---------------------------------------------------------------- ordering

        private List<ItemId> bottomUpOrder() {
            List<ItemId> order = new ArrayList<>();
            Set<ItemId> done = new HashSet<>();
            LinkedHashSet<ItemId> onPath = new LinkedHashSet<>();
            ArrayDeque<Map.Entry<ItemId, Iterator<ItemId>>> stack = new ArrayDeque<>();
            onPath.add(top.id());
            stack.push(Map.entry(top.id(), dependencies(top.id()).iterator()));
            while (!stack.isEmpty()) {
                Map.Entry<ItemId, Iterator<ItemId>> frame = stack.peek();
                if (frame.getValue().hasNext()) {
                    ItemId next = frame.getValue().next();
                    if (done.contains(next)) {
                        continue;
                    }
                    if (onPath.contains(next)) {
                        List<String> path = new ArrayList<>();
                        boolean in = false;
                        for (ItemId p : onPath) {
                            in |= p.equals(next);
                            if (in) {
                                path.add(p.value());
                            }
                        }
                        path.add(next.value());
                        throw new CyclicBomException(Lists.immutable.withAll(path), "item[" + next + "]");
                    }
                    onPath.add(next);
                    stack.push(Map.entry(next, dependencies(next).iterator()));
                } else {
                    stack.pop();
                    onPath.remove(frame.getKey());
                    done.add(frame.getKey());
                    order.add(frame.getKey());
                }
            }
            return order;
        }

        private List<ItemId> dependencies(ItemId id) {
            Optional<Structure> s = structure(id);
            List<ItemId> deps = new ArrayList<>();
            if (s.isPresent()) {
                Set<ItemId> seen = new LinkedHashSet<>();
                s.get().ops().forEach(op -> op.lines().forEach(l -> addDependency(id, l, seen)));
                s.get().unassigned().forEach(l -> addDependency(id, l, seen));
                deps.addAll(seen);
            } else {
                ItemId owner = coProductOwners().get(id);
                if (owner != null) {
                    deps.add(owner);
                }
            }
            return deps;
        }

        private void addDependency(ItemId parent, Line l, Set<ItemId> seen) {
            if (included(l.line()) && !isSelfCostOnly(parent, l.line())) {
                seen.add(l.line().component());
            }
        }

        private boolean included(BomLine line) {
            return !line.optional() || options.includeOptional();
        }

        private static boolean isSelfCostOnly(ItemId parent, BomLine line) {
            return line.costOnly() && line.component().equals(parent);
        }

        private Map<ItemId, ItemId> coProductOwners() {
            if (coProductOwner == null) {
                coProductOwner = new HashMap<>();
                data.bomCatalog().planningBoms().forEach(b -> {
                    if (b.effectivity().contains(date) && !b.item().equals(top.id())) {
                        b.coProducts().forEach(c -> coProductOwner.put(c.item(), b.item()));
                    }
                });
                bomOf(top.id()).ifPresent(b -> b.coProducts().forEach(c -> coProductOwner.put(c.item(), top.id())));
            }
            return coProductOwner;
        }

        // ---------------------------------------------------------------- structure

        private Optional<Bom> bomOf(ItemId id) {
            if (id.equals(top.id()) && override.isPresent()) {
                return override;
            }
            return data.bomCatalog().find(id, date);
        }

        private Optional<Structure> structure(ItemId id) {
            Optional<Structure> cached = structures.get(id);
            if (cached != null) {
                return cached;
            }
            Optional<Structure> s = buildStructure(id);
            structures.put(id, s);
            return s;
        }

        private Optional<Structure> buildStructure(ItemId id) {
            Item item = data.item(id).orElseThrow();
            Optional<Bom> bom = bomOf(id);
            boolean phantom = bom.map(Bom::isPhantom).orElse(false);
            if (!item.isMake() && !phantom) {
                return Optional.empty();
            }
            Optional<Routing> routing = data.routingCatalog().find(id, date, lot);
            if (routing.isEmpty() && bom.isEmpty()) {
                return Optional.empty();
            }
            List<OpPlan> ops = new ArrayList<>();
            List<Line> unassigned = new ArrayList<>();
            if (routing.isEmpty()) {
                Bom b = bom.get();
                b.lines().toSortedListBy(BomLine::lineNo).forEach(l -> {
                    if (l.effectivity().contains(date)) {
                        unassigned.add(new Line(l, b.baseQuantity()));
                    }
                });
                return Optional.of(new Structure(routing, bom, ops, unassigned));
            }
            Routing r = routing.get();
            List<Operation> operations = r.operationsOn(date).castToList();
            if (operations.isEmpty()) {
                throw InvalidInputException.of(RuleCode.VALUE_MISSING, "routing[" + r.id() + "].operations", date,
                        "The routing (" + r.id() + ") has no operation in force on (" + date + ").");
            }
            Map<Integer, List<Line>> byOp = new LinkedHashMap<>();
            Set<ItemId> operationComponents = new HashSet<>();
            for (Operation op : operations) {
                List<Line> list = new ArrayList<>();
                op.materials().toSortedListBy(BomLine::lineNo).forEach(m -> {
                    if (m.effectivity().contains(date)) {
                        list.add(new Line(m, BigDecimal.ONE));
                        operationComponents.add(m.component());
                    }
                });
                byOp.put(op.no(), list);
            }
            bom.ifPresent(b -> b.lines().toSortedListBy(BomLine::lineNo).forEach(l -> {
                if (!l.effectivity().contains(date) || operationComponents.contains(l.component())) {
                    return;
                }
                int target = operations.get(0).no();
                if (l.operation().isPresent() && byOp.containsKey(l.operation().getAsInt())) {
                    target = l.operation().getAsInt();
                }
                byOp.get(target).add(new Line(l, b.baseQuantity()));
            }));
            for (Operation op : operations) {
                WorkCenter wc = data.workCenter(op.workCenter()).orElseThrow(() -> InvalidInputException.of(
                        RuleCode.REFERENCE_UNKNOWN, "routing[" + r.id() + "].operations[" + op.no() + "].workCenter",
                        op.workCenter(), "The work center (" + op.workCenter() + ") is not defined."));
                Optional<Tool> tool = op.tool().flatMap(data::tool);
                ops.add(new OpPlan(OperationTimes.of(op, wc, tool), tool, byOp.get(op.no())));
            }
            return Optional.of(new Structure(routing, bom, ops, unassigned));
        }

        // ---------------------------------------------------------------- costing

        private Result cost(ItemId id) {
            Optional<Structure> s = structure(id);
            if (s.isPresent()) {
                CostReport report = costMade(id, s.get());
                Item item = data.item(id).orElseThrow();
                return new Result(Optional.of(UnitPrice.of(report.unitCost(), item.uom())), Optional.of(report));
            }
            UnitPrice allocated = coProductCosts.get(id);
            if (allocated != null) {
                return new Result(Optional.of(allocated), Optional.empty());
            }
            return new Result(standardCost(data.item(id).orElseThrow()), Optional.empty());
        }

        private Optional<UnitPrice> standardCost(Item item) {
            if (item.standardCost().isEmpty()) {
                if (item.isMake()) {
                    gap(item.id(), GapReason.NO_BOM_OR_ROUTING, "The MAKE item (" + item.id()
                            + ") has no BOM or routing in force on (" + date + ") for lot size ("
                            + lot.toPlainString() + ") and no standard cost.");
                } else {
                    gap(item.id(), GapReason.MISSING_STANDARD_COST, "The bought item (" + item.id()
                            + ") has no standard cost.");
                }
                return Optional.empty();
            }
            UnitPrice sc = item.standardCost().get();
            if (!sc.price().currency().equals(currency)) {
                gap(item.id(), GapReason.CURRENCY_MISMATCH, "The standard cost of (" + item.id() + ") is ("
                        + sc + "), not in the costing currency (" + currency.getCurrencyCode() + ").");
                return Optional.empty();
            }
            return Optional.of(sc);
        }

        private void gap(ItemId item, GapReason reason, String message) {
            allGaps.add(new CostGap(item, reason, message));
        }

        private CostReport boughtReport(Optional<UnitPrice> unitCost) {
            Money zero = Money.zero(currency);
            Money perUnit = zero;
            Optional<UnitPrice> used = Optional.empty();
            if (unitCost.isPresent()) {
                Optional<ConversionFactor> f = data.unitConverter().find(top.uom(), unitCost.get().per(),
                        top.conversions());
                if (f.isPresent()) {
                    perUnit = Amounts.money(divide(unitCost.get().price().amount().multiply(f.get().numerator()),
                            f.get().denominator()), currency);
                    used = unitCost;
                } else {
                    gap(top.id(), GapReason.UNIT_NOT_CONVERTIBLE, "The standard cost of (" + top.id() + ") is per ("
                            + unitCost.get().per() + ") which cannot be converted to its unit (" + top.uom() + ").");
                }
            }
            EnumMap<CostElement, Money> elements = zeroElements();
            elements.put(CostElement.MATERIAL, perUnit);
            MaterialCost self = MaterialCost.builder().component(top.id()).lineNo(1).quantityPerUnit(BigDecimal.ONE)
                    .uom(top.uom()).unitCost(used).cost(perUnit).build();
            return CostReport.builder().item(top.id()).lotSize(lot).currency(currency).date(date)
                    .elements(SortedMaps.immutable.withSortedMap(new TreeMap<>(elements))).unitCost(perUnit)
                    .unassignedMaterials(Lists.immutable.of(self)).build();
        }

        private EnumMap<CostElement, Money> zeroElements() {
            EnumMap<CostElement, Money> m = new EnumMap<>(CostElement.class);
            for (CostElement e : CostElement.values()) {
                m.put(e, Money.zero(currency));
            }
            return m;
        }

        private CostReport costMade(ItemId id, Structure s) {
            EnumMap<CostElement, Money> elements = zeroElements();
            List<OperationCost> ops = new ArrayList<>();
            for (OpPlan op : s.ops()) {
                OperationCost oc = operationCost(id, op);
                ops.add(oc);
                elements.merge(CostElement.LABOR, oc.labor(), Money::plus);
                elements.merge(CostElement.MACHINE, oc.machine(), Money::plus);
                elements.merge(CostElement.SETUP, oc.setup(), Money::plus);
                elements.merge(CostElement.OVERHEAD, oc.overhead(), Money::plus);
                elements.merge(CostElement.TOOLING, oc.tooling(), Money::plus);
                elements.merge(CostElement.MATERIAL, oc.material(), Money::plus);
            }
            List<MaterialCost> unassigned = materials(id, s.unassigned());
            for (MaterialCost m : unassigned) {
                elements.merge(CostElement.MATERIAL, m.cost(), Money::plus);
            }
            Money joint = elements.values().stream().reduce(Money.zero(currency), Money::plus);
            Optional<JointAllocation> allocation = s.bom().filter(b -> !b.coProducts().isEmpty())
                    .map(b -> allocate(id, b, joint));
            Money unitCost = allocation.map(a -> a.main().unitCost()).orElse(joint);
            return CostReport.builder().item(id).lotSize(lot).currency(currency).date(date)
                    .bomVersion(s.bom().map(Bom::version)).routingVersion(s.routing().map(Routing::version))
                    .elements(SortedMaps.immutable.withSortedMap(new TreeMap<>(elements))).unitCost(unitCost)
                    .operations(Lists.immutable.withAll(ops)).unassignedMaterials(Lists.immutable.withAll(unassigned))
                    .jointAllocation(allocation).build();
        }

        private OperationCost operationCost(ItemId id, OpPlan op) {
            OperationTimes t = op.times();
            WorkCenter wc = t.workCenter();
            BigDecimal run = t.effectiveRunMinutesPerPiece();
            BigDecimal labor = wc.laborCalc() == LaborCalc.PIECE_RATE ? wc.pieceRateFor(id)
                    : divide(run.multiply(wc.laborRatePerHour()), SIXTY);
            BigDecimal machine = divide(run.multiply(wc.machineRatePerHour()), SIXTY);
            BigDecimal overhead = divide(run.multiply(wc.overheadRatePerHour()), SIXTY);
            BigDecimal setup = divide(t.setupMinutes().multiply(wc.setupRatePerHour()), SIXTY.multiply(lot));
            BigDecimal tooling = op.tool().map(tool -> divide(tool.purchaseCost(),
                    BigDecimal.valueOf(tool.lifeCycles()).multiply(BigDecimal.valueOf(t.cavities()))))
                    .orElse(BigDecimal.ZERO);
            return OperationCost.builder().no(t.operation().no()).workCenter(wc.id()).tool(t.operation().tool())
                    .laborCalc(wc.laborCalc()).setupMinutes(t.setupMinutes()).runMinutesPerUnit(t.runMinutesPerPiece())
                    .effectiveRunMinutesPerUnit(run).cavities(t.cavities())
                    .labor(Amounts.money(labor, currency)).machine(Amounts.money(machine, currency))
                    .setup(Amounts.money(setup, currency)).overhead(Amounts.money(overhead, currency))
                    .tooling(Amounts.money(tooling, currency))
                    .materials(Lists.immutable.withAll(materials(id, op.lines()))).build();
        }

        private List<MaterialCost> materials(ItemId parent, List<Line> lines) {
            List<MaterialCost> out = new ArrayList<>();
            for (Line l : lines) {
                BomLine line = l.line();
                if (!included(line) || isSelfCostOnly(parent, line)) {
                    continue;
                }
                BigDecimal divisor = line.per() == QuantityBasis.UNIT ? l.base() : lot;
                BigDecimal gross = line.quantity().multiply(line.scrapFactor());
                BigDecimal perUnit = divide(gross, divisor);
                Optional<UnitPrice> unitCost = results.get(line.component()).unitCost();
                Money cost = Money.zero(currency);
                if (unitCost.isPresent()) {
                    Item component = data.item(line.component()).orElseThrow();
                    Optional<ConversionFactor> f = data.unitConverter().find(line.uom(), unitCost.get().per(),
                            component.conversions());
                    if (f.isPresent()) {
                        // One division: quantity × scrap × price × num / (divisor × den).
                        cost = Amounts.money(divide(gross.multiply(unitCost.get().price().amount())
                                .multiply(f.get().numerator()), divisor.multiply(f.get().denominator())), currency);
                    } else {
                        gap(line.component(), GapReason.UNIT_NOT_CONVERTIBLE, "The cost of (" + line.component()
                                + ") is per (" + unitCost.get().per() + ") which cannot be converted to the unit ("
                                + line.uom() + ") of line (" + line.lineNo() + ") of (" + parent + ").");
                    }
                }
                out.add(MaterialCost.builder().component(line.component()).lineNo(line.lineNo())
                        .quantityPerUnit(perUnit).uom(line.uom()).unitCost(unitCost).cost(cost)
                        .costOnly(line.costOnly()).optional(line.optional()).build());
            }
            return out;
        }

        // ---------------------------------------------------------------- joint products

        private JointAllocation allocate(ItemId id, Bom bom, Money joint) {
            Item main = data.item(id).orElseThrow();
            List<CoProduct> coProducts = bom.coProducts().castToList();
            BigDecimal credit = BigDecimal.ZERO;
            Map<CoProduct, BigDecimal> credits = new LinkedHashMap<>();
            Map<CoProduct, BigDecimal> values = new HashMap<>();
            for (CoProduct c : coProducts) {
                if (c.kind() != OutputKind.BY_PRODUCT) {
                    continue;
                }
                Optional<BigDecimal> value = valuePerOutputUnit(c);
                BigDecimal q = divide(c.quantity(), bom.baseQuantity());
                BigDecimal cr = value.map(v -> q.multiply(v)).orElse(BigDecimal.ZERO);
                value.ifPresent(v -> values.put(c, v));
                credits.put(c, cr);
                credit = credit.add(cr);
            }
            BigDecimal net = joint.amount().subtract(credit);
            boolean bySales = options.salesValues().containsKey(id) && coProducts.stream()
                    .filter(c -> c.kind() == OutputKind.CO_PRODUCT)
                    .allMatch(c -> options.salesValues().containsKey(c.item()));
            Map<ItemId, BigDecimal> shares = new LinkedHashMap<>();
            Map<ItemId, BigDecimal> allocated = new HashMap<>();
            if (bySales) {
                Map<ItemId, BigDecimal> weights = new LinkedHashMap<>();
                weights.put(id, options.salesValues().get(id));
                for (CoProduct c : coProducts) {
                    if (c.kind() == OutputKind.CO_PRODUCT) {
                        BigDecimal inItemUnit = quantityInItemUnit(c, divide(c.quantity(), bom.baseQuantity()));
                        weights.put(c.item(), inItemUnit.multiply(options.salesValues().get(c.item())));
                    }
                }
                BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                if (total.signum() == 0) {
                    gap(id, GapReason.MISSING_ALLOCATION_BASIS, "The sales values of the outputs of (" + id
                            + ") are all zero; the main product keeps the joint cost.");
                    weights.replaceAll((k, v) -> k.equals(id) ? BigDecimal.ONE : BigDecimal.ZERO);
                    total = BigDecimal.ONE;
                }
                for (Map.Entry<ItemId, BigDecimal> w : weights.entrySet()) {
                    shares.put(w.getKey(), divide(w.getValue().multiply(HUNDRED), total));
                    allocated.put(w.getKey(), divide(net.multiply(w.getValue()), total));
                }
            } else {
                shares.put(id, bom.mainProductCostSharePercent());
                for (CoProduct c : coProducts) {
                    if (c.kind() == OutputKind.CO_PRODUCT) {
                        if (c.costSharePercent().isEmpty()) {
                            gap(c.item(), GapReason.MISSING_ALLOCATION_BASIS, "The co-product (" + c.item() + ") of ("
                                    + id + ") has no cost share and not every output has a sales value.");
                        }
                        shares.put(c.item(), c.costSharePercent().orElse(BigDecimal.ZERO));
                    }
                }
                shares.forEach((k, v) -> allocated.put(k, divide(net.multiply(v), HUNDRED)));
            }
            List<JointOutput> outputs = new ArrayList<>();
            Money mainCost = Amounts.money(allocated.get(id), currency);
            outputs.add(JointOutput.builder().item(id).role(OutputRole.MAIN).quantityPerMainUnit(BigDecimal.ONE)
                    .uom(main.uom()).sharePercent(shares.get(id)).cost(mainCost).unitCost(mainCost).build());
            for (CoProduct c : coProducts) {
                BigDecimal q = divide(c.quantity(), bom.baseQuantity());
                Money cost;
                Money unit;
                BigDecimal share;
                OutputRole role;
                if (c.kind() == OutputKind.BY_PRODUCT) {
                    role = OutputRole.BY_PRODUCT;
                    share = BigDecimal.ZERO;
                    cost = Amounts.money(credits.get(c), currency);
                    unit = Amounts.money(values.getOrDefault(c, BigDecimal.ZERO), currency);
                } else {
                    role = OutputRole.CO_PRODUCT;
                    share = shares.get(c.item());
                    cost = Amounts.money(allocated.get(c.item()), currency);
                    unit = Amounts.money(divide(allocated.get(c.item()), q), currency);
                }
                outputs.add(JointOutput.builder().item(c.item()).role(role).quantityPerMainUnit(q).uom(c.uom())
                        .sharePercent(share).cost(cost).unitCost(unit).build());
                if (!values.containsKey(c) && role == OutputRole.BY_PRODUCT) {
                    continue; // no usable value: not offered to parents (its gap is listed)
                }
                coProductCosts.put(c.item(), UnitPrice.of(unit, c.uom()));
            }
            return JointAllocation.builder().method(bySales ? AllocationMethod.SALES_VALUE : AllocationMethod.COST_SHARES)
                    .jointCost(joint).byProductCredit(Amounts.money(credit, currency))
                    .outputs(Lists.immutable.withAll(outputs)).build();
        }

        /** A by-product's value per unit of the co-product line's unit: sales value, else standard cost. */
        private Optional<BigDecimal> valuePerOutputUnit(CoProduct c) {
            Item item = data.item(c.item()).orElseThrow();
            Optional<UnitPrice> price;
            BigDecimal sales = options.salesValues().get(c.item());
            if (sales != null) {
                price = Optional.of(UnitPrice.of(Amounts.money(sales, currency), item.uom()));
            } else if (item.standardCost().isPresent()) {
                price = standardCost(item);
            } else {
                gap(c.item(), GapReason.MISSING_ALLOCATION_BASIS, "The by-product (" + c.item()
                        + ") has neither a sales value nor a standard cost to credit.");
                return Optional.empty();
            }
            if (price.isEmpty()) {
                return Optional.empty();
            }
            Optional<ConversionFactor> f = data.unitConverter().find(c.uom(), price.get().per(), item.conversions());
            if (f.isEmpty()) {
                gap(c.item(), GapReason.UNIT_NOT_CONVERTIBLE, "The value of (" + c.item() + ") is per ("
                        + price.get().per() + "), not convertible to the output unit (" + c.uom() + ").");
                return Optional.empty();
            }
            return Optional.of(divide(price.get().price().amount().multiply(f.get().numerator()),
                    f.get().denominator()));
        }

        private BigDecimal quantityInItemUnit(CoProduct c, BigDecimal quantity) {
            Item item = data.item(c.item()).orElseThrow();
            Uom target = item.uom();
            return data.unitConverter().find(c.uom(), target, item.conversions())
                    .map(f -> divide(quantity.multiply(f.numerator()), f.denominator()))
                    .orElseGet(() -> {
                        gap(c.item(), GapReason.UNIT_NOT_CONVERTIBLE, "The output unit (" + c.uom() + ") of ("
                                + c.item() + ") cannot be converted to its unit (" + target + ").");
                        return BigDecimal.ZERO;
                    });
        }
    }
}
