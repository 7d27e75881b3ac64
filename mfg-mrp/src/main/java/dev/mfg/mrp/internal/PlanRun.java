package dev.mfg.mrp.internal;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomCatalog;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.DemandType;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.quantity.ConversionFactor;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.CapacityUnit;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingCatalog;
import dev.mfg.core.quantity.UnitConverter;
import dev.mfg.mrp.CapacityLoad;
import dev.mfg.mrp.ComponentRequirement;
import dev.mfg.mrp.ItemPlan;
import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PeggedDemand;
import dev.mfg.mrp.PlanBucket;
import dev.mfg.mrp.PlanRecord;
import dev.mfg.mrp.PlanSummary;
import dev.mfg.mrp.PlannedOrder;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.mrp.ToolLoad;
import dev.mfg.mrp.horizon.PlanningHorizon;
import dev.mfg.mrp.lotsizing.LotForLot;
import dev.mfg.mrp.lotsizing.LotModifiers;
import dev.mfg.mrp.lotsizing.LotSizingPolicies;
import dev.mfg.mrp.lotsizing.LotSizingPolicy;
import dev.mfg.mrp.lotsizing.MicroUnits;
import dev.mfg.mrp.message.ActionMessage;
import dev.mfg.mrp.message.MessageType;
import dev.mfg.mrp.netting.DemandKind;
import dev.mfg.mrp.netting.NettingWorkspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;

/**
 * One planning run. Indexes the snapshot once into dense arrays (items as ints in low-level-code order, BOM edges
 * in CSR arrays with a precomputed {@link MicroRatio} per edge), then plans item by item in that order with one
 * reused {@link NettingWorkspace}; dependent demand is pushed to components as planned orders are created, so no
 * recursion is needed. Quantities are micro-unit {@code long}s until the result is built.
 *
 * <p>Demand references are {@code long}s: a planned order by its creation index (≥ 0), a string (independent
 * demand id, or a phantom's own id for its unpegged pass-through) by {@code -(rank + 1)} in the sorted table of
 * such strings; pegging sorts by one {@code long} key per demand (bucket, kind, then orders before strings) and
 * walks the supplies FIFO over arrays, with the rules of {@link dev.mfg.mrp.netting.Pegging}. Orders are numbered
 * {@code PLN-n} once every item is planned. Routings are scheduled with {@link BackwardScheduler} (operations
 * resolved once per routing and due date), once per run of equal lots of an item; item rows are kept as longs
 * ({@link CompactRows}).
 */
final class PlanRun {
    private static final int SCALES = 48;
    private static final Comparator<ActionMessage> MESSAGE_ORDER = Comparator.comparing(ActionMessage::item)
            .thenComparing(ActionMessage::type).thenComparing(ActionMessage::reference);

    private final PlanningSnapshot snapshot;
    private final MrpOptions options;
    private final PlanningHorizon horizon;
    private final int nb;

    // Items, dense, in low-level-code order.
    private int n;
    private Item[] items;
    private int[] llc;
    private boolean[] phantom;
    private int[] leadTime;
    private long[] safety;
    private LotSizingPolicy[] policy;
    private LotModifiers[] modifiers;
    private long[] onHand;
    // BOM edges (CSR): edges of item i are [edgeStart[i], edgeStart[i + 1]).
    private int[] edgeStart;
    private int[] edgeComp;
    private long[] edgeFixed; // micro-units once per order for BATCH/ORDER lines, -1 for UNIT lines
    private MicroRatio[] edgeRatio;
    private int[] edgeOp; // 0 = no operation
    // Routings: routed[i] when the item has a routing; routingLead[i] when its lead time comes from it.
    private boolean[] routed;
    private boolean[] routingLead;
    private RoutingCatalog routings;
    // Per item, lazily: the candidate routings and, with one candidate, its lot-size range in micro-units.
    private Routing[][] candidates;
    private Long[] lotFrom;
    private Long[] lotTo;
    // Per item inputs.
    private List<List<Indep>> independent;
    private List<List<Receipt>> receipts;
    private Dependent[] dependent;
    // Planned orders, global.
    private int orders;
    private int[] oItem = new int[64];
    private int[] oSeq = new int[64];
    private int[] oRecv = new int[64];
    private int[] oRel = new int[64];
    private long[] oQty = new long[64];
    private long[] oRelDay = new long[64];
    private long[] oExcess = new long[64];
    private int[] oPegFrom = new int[64];
    private int[] oPegCount = new int[64];
    // Pegs of planned orders, global, each order's contiguous: demand reference (see refCode) and quantity.
    private int pegs;
    private long[] pegRef = new long[64];
    private long[] pegQty = new long[64];
    // String references (demand ids, phantom item ids) in string order: reference -(rank + 1).
    private String[] names;
    private Map<String, Integer> nameRank;
    private BackwardScheduler backward;
    // Capacity: minutes per work-center index and bucket; the largest item load per cell for OVERLOAD.
    // Minutes are exact nano-minutes (10^-9 min) in a long, or the BigDecimal beside it when that is not null.
    private long[][] loadNano = new long[0][];
    private BigDecimal[][] loadBig = new BigDecimal[0][];
    // Decimal parts of the work-center cells, summed per scale (index b * SCALES + scale) so that adding never
    // rescales; a decimal of another scale goes to loadBig.
    private BigDecimal[][] loadScaled = new BigDecimal[0][];
    private int[][] topItem = new int[0][];
    private long[][] topNano = new long[0][];
    private BigDecimal[][] topBig = new BigDecimal[0][];
    private long[] itemNano = new long[0];
    private BigDecimal[] itemBig = new BigDecimal[0];
    // The last lot's minutes per operation, as above.
    private long[] minNano = new long[8];
    private BigDecimal[] minBig = new BigDecimal[8];
    private int[] touched = new int[16];
    // Tool load: exact minutes per tool and bucket (tools are few, so plain decimals), by tool id.
    private final Map<ToolId, ToolCells> tools = new TreeMap<>();
    private final List<ToolCells> touchedTools = new ArrayList<>();
    private int touchedCount;
    private boolean[] isTouched = new boolean[0];
    // Material requirements, global.
    private int reqs;
    private int[] rItem = new int[64];
    private long[] rQty = new long[64];
    private long[] rDay = new long[64];
    private int[] rOrder = new int[64];
    private int[] rOp = new int[64];
    // Messages with possibly internal references.
    private final List<Draft> drafts = new ArrayList<>();
    private ItemPlan[] plans;
    private final DecimalCache decimals = new DecimalCache();

    record Indep(String id, DemandKind kind, int bucket, long quantity) {}

    record Receipt(String id, int bucket, long quantity, LocalDate date) {}

    /** A message; {@code order} ≥ 0 refers to a planned order by creation index (then {@code reference} is unused). */
    record Draft(MessageType type, ItemId item, String reference, int order, String text) {
        Draft(MessageType type, ItemId item, String reference, String text) {
            this(type, item, reference, -1, text);
        }
    }

    /** Growable dependent demand of one item; references are encoded as by {@link #refCode}. */
    static final class Dependent {
        int size;
        int[] bucket = new int[4];
        long[] quantity = new long[4];
        long[] ref = new long[4];
        long[] needDay = new long[4];

        void add(int b, long q, long r, long day) {
            if (size > 0 && bucket[size - 1] == b && ref[size - 1] == r) {
                quantity[size - 1] = Math.addExact(quantity[size - 1], q);
                return;
            }
            if (size == bucket.length) {
                int grown = size * 2;
                bucket = Arrays.copyOf(bucket, grown);
                quantity = Arrays.copyOf(quantity, grown);
                ref = Arrays.copyOf(ref, grown);
                needDay = Arrays.copyOf(needDay, grown);
            }
            bucket[size] = b;
            quantity[size] = q;
            ref[size] = r;
            needDay[size] = day;
            size++;
        }
    }

    PlanRun(PlanningSnapshot snapshot, MrpOptions options) {
        this.snapshot = snapshot;
        this.options = options;
        this.horizon = options.horizon();
        this.nb = horizon.buckets();
    }

    MrpResult run(long startedNanos) {
        Map<ItemId, Integer> index = indexItems();
        indexEdges(index);
        indexRoutings();
        indexStock(index);
        indexReceipts(index);
        indexDemands(index);
        indexNames();
        backward = new BackwardScheduler(snapshot.masterData());
        NettingWorkspace ws = NettingWorkspace.create(nb);
        long[] gross = new long[nb];
        long[] work = new long[nb];
        long[] sr = new long[nb];
        long[] releases = new long[nb];
        plans = new ItemPlan[n];
        for (int i = 0; i < n; i++) {
            NetChange.Kept k = kept == null ? null : kept.get(items[i].id()); // net change hook
            if (k != null) {
                replayItem(i, k);
            } else {
                planItem(i, ws, gross, work, sr, releases);
            }
        }
        return build(startedNanos);
    }

    // ---------------------------------------------------------------- indexing

    private Map<ItemId, Integer> indexItems() {
        MasterData data = snapshot.masterData();
        LowLevelCodes codes = LowLevelCodes.of(data.bomCatalog());
        List<Item> list = new ArrayList<>(data.items().castToList());
        Map<ItemId, Integer> code = new HashMap<>();
        for (Item it : list) {
            code.put(it.id(), codes.find(it.id()).orElse(0));
        }
        list.sort(Comparator.<Item>comparingInt(it -> code.get(it.id())).thenComparing(Item::id));
        n = list.size();
        items = list.toArray(new Item[0]);
        llc = new int[n];
        phantom = new boolean[n];
        leadTime = new int[n];
        safety = new long[n];
        policy = new LotSizingPolicy[n];
        modifiers = new LotModifiers[n];
        onHand = new long[n];
        dependent = new Dependent[n];
        Map<ItemId, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Item it = items[i];
            index.put(it.id(), i);
            llc[i] = code.get(it.id());
            leadTime[i] = it.leadTimeDays().orElse(0);
            safety[i] = MicroUnits.toMicros(it.safetyStock());
            policy[i] = LotSizingPolicies.of(it.lotSizing());
            modifiers[i] = LotModifiers.of(it.lotSizing());
        }
        return index;
    }

    private void indexEdges(Map<ItemId, Integer> index) {
        MasterData data = snapshot.masterData();
        BomCatalog catalog = data.bomCatalog();
        UnitConverter converter = data.unitConverter();
        LocalDate start = horizon.start();
        edgeStart = new int[n + 1];
        int[] comp = new int[16];
        long[] fixed = new long[16];
        MicroRatio[] ratio = new MicroRatio[16];
        int[] op = new int[16];
        int e = 0;
        for (int i = 0; i < n; i++) {
            edgeStart[i] = e;
            Item parent = items[i];
            Bom bom = catalog.find(parent.id(), start).orElse(null);
            if (bom == null) {
                continue;
            }
            phantom[i] = bom.isPhantom();
            // Parent quantities are in the item's unit; the base quantity is in the BOM's unit.
            ConversionFactor toBomUnit = bom.uom().isPresent()
                    ? converter.factor(parent.uom(), bom.uom().get(), parent.conversions(), parent.id().value())
                    : ConversionFactor.ONE;
            List<BomLine> lines = new ArrayList<>(bom.lines().castToList());
            lines.sort(Comparator.comparingInt(BomLine::lineNo));
            for (BomLine line : lines) {
                if (line.costOnly() || line.optional() || !line.effectivity().contains(start)) {
                    continue;
                }
                Integer c = index.get(line.component());
                if (c == null) {
                    continue; // MasterData guarantees known components; defensive only
                }
                Item component = items[c];
                ConversionFactor toComponent = converter.factor(line.uom(), component.uom(),
                        component.conversions(), component.id().value());
                if (e == comp.length) {
                    comp = Arrays.copyOf(comp, e * 2);
                    fixed = Arrays.copyOf(fixed, e * 2);
                    ratio = Arrays.copyOf(ratio, e * 2);
                    op = Arrays.copyOf(op, e * 2);
                }
                BigDecimal perLine = line.quantity().multiply(line.scrapFactor())
                        .multiply(toComponent.numerator());
                comp[e] = c;
                op[e] = line.operation().orElse(0);
                if (line.per().isFixed()) {
                    fixed[e] = MicroRatio.of(perLine, toComponent.denominator()).apply(MicroUnits.PER_UNIT);
                    ratio[e] = null;
                } else {
                    fixed[e] = -1;
                    ratio[e] = MicroRatio.of(perLine.multiply(toBomUnit.numerator()),
                            bom.baseQuantity().multiply(toComponent.denominator())
                                    .multiply(toBomUnit.denominator()));
                }
                e++;
            }
        }
        edgeStart[n] = e;
        edgeComp = comp;
        edgeFixed = fixed;
        edgeRatio = ratio;
        edgeOp = op;
    }

    private void indexRoutings() {
        MasterData data = snapshot.masterData();
        routings = data.routingCatalog();
        routed = new boolean[n];
        routingLead = new boolean[n];
        candidates = new Routing[n][];
        lotFrom = new Long[n];
        lotTo = new Long[n];
        for (int i = 0; i < n; i++) {
            routed[i] = items[i].isMake() && !phantom[i] && routings.routingsOf(items[i].id()).notEmpty();
            routingLead[i] = routed[i] && items[i].leadTimeDays().isEmpty();
        }
    }

    private void indexStock(Map<ItemId, Integer> index) {
        for (StockBalance b : snapshot.onHand()) {
            int i = index.get(b.item());
            onHand[i] = Math.addExact(onHand[i], MicroUnits.toMicros(b.quantity()));
        }
    }

    private void indexReceipts(Map<ItemId, Integer> index) {
        receipts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            receipts.add(List.of());
        }
        List<ScheduledReceipt> sorted = new ArrayList<>(snapshot.scheduledReceipts().castToList());
        sorted.sort(Comparator.comparing(ScheduledReceipt::date).thenComparing(ScheduledReceipt::id));
        for (ScheduledReceipt r : sorted) {
            int i = index.get(r.item());
            int b = horizon.bucketOf(r.date());
            if (b >= nb) {
                drafts.add(new Draft(MessageType.BEYOND_HORIZON, r.item(), r.id(), "The scheduled receipt "
                        + r.id() + " of " + r.quantity().toPlainString() + " " + items[i].uom() + " on " + r.date()
                        + " is after the horizon end (" + horizon.endExclusive() + ") and is ignored."));
                continue;
            }
            if (receipts.get(i).isEmpty()) {
                receipts.set(i, new ArrayList<>(2));
            }
            receipts.get(i).add(new Receipt(r.id(), Math.max(0, b), MicroUnits.toMicros(r.quantity()), r.date()));
        }
    }

    private void indexDemands(Map<ItemId, Integer> index) {
        independent = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            independent.add(List.of());
        }
        List<Demand> sorted = new ArrayList<>(snapshot.demands().castToList());
        sorted.sort(Demand.PLANNING_ORDER);
        for (Demand d : sorted) {
            int i = index.get(d.item());
            int b = horizon.bucketOf(d.due());
            String unit = " " + items[i].uom();
            if (b >= nb) {
                drafts.add(new Draft(MessageType.BEYOND_HORIZON, d.item(), d.id(), "The demand " + d.id() + " of "
                        + d.quantity().toPlainString() + unit + " due " + d.due() + " is after the horizon end ("
                        + horizon.endExclusive() + ") and is ignored."));
                continue;
            }
            if (b < 0) {
                drafts.add(new Draft(MessageType.PAST_DUE, d.item(), d.id(), "The demand " + d.id() + " of "
                        + d.quantity().toPlainString() + unit + " was due " + d.due()
                        + ", before the start; it is planned in the first bucket (" + horizon.start() + ")."));
                b = 0;
            }
            if (independent.get(i).isEmpty()) {
                independent.set(i, new ArrayList<>(2));
            }
            DemandKind kind = d.type() == DemandType.FORECAST ? DemandKind.FORECAST : DemandKind.SALES_ORDER;
            independent.get(i).add(new Indep(d.id(), kind, b, MicroUnits.toMicros(d.quantity())));
        }
        if (options.forecastConsumption()) {
            for (int i = 0; i < n; i++) {
                if (!independent.get(i).isEmpty()) {
                    independent.set(i, consume(independent.get(i)));
                }
            }
        }
    }

    /** Sales orders consume the forecasts of their bucket, forecasts by id; consumed-out forecasts are dropped. */
    private List<Indep> consume(List<Indep> list) {
        Map<Integer, Long> orders = new HashMap<>();
        for (Indep d : list) {
            if (d.kind() == DemandKind.SALES_ORDER) {
                orders.merge(d.bucket(), d.quantity(), Math::addExact);
            }
        }
        List<Indep> forecasts = new ArrayList<>();
        List<Indep> out = new ArrayList<>(list.size());
        for (Indep d : list) {
            (d.kind() == DemandKind.FORECAST ? forecasts : out).add(d);
        }
        forecasts.sort(Comparator.comparingInt(Indep::bucket).thenComparing(Indep::id));
        for (Indep f : forecasts) {
            long left = orders.getOrDefault(f.bucket(), 0L);
            long used = Math.min(left, f.quantity());
            orders.put(f.bucket(), left - used);
            if (f.quantity() - used > 0) {
                out.add(new Indep(f.id(), f.kind(), f.bucket(), f.quantity() - used));
            }
        }
        return out;
    }

    /** Ranks every string a pegging reference may hold: independent demand ids and phantom item ids. */
    private void indexNames() {
        java.util.TreeSet<String> set = new java.util.TreeSet<>();
        for (List<Indep> list : independent) {
            for (Indep d : list) {
                set.add(d.id());
            }
        }
        for (int i = 0; i < n; i++) {
            if (phantom[i]) {
                set.add(items[i].id().value());
            }
        }
        names = set.toArray(new String[0]);
        nameRank = new HashMap<>(names.length * 2);
        for (int r = 0; r < names.length; r++) {
            nameRank.put(names[r], r);
        }
    }

    /** {@return the reference code of a string reference: -(rank + 1); order references are their index ≥ 0} */
    private long refCode(String name) {
        return -(nameRank.get(name) + 1L);
    }

    // ---------------------------------------------------------------- planning

    private void planItem(int i, NettingWorkspace ws, long[] gross, long[] work, long[] sr, long[] releases) {
        Arrays.fill(gross, 0L);
        Arrays.fill(sr, 0L);
        Arrays.fill(releases, 0L);
        for (Indep d : independent.get(i)) {
            gross[d.bucket()] = Math.addExact(gross[d.bucket()], d.quantity());
        }
        Dependent dep = dependent[i];
        if (dep != null) {
            for (int k = 0; k < dep.size; k++) {
                gross[dep.bucket[k]] = Math.addExact(gross[dep.bucket[k]], dep.quantity[k]);
            }
        }
        for (Receipt r : receipts.get(i)) {
            sr[r.bucket()] = Math.addExact(sr[r.bucket()], r.quantity());
        }
        System.arraycopy(gross, 0, work, 0, nb);
        long stock = Math.max(0L, onHand[i]);
        long backlog = Math.max(0L, -onHand[i]);
        work[0] = Math.addExact(work[0], backlog); // a backlog is a requirement now
        long ss = phantom[i] ? 0L : safety[i];
        if (phantom[i]) {
            ws.plan(work, sr, nb, stock, 0L, LotForLot.of(), LotModifiers.none(), 0);
        } else {
            ws.plan(work, sr, nb, stock, ss, policy[i], modifiers[i], 0);
        }
        receiptMessages(i, work, stock, ss);
        if (!phantom[i] && ss > 0 && onHand[i] < ss) {
            drafts.add(new Draft(MessageType.BELOW_SAFETY_STOCK, items[i].id(), items[i].id().value(),
                    "The on hand of " + items[i].id() + " (" + MicroUnits.toDecimal(onHand[i]).toPlainString()
                            + " " + items[i].uom() + ") is below its safety stock ("
                            + MicroUnits.toDecimal(ss).toPlainString() + ") at the start."));
        }
        int count = ws.orderCount();
        int firstOrder = orders;
        if (phantom[i]) {
            for (int k = 0; k < count; k++) {
                releases[ws.orderBucket(k)] = Math.addExact(releases[ws.orderBucket(k)], ws.orderQuantity(k));
            }
        } else {
            int lastRecv = -1;
            long lastQty = 0;
            boolean scheduled = false;
            int equal = 0; // orders of the current run of equal lots not yet loaded
            for (int k = 0; k < count; k++) {
                int recv = ws.orderBucket(k);
                long qty = ws.orderQuantity(k);
                long dueDay = horizon.startEpochDay(recv);
                if (routed[i] && (recv != lastRecv || qty != lastQty)) {
                    // Equal lots due together have equal schedules and loads: schedule once per run of them.
                    if (equal > 0) {
                        load(equal);
                        equal = 0;
                    }
                    scheduled = schedule(i, qty, recv, dueDay);
                    if (scheduled) {
                        minutes(qty);
                    }
                    lastRecv = recv;
                    lastQty = qty;
                }
                boolean fromRouting = routingLead[i] && scheduled;
                long relDay = fromRouting ? backward.startDay : dueDay - leadTime[i];
                int rel = horizon.bucketOfEpochDay(relDay);
                if (rel < 0) {
                    drafts.add(new Draft(MessageType.EXPEDITE, items[i].id(), null, orders, "Release "
                            + MicroUnits.toDecimal(qty).toPlainString() + " " + items[i].uom() + " of "
                            + items[i].id() + " due " + LocalDate.ofEpochDay(dueDay) + " now: its lead time ("
                            + (dueDay - relDay) + " days" + (fromRouting ? " from its routing" : "")
                            + ") asks for a release on " + LocalDate.ofEpochDay(relDay) + ", before the start ("
                            + horizon.start() + ")."));
                    rel = 0;
                    relDay = horizon.startEpochDay(0);
                }
                releases[rel] = Math.addExact(releases[rel], qty);
                addOrder(i, k, recv, rel, qty, relDay);
                explode(i, orders - 1, rel, qty, relDay, fromRouting);
                if (scheduled) {
                    equal++;
                }
            }
            if (equal > 0) {
                load(equal);
            }
            flushItemLoad(i);
        }
        peg(i, ws, firstOrder, count, stock, ss);
        plans[i] = record(i, ws, gross, sr, releases, stock, backlog, ss);
    }

    // ---------------------------------------------------------------- net change hook (see NetChange)

    /** Items kept from a previous plan, by id; null for a regenerative run. */
    private @org.jspecify.annotations.Nullable Map<ItemId, NetChange.Kept> kept;
    /** Previous number n of each replayed order {@code PLN-n} → its creation index in this run, else -1. */
    private int[] keptIds = new int[0];

    /**
     * Makes this run replay the given items from a previous plan instead of netting them (see {@link NetChange}).
     *
     * @param keep the unaffected, non-phantom items with their previous orders, record and messages
     * @param previousOrders the number of orders of the previous plan
     * @return this run
     */
    PlanRun keeping(Map<ItemId, NetChange.Kept> keep, int previousOrders) {
        this.kept = keep;
        this.keptIds = new int[previousOrders + 1];
        Arrays.fill(keptIds, -1);
        return this;
    }

    /**
     * Replays an unaffected item: its previous planned orders (receipt bucket and quantity, in id order, which is
     * its netting order) go through the same scheduling, loading, release and explosion as in {@link #planItem},
     * so capacity, tool loads, order {@code EXPEDITE} messages, dependent demand and material requirements are
     * recomputed; netting, lot sizing, pegging, the record and the item's other messages are taken from the
     * previous plan (pegged parent order ids translated to this run's orders).
     */
    private void replayItem(int i, NetChange.Kept k) {
        int count = k.orders().size();
        int firstOrder = orders;
        int lastRecv = -1;
        long lastQty = 0;
        boolean scheduled = false;
        int equal = 0;
        for (int x = 0; x < count; x++) {
            PlannedOrder o = k.orders().get(x);
            int recv = horizon.bucketOf(o.dueDate());
            long qty = MicroUnits.toMicros(o.quantity());
            long dueDay = horizon.startEpochDay(recv);
            // From here to addOrder/explode: the order loop of planItem.
            if (routed[i] && (recv != lastRecv || qty != lastQty)) {
                if (equal > 0) {
                    load(equal);
                    equal = 0;
                }
                scheduled = schedule(i, qty, recv, dueDay);
                if (scheduled) {
                    minutes(qty);
                }
                lastRecv = recv;
                lastQty = qty;
            }
            boolean fromRouting = routingLead[i] && scheduled;
            long relDay = fromRouting ? backward.startDay : dueDay - leadTime[i];
            int rel = horizon.bucketOfEpochDay(relDay);
            if (rel < 0) {
                drafts.add(new Draft(MessageType.EXPEDITE, items[i].id(), null, orders, "Release "
                        + MicroUnits.toDecimal(qty).toPlainString() + " " + items[i].uom() + " of "
                        + items[i].id() + " due " + LocalDate.ofEpochDay(dueDay) + " now: its lead time ("
                        + (dueDay - relDay) + " days" + (fromRouting ? " from its routing" : "")
                        + ") asks for a release on " + LocalDate.ofEpochDay(relDay) + ", before the start ("
                        + horizon.start() + ")."));
                rel = 0;
                relDay = horizon.startEpochDay(0);
            }
            keptIds[NetChange.orderNumber(o.id())] = orders;
            addOrder(i, x, recv, rel, qty, relDay);
            explode(i, orders - 1, rel, qty, relDay, fromRouting);
            if (scheduled) {
                equal++;
            }
        }
        if (equal > 0) {
            load(equal);
        }
        flushItemLoad(i);
        for (int x = 0; x < count; x++) {
            PlannedOrder o = k.orders().get(x);
            int g = firstOrder + x;
            oExcess[g] = MicroUnits.toMicros(o.excess());
            oPegFrom[g] = pegs;
            oPegCount[g] = o.pegging().size();
            for (PeggedDemand p : o.pegging()) {
                int number = NetChange.orderNumber(p.demand()); // no other reference starts with PLN-
                long ref = number > 0 ? keptIds[number] : refCode(p.demand());
                if (ref < 0 && number > 0) {
                    throw new IllegalStateException("Pegged to an order not replayed: " + p.demand());
                }
                addPeg(ref, MicroUnits.toMicros(p.quantity()));
            }
        }
        for (ActionMessage m : k.messages()) {
            drafts.add(new Draft(m.type(), m.item(), m.reference(), m.text()));
        }
        plans[i] = k.record();
    }

    private void addOrder(int item, int seq, int recv, int rel, long qty, long relDay) {
        if (orders == oItem.length) {
            int grown = orders * 2;
            oItem = Arrays.copyOf(oItem, grown);
            oSeq = Arrays.copyOf(oSeq, grown);
            oRecv = Arrays.copyOf(oRecv, grown);
            oRel = Arrays.copyOf(oRel, grown);
            oQty = Arrays.copyOf(oQty, grown);
            oRelDay = Arrays.copyOf(oRelDay, grown);
            oExcess = Arrays.copyOf(oExcess, grown);
            oPegFrom = Arrays.copyOf(oPegFrom, grown);
            oPegCount = Arrays.copyOf(oPegCount, grown);
        }
        oItem[orders] = item;
        oSeq[orders] = seq;
        oRecv[orders] = recv;
        oRel[orders] = rel;
        oQty[orders] = qty;
        oRelDay[orders] = relDay;
        oExcess[orders] = qty;
        oPegFrom[orders] = 0;
        oPegCount[orders] = 0;
        orders++;
    }

    /** Dependent demand of one planned order, in its release bucket; one material requirement per edge. */
    private void explode(int item, int order, int bucket, long qty, long needDay, boolean fromRouting) {
        long startDay = horizon.startEpochDay(0);
        BackwardScheduler.Steps steps = fromRouting ? backward.steps : null;
        for (int e = edgeStart[item]; e < edgeStart[item + 1]; e++) {
            long q = edgeFixed[e] >= 0 ? edgeFixed[e] : edgeRatio[e].apply(qty);
            if (q == 0) {
                continue;
            }
            int b = bucket;
            long day = needDay;
            int op = edgeOp[e];
            if (steps != null) {
                // The operation that consumes the line: the line's own if scheduled, else the first (core's
                // ManufacturingBom rule); the component is needed when that operation's setup starts.
                int k = op == 0 ? -1 : steps.indexOf(op);
                if (k < 0) {
                    k = 0;
                    op = steps.no[0];
                }
                day = Math.max(startDay, backward.setupDay[k]);
                b = horizon.bucketOfEpochDay(day);
            }
            demand(edgeComp[e], b, q, order, day);
            requirement(edgeComp[e], q, day, order, op);
        }
    }

    /**
     * Schedules an order backward from its due date (start of the receipt bucket) into {@link #backward}, if a
     * routing applies; {@return whether one did}
     */
    private boolean schedule(int i, long qty, int recv, long dueDay) {
        Routing routing = routing(i, qty);
        if (routing == null) {
            return false;
        }
        BackwardScheduler.Steps steps = recv < nb ? backward.stepsAt(routing, recv, nb, horizon.start(recv))
                : backward.steps(routing, LocalDate.ofEpochDay(dueDay));
        if (steps == null) {
            return false;
        }
        backward.schedule(steps, qty, decimals::of, dueDay);
        return true;
    }

    /**
     * {@return the routing {@link RoutingCatalog#find} picks for a lot of an item at the horizon start, or null}
     * An item with one candidate (active production routing in force at the start) is decided on its lot-size
     * range in micro-units; more candidates go to the catalog.
     */
    private Routing routing(int i, long qty) {
        if (candidates[i] == null) {
            List<Routing> list = new ArrayList<>(2);
            for (Routing r : routings.routingsOf(items[i].id())) {
                if (r.status() == dev.mfg.core.routing.RoutingStatus.ACTIVE
                        && r.type() == dev.mfg.core.routing.RoutingType.PRODUCTION
                        && r.effectivity().contains(horizon.start())) {
                    list.add(r);
                }
            }
            candidates[i] = list.toArray(new Routing[0]);
            if (candidates[i].length == 1) {
                Routing r = candidates[i][0];
                lotFrom[i] = r.lotSizeFrom().isPresent() ? microsOrNull(r.lotSizeFrom().get()) : Long.MIN_VALUE;
                lotTo[i] = r.lotSizeTo().isPresent() ? microsOrNull(r.lotSizeTo().get()) : Long.MAX_VALUE;
            }
        }
        Routing[] c = candidates[i];
        if (c.length == 0) {
            return null;
        }
        if (c.length == 1 && lotFrom[i] != null && lotTo[i] != null) {
            return lotFrom[i] <= qty && qty <= lotTo[i] ? c[0] : null;
        }
        return routings.find(items[i].id(), horizon.start(), decimals.of(qty)).orElse(null);
    }

    private static @org.jspecify.annotations.Nullable Long microsOrNull(BigDecimal value) {
        try {
            return MicroUnits.toMicros(value);
        } catch (ArithmeticException e) {
            return null; // not an exact micro-unit value: left to the catalog
        }
    }

    /**
     * Computes the setup + run minutes of each operation of the last schedule for a lot into {@link #minNano}
     * (nano-minutes) or, where those are not an exact {@code long}, {@link #minBig}.
     */
    private void minutes(long qty) {
        BackwardScheduler.Steps s = backward.steps;
        if (minNano.length < s.size) {
            minNano = new long[Math.max(s.size, minNano.length * 2)];
            minBig = new BigDecimal[minNano.length];
        }
        for (int k = 0; k < s.size; k++) {
            long v = BackwardScheduler.busyNanoMinutes(s, k, qty);
            minNano[k] = v;
            if (v >= 0) {
                minBig[k] = null;
            } else {
                BigDecimal q = decimals.of(qty);
                BigDecimal m = BackwardScheduler.busyMinutesNonTerminating(s, k, qty, q);
                minBig[k] = m != null ? m : s.times[k].minutesFor(q);
            }
        }
    }

    /**
     * Adds the setup + run minutes of {@code orders} equal orders (the last schedule, {@link #minutes}) to the
     * bucket where each operation's setup starts.
     */
    private void load(int orders) {
        BackwardScheduler.Steps s = backward.steps;
        int wcs = backward.workCenterCount();
        if (wcs > loadNano.length) {
            growLoad(wcs);
        }
        for (int k = 0; k < s.size; k++) {
            int b = horizon.bucketOfEpochDay(backward.setupDay[k]);
            if (b < 0 || b >= nb || (minBig[k] == null ? minNano[k] == 0 : minBig[k].signum() == 0)) {
                continue;
            }
            long nano = -1;
            BigDecimal big = null;
            if (minBig[k] == null) {
                long hi = Math.multiplyHigh(minNano[k], orders);
                nano = minNano[k] * orders;
                if (hi != 0 || nano < 0) {
                    nano = -1;
                    big = BigDecimal.valueOf(minNano[k], 9).multiply(BigDecimal.valueOf(orders));
                }
            } else {
                big = orders > 1 ? minBig[k].multiply(BigDecimal.valueOf(orders)) : minBig[k];
            }
            int w = s.workCenter[k];
            Optional<ToolId> tool = s.operation[k].tool();
            if (tool.isPresent()) {
                loadTool(tool.get(), b, backward.workCenter(w).id(), nano, big);
            }
            if (loadNano[w] == null) {
                loadNano[w] = new long[nb];
                loadBig[w] = new BigDecimal[nb];
                loadScaled[w] = new BigDecimal[nb * SCALES];
                topItem[w] = new int[nb];
                Arrays.fill(topItem[w], -1);
                topNano[w] = new long[nb];
                topBig[w] = new BigDecimal[nb];
            }
            if (big != null && big.scale() >= 0 && big.scale() < SCALES) {
                int x = b * SCALES + big.scale();
                BigDecimal[] scaled = loadScaled[w];
                scaled[x] = scaled[x] == null ? big : scaled[x].add(big);
            } else {
                add(loadNano[w], loadBig[w], b, nano, big);
            }
            int cell = w * nb + b;
            if (!isTouched[cell]) {
                isTouched[cell] = true;
                itemNano[cell] = 0;
                itemBig[cell] = null;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touchedCount * 2);
                }
                touched[touchedCount++] = cell;
            }
            add(itemNano, itemBig, cell, nano, big);
        }
    }

    /** The load of one tool: minutes per bucket, the current item's minutes, the item with the largest load. */
    private static final class ToolCells {
        final ToolId tool;
        final BigDecimal[] minutes;
        final BigDecimal[] item;
        final int[] top;
        final BigDecimal[] topMinutes;
        /** The smallest id among the work centers of the operations that loaded the tool. */
        WorkCenterId calendarOf;
        boolean touched;

        ToolCells(ToolId tool, int nb) {
            this.tool = tool;
            minutes = new BigDecimal[nb];
            item = new BigDecimal[nb];
            top = new int[nb];
            Arrays.fill(top, -1);
            topMinutes = new BigDecimal[nb];
        }
    }

    /** Adds nano-minutes {@code nano} or, when {@code big} is given, {@code big} minutes to a tool's bucket. */
    private void loadTool(ToolId tool, int b, WorkCenterId wc, long nano, BigDecimal big) {
        ToolCells c = tools.computeIfAbsent(tool, t -> new ToolCells(t, nb));
        BigDecimal m = big != null ? big : BigDecimal.valueOf(nano, 9);
        c.minutes[b] = c.minutes[b] == null ? m : c.minutes[b].add(m);
        c.item[b] = c.item[b] == null ? m : c.item[b].add(m);
        if (c.calendarOf == null || wc.compareTo(c.calendarOf) < 0) {
            c.calendarOf = wc;
        }
        if (!c.touched) {
            c.touched = true;
            touchedTools.add(c);
        }
    }

    /**
     * Adds nano-minutes {@code nano} or, when {@code big} is given, {@code big} minutes to a cell, exactly: the
     * cell's minutes are its nano-minutes plus its decimal part (null for zero), so long addends never meet a
     * decimal until the cell is read.
     */
    private static void add(long[] nanos, BigDecimal[] bigs, int x, long nano, BigDecimal big) {
        if (big == null) {
            long sum = nanos[x] + nano;
            if (sum >= 0) {
                nanos[x] = sum;
                return;
            }
            big = BigDecimal.valueOf(nano, 9);
        }
        bigs[x] = bigs[x] == null ? big : bigs[x].add(big);
    }

    /** {@return the minutes of a work-center cell: long part, per-scale decimal parts and other decimals} */
    private BigDecimal cellMinutes(int w, int b) {
        BigDecimal v = value(loadNano[w], loadBig[w], b);
        for (int scale = 0; scale < SCALES; scale++) {
            BigDecimal part = loadScaled[w][b * SCALES + scale];
            if (part != null) {
                v = v.add(part);
            }
        }
        return v;
    }

    /** {@return a cell's minutes} */
    private static BigDecimal value(long[] nanos, BigDecimal[] bigs, int x) {
        if (nanos[x] == 0 && bigs[x] != null) {
            return bigs[x];
        }
        BigDecimal v = BigDecimal.valueOf(nanos[x], 9);
        return bigs[x] == null ? v : v.add(bigs[x]);
    }

    private void growLoad(int wcs) {
        int size = Math.max(wcs, loadNano.length * 2);
        loadNano = Arrays.copyOf(loadNano, size);
        loadBig = Arrays.copyOf(loadBig, size);
        loadScaled = Arrays.copyOf(loadScaled, size);
        topItem = Arrays.copyOf(topItem, size);
        topNano = Arrays.copyOf(topNano, size);
        topBig = Arrays.copyOf(topBig, size);
        itemNano = Arrays.copyOf(itemNano, size * nb);
        itemBig = Arrays.copyOf(itemBig, size * nb);
        isTouched = Arrays.copyOf(isTouched, size * nb);
    }

    /** Keeps, per work center and bucket, the item with the largest load (the smallest id on a tie). */
    private void flushItemLoad(int i) {
        for (int x = 0; x < touchedCount; x++) {
            int cell = touched[x];
            int w = cell / nb;
            int b = cell % nb;
            int top = topItem[w][b];
            int c;
            BigDecimal mine = null;
            if (top < 0) {
                c = 1;
            } else if (itemBig[cell] == null && topBig[w][b] == null) {
                c = Long.compare(itemNano[cell], topNano[w][b]);
            } else {
                mine = value(itemNano, itemBig, cell);
                c = mine.compareTo(value(topNano[w], topBig[w], b));
            }
            if (c > 0 || c == 0 && items[i].id().compareTo(items[top].id()) < 0) {
                topItem[w][b] = i;
                if (itemBig[cell] == null) {
                    topNano[w][b] = itemNano[cell];
                    topBig[w][b] = null;
                } else {
                    // Kept whole, so later comparisons read it without adding.
                    topNano[w][b] = 0;
                    topBig[w][b] = mine != null ? mine : value(itemNano, itemBig, cell);
                }
            }
            isTouched[cell] = false;
            itemBig[cell] = null;
        }
        touchedCount = 0;
        for (ToolCells c : touchedTools) {
            for (int b = 0; b < nb; b++) {
                BigDecimal mine = c.item[b];
                if (mine == null) {
                    continue;
                }
                int top = c.top[b];
                int cmp = top < 0 ? 1 : mine.compareTo(c.topMinutes[b]);
                if (cmp > 0 || cmp == 0 && items[i].id().compareTo(items[top].id()) < 0) {
                    c.top[b] = i;
                    c.topMinutes[b] = mine;
                }
                c.item[b] = null;
            }
            c.touched = false;
        }
        touchedTools.clear();
    }

    /**
     * {@return the load of every loaded tool in every bucket, by tool id then bucket} Capacity: copies × the
     * working hours of the bucket on the calendar of the smallest-id work center among the tool's operations.
     */
    private List<ToolLoad> toolLoads() {
        MasterData data = snapshot.masterData();
        BigDecimal sixty = BigDecimal.valueOf(60);
        BigDecimal hour = BigDecimal.valueOf(3600);
        List<ToolLoad> out = new ArrayList<>();
        for (ToolCells c : tools.values()) {
            int copies = data.tool(c.tool).orElseThrow().copies();
            WorkCenter wc = data.workCenter(c.calendarOf).orElseThrow();
            WorkCalendar calendar = wc.calendar().flatMap(data::calendar).orElseGet(wc::defaultCalendar);
            for (int t = 0; t < nb; t++) {
                long seconds = 0;
                for (LocalDate d = horizon.start(t); d.isBefore(horizon.start(t + 1)); d = d.plusDays(1)) {
                    seconds += calendar.workingTimeOn(d).toSeconds();
                }
                BigDecimal minutes = c.minutes[t] == null ? BigDecimal.ZERO : c.minutes[t];
                BigDecimal load = Decimals.roundQuantity(Decimals.divide(minutes, sixty));
                BigDecimal cap = Decimals.roundQuantity(Decimals.divide(
                        BigDecimal.valueOf(seconds).multiply(BigDecimal.valueOf(copies)), hour));
                ToolLoad l = ToolLoad.builder().tool(c.tool).bucket(t).loadHours(load).capacityHours(cap)
                        .calendarOf(c.calendarOf).build();
                out.add(l);
                if (l.overloaded()) {
                    ItemId top = items[c.top[t]].id();
                    drafts.add(new Draft(MessageType.OVERLOAD, top, c.tool.value(), "Tool " + c.tool + " ("
                            + copies + (copies == 1 ? " copy" : " copies") + ") is loaded " + load.toPlainString()
                            + " h in bucket " + t + " (" + horizon.start(t) + ") against " + cap.toPlainString()
                            + " h it can be mounted; " + top + " has the largest load."));
                }
            }
        }
        return out;
    }

    private List<CapacityLoad> capacity() {
        MasterData data = snapshot.masterData();
        BigDecimal sixty = BigDecimal.valueOf(60);
        Integer[] byId = new Integer[Math.min(loadNano.length, backward.workCenterCount())];
        for (int w = 0; w < byId.length; w++) {
            byId[w] = w;
        }
        Arrays.sort(byId, Comparator.comparing(w -> backward.workCenter(w).id()));
        List<CapacityLoad> out = new ArrayList<>();
        for (int w : byId) {
            if (loadNano[w] == null) {
                continue;
            }
            WorkCenter wc = backward.workCenter(w);
            WorkCalendar calendar = wc.calendar().flatMap(data::calendar).orElseGet(wc::defaultCalendar);
            BigDecimal perDay = wc.capacityUnit() == CapacityUnit.HOURS ? wc.effectiveCapacity()
                    : Decimals.divide(BigDecimal.valueOf(calendar.workingTimePerDay().toMinutes()), sixty)
                            .multiply(wc.multiplier()).multiply(wc.efficiencyFactor())
                            .multiply(wc.utilizationFactor());
            for (int t = 0; t < nb; t++) {
                int days = 0;
                for (LocalDate d = horizon.start(t); d.isBefore(horizon.start(t + 1)); d = d.plusDays(1)) {
                    if (calendar.isWorkingDay(d)) {
                        days++;
                    }
                }
                BigDecimal load = Decimals.roundQuantity(Decimals.divide(cellMinutes(w, t), sixty));
                BigDecimal cap = Decimals.roundQuantity(perDay.multiply(BigDecimal.valueOf(days)));
                CapacityLoad c = CapacityLoad.builder().workCenter(wc.id()).bucket(t).loadHours(load)
                        .capacityHours(cap).build();
                out.add(c);
                if (c.overloaded()) {
                    ItemId top = items[topItem[w][t]].id();
                    drafts.add(new Draft(MessageType.OVERLOAD, top, wc.id().value(), "Work center " + wc.id()
                            + " is loaded " + load.toPlainString() + " h in bucket " + t + " (" + horizon.start(t)
                            + ") against " + cap.toPlainString() + " h of capacity; " + top
                            + " has the largest load."));
                }
            }
        }
        return out;
    }

    private void demand(int comp, int bucket, long q, long ref, long needDay) {
        Dependent d = dependent[comp];
        if (d == null) {
            d = new Dependent();
            dependent[comp] = d;
        }
        d.add(bucket, q, ref, needDay);
    }

    private void requirement(int comp, long q, long day, int order, int op) {
        if (reqs == rItem.length) {
            int grown = reqs * 2;
            rItem = Arrays.copyOf(rItem, grown);
            rQty = Arrays.copyOf(rQty, grown);
            rDay = Arrays.copyOf(rDay, grown);
            rOrder = Arrays.copyOf(rOrder, grown);
            rOp = Arrays.copyOf(rOp, grown);
        }
        rItem[reqs] = comp;
        rQty[reqs] = q;
        rDay[reqs] = day;
        rOrder[reqs] = order;
        rOp[reqs] = op;
        reqs++;
    }

    // ---------------------------------------------------------------- pegging over arrays

    private long[] dKey = new long[16];
    private long[] dRef = new long[16];
    private long[] dQty = new long[16];
    private int[] dOrder = new int[16];
    private int[] dTmp = new int[16];
    private int[] sOrder = new int[16]; // planned order index k, or -1 for on hand and scheduled receipts
    private long[] sQty = new long[16];
    private long[] sliceRef = new long[16];
    private long[] sliceQty = new long[16];

    private static final long SUB_BITS = 42;
    private static final long STRING_REFS = 1L << 40;

    /** Pegging sort key: bucket, then kind (sales order, dependent, forecast), then id (orders before names). */
    private static long demandKey(int bucket, DemandKind kind, long sub) {
        return ((long) bucket << (SUB_BITS + 2)) | ((long) kind.ordinal() << SUB_BITS) | sub;
    }

    private static long subOf(long ref) {
        return ref >= 0 ? ref : STRING_REFS + (-ref - 1);
    }

    /**
     * FIFO pegging of the item's supplies to its demands (the rules of {@link dev.mfg.mrp.netting.Pegging}, over
     * arrays); for a phantom, its pass-through lots are then exploded into its components slice by slice, each
     * slice carrying the reference of the demand it serves.
     */
    private void peg(int i, NettingWorkspace ws, int firstOrder, int count, long stock, long ss) {
        if (count == 0) {
            return;
        }
        List<Indep> indep = independent.get(i);
        Dependent dep = dependent[i];
        int nd = indep.size() + (dep == null ? 0 : dep.size);
        if (dKey.length < nd) {
            int size = Math.max(nd, dKey.length * 2);
            dKey = new long[size];
            dRef = new long[size];
            dQty = new long[size];
            dOrder = new int[size];
            dTmp = new int[size];
        }
        int d = 0;
        for (Indep x : indep) {
            if (x.quantity() > 0) {
                long ref = refCode(x.id());
                dKey[d] = demandKey(x.bucket(), x.kind(), subOf(ref));
                dRef[d] = ref;
                dQty[d] = x.quantity();
                d++;
            }
        }
        if (dep != null) {
            for (int k = 0; k < dep.size; k++) {
                dKey[d] = demandKey(dep.bucket[k], DemandKind.DEPENDENT, subOf(dep.ref[k]));
                dRef[d] = dep.ref[k];
                dQty[d] = dep.quantity[k];
                d++;
            }
        }
        for (int x = 0; x < d; x++) {
            dOrder[x] = x;
        }
        IndexSort.byKey(dOrder, dTmp, d, dKey);
        // Supplies: on hand, then per bucket scheduled receipts (by id) before planned orders (in sequence).
        List<Receipt> rs = receipts.get(i);
        if (rs.size() > 1) {
            rs = new ArrayList<>(rs);
            rs.sort(Comparator.comparingInt(Receipt::bucket).thenComparing(Receipt::id));
        }
        int ns = (stock > 0 ? 1 : 0) + rs.size() + count;
        if (sOrder.length < ns) {
            int size = Math.max(ns, sOrder.length * 2);
            sOrder = new int[size];
            sQty = new long[size];
        }
        int s = 0;
        if (stock > 0) {
            sOrder[s] = -1;
            sQty[s++] = stock;
        }
        int r = 0;
        for (int k = 0; k < count; k++) {
            int b = ws.orderBucket(k);
            while (r < rs.size() && rs.get(r).bucket() <= b) {
                sOrder[s] = -1;
                sQty[s++] = rs.get(r++).quantity();
            }
            sOrder[s] = k;
            sQty[s++] = ws.orderQuantity(k);
        }
        // Receipts after the last planned order take no part in its pegging: they are left out.
        boolean pass = phantom[i];
        int mark = pegs;
        if (pass) {
            if (phFrom.length < count) {
                phFrom = new int[Math.max(count, phFrom.length * 2)];
                phCount = new int[phFrom.length];
            }
            Arrays.fill(phCount, 0, count, 0);
        }
        int j = 0;
        for (int x = 0; x < d && j < s; x++) {
            int dm = dOrder[x];
            long need = dQty[dm];
            while (need > 0) {
                while (j < s && sQty[j] == 0) {
                    j++;
                }
                if (j == s) {
                    break;
                }
                long take = Math.min(need, sQty[j]);
                int k = sOrder[j];
                if (k >= 0) {
                    if (pass) {
                        if (phCount[k]++ == 0) {
                            phFrom[k] = pegs;
                        }
                    } else {
                        int g = firstOrder + k;
                        if (oPegCount[g]++ == 0) {
                            oPegFrom[g] = pegs;
                        }
                        oExcess[g] -= take;
                    }
                    addPeg(dRef[dm], take);
                }
                sQty[j] -= take;
                need -= take;
            }
        }
        if (pass) {
            passThrough(i, ws, count, dep);
            pegs = mark; // a phantom has no planned orders: its pegs only steer the pass-through
        }
    }

    private int[] phFrom = new int[16];
    private int[] phCount = new int[16];

    private void addPeg(long ref, long qty) {
        if (pegs == pegRef.length) {
            pegRef = Arrays.copyOf(pegRef, pegs * 2);
            pegQty = Arrays.copyOf(pegQty, pegs * 2);
        }
        pegRef[pegs] = ref;
        pegQty[pegs] = qty;
        pegs++;
    }

    private void passThrough(int i, NettingWorkspace ws, int count, Dependent dep) {
        Map<Long, Long> needDays = new HashMap<>();
        if (dep != null) {
            for (int k = 0; k < dep.size; k++) {
                needDays.putIfAbsent(dep.ref[k], dep.needDay[k]);
            }
        }
        long self = refCode(items[i].id().value());
        for (int k = 0; k < count; k++) {
            int bucket = ws.orderBucket(k);
            long total = ws.orderQuantity(k);
            int slices = phCount[k];
            if (sliceRef.length < slices + 1) {
                sliceRef = new long[slices * 2 + 2];
                sliceQty = new long[slices * 2 + 2];
            }
            long pegged = 0;
            for (int x = 0; x < slices; x++) {
                sliceRef[x] = pegRef[phFrom[k] + x];
                sliceQty[x] = pegQty[phFrom[k] + x];
                pegged += sliceQty[x];
            }
            if (pegged < total) {
                sliceRef[slices] = self;
                sliceQty[slices++] = total - pegged;
            }
            long bucketDay = horizon.startEpochDay(bucket);
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++) {
                long cumulative = 0;
                long given = 0;
                for (int x = 0; x < slices; x++) {
                    long q;
                    if (edgeFixed[e] >= 0) {
                        q = x == 0 ? edgeFixed[e] : 0;
                    } else {
                        cumulative += sliceQty[x];
                        long upTo = edgeRatio[e].apply(cumulative);
                        q = upTo - given;
                        given = upTo;
                    }
                    if (q == 0) {
                        continue;
                    }
                    long ref = sliceRef[x];
                    boolean internal = ref >= 0;
                    long day = internal ? needDays.getOrDefault(ref, bucketDay) : bucketDay;
                    demand(edgeComp[e], bucket, q, ref, day);
                    if (internal) {
                        requirement(edgeComp[e], q, day, (int) ref, edgeOp[e]);
                    }
                }
            }
        }
    }

    /**
     * Scheduled receipt messages, FIFO: receipt j is needed from the first bucket where on hand plus the earlier
     * receipts no longer cover the cumulative requirements plus safety stock.
     */
    private void receiptMessages(int i, long[] work, long stock, long ss) {
        List<Receipt> list = receipts.get(i);
        if (list.isEmpty()) {
            return;
        }
        long[] cumulative = new long[nb];
        long c = 0;
        for (int t = 0; t < nb; t++) {
            c = Math.addExact(c, work[t]);
            cumulative[t] = c;
        }
        long before = stock;
        int t = 0;
        String unit = " " + items[i].uom();
        for (Receipt r : list) {
            while (t < nb && before - cumulative[t] >= ss) {
                t++;
            }
            String what = "The scheduled receipt " + r.id() + " of " + MicroUnits.toDecimal(r.quantity())
                    .toPlainString() + unit + " on " + r.date();
            if (t == nb) {
                drafts.add(new Draft(MessageType.CANCEL, items[i].id(), r.id(), what
                        + " is not needed within the horizon."));
            } else if (r.bucket() > t) {
                drafts.add(new Draft(MessageType.EXPEDITE, items[i].id(), r.id(), what + " is needed earlier, from "
                        + horizon.start(t) + " (bucket " + t + ")."));
            } else if (r.bucket() < t) {
                drafts.add(new Draft(MessageType.DEFER, items[i].id(), r.id(), what + " is not needed before "
                        + horizon.start(t) + " (bucket " + t + ")."));
            }
            before = Math.addExact(before, r.quantity());
        }
    }

    /** The item's record as a compact view: gross, receipts, planned receipts and releases; the rest derived. */
    private ItemPlan record(int i, NettingWorkspace ws, long[] gross, long[] sr, long[] releases, long stock,
            long backlog, long ss) {
        long[] rows = new long[4 * nb];
        ws.copyPlannedOrderReceipts(rows);
        System.arraycopy(rows, 0, rows, 2 * nb, nb);
        System.arraycopy(gross, 0, rows, 0, nb);
        System.arraycopy(sr, 0, rows, nb, nb);
        System.arraycopy(releases, 0, rows, 3 * nb, nb);
        return ItemPlan.lazy(items[i].id(), llc[i], new CompactRows(nb, rows, stock, backlog, ss));
    }

    // ---------------------------------------------------------------- result

    private MrpResult build(long startedNanos) {
        // An item's orders are created together, by receipt bucket then sequence: numbering only needs the items
        // in id order.
        int[] rank = itemRanks();
        int[] byRank = new int[n];
        for (int i = 0; i < n; i++) {
            byRank[rank[i]] = i;
        }
        int[] firstOf = new int[n];
        int[] countOf = new int[n];
        Arrays.fill(firstOf, -1);
        for (int g = 0; g < orders; g++) {
            if (firstOf[oItem[g]] < 0) {
                firstOf[oItem[g]] = g;
            }
            countOf[oItem[g]]++;
        }
        int[] sorted = new int[orders];
        int[] number = new int[orders];
        int x0 = 0;
        for (int k = 0; k < n; k++) {
            int i = byRank[k];
            for (int c = 0; c < countOf[i]; c++) {
                sorted[x0] = firstOf[i] + c;
                number[firstOf[i] + c] = ++x0;
            }
        }
        String[] ids = new String[orders + 1];
        for (int x = 1; x <= orders; x++) {
            ids[x] = "PLN-" + x;
        }
        LocalDate[] days = dayCache();
        long firstDay = firstDay();
        PlannedOrder[] planned = new PlannedOrder[orders];
        for (int x = 0; x < orders; x++) {
            int g = sorted[x];
            Item it = items[oItem[g]];
            planned[x] = PlannedOrder.builder().id(ids[x + 1]).item(it.id()).type(it.procurement())
                    .quantity(decimals.of(oQty[g])).releaseDate(day(days, firstDay, oRelDay[g]))
                    .dueDate(day(days, firstDay, horizon.startEpochDay(oRecv[g])))
                    .pegging(pegging(g, ids, number)).excess(decimals.of(oExcess[g])).build();
        }
        int[] rs = requirementOrder(number, rank);
        ComponentRequirement[] requirements = new ComponentRequirement[reqs];
        OptionalInt none = OptionalInt.empty();
        for (int x = 0; x < reqs; x++) {
            int r = rs[x];
            requirements[x] = ComponentRequirement.builder().item(items[rItem[r]].id())
                    .quantity(decimals.of(rQty[r])).needDate(day(days, firstDay, rDay[r]))
                    .order(ids[number[rOrder[r]]])
                    .operation(rOp[r] == 0 ? none : OptionalInt.of(rOp[r])).build();
        }
        List<CapacityLoad> capacity = capacity();
        List<ToolLoad> toolLoads = toolLoads();
        List<ActionMessage> messages = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            String reference = d.order() >= 0 ? ids[number[d.order()]] : d.reference();
            messages.add(ActionMessage.of(d.type(), d.item(), reference, d.text()));
        }
        messages.sort(MESSAGE_ORDER);
        PlanBucket[] buckets = new PlanBucket[nb];
        for (int t = 0; t < nb; t++) {
            buckets[t] = new PlanBucket(t, horizon.start(t), horizon.endInclusive(t));
        }
        long elapsed = (System.nanoTime() - startedNanos) / 1_000_000L;
        return MrpResult.builder().buckets(Lists.immutable.with(buckets)).items(Lists.immutable.with(plans))
                .plannedOrders(Lists.immutable.with(planned))
                .materialRequirements(Lists.immutable.with(requirements))
                .messages(Lists.immutable.withAll(messages)).capacity(Lists.immutable.withAll(capacity))
                .toolLoads(Lists.immutable.withAll(toolLoads))
                .summary(PlanSummary.builder().items(n).plannedOrders(orders).elapsedMillis(elapsed).build())
                .build();
    }

    /** One shared {@code LocalDate} per day from the earliest release to the horizon end. */
    private LocalDate[] dayCache() {
        long first = firstDay();
        long last = horizon.startEpochDay(nb);
        return new LocalDate[(int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, last - first + 1))];
    }

    private long firstDay() {
        return horizon.startEpochDay(0);
    }

    private static LocalDate day(LocalDate[] days, long firstDay, long epochDay) {
        long k = epochDay - firstDay;
        if (k < 0 || k >= days.length) {
            return LocalDate.ofEpochDay(epochDay);
        }
        LocalDate d = days[(int) k];
        if (d == null) {
            d = LocalDate.ofEpochDay(epochDay);
            days[(int) k] = d;
        }
        return d;
    }

    /** The pegs of an order; one demand may appear twice (a parent needing it at two operations): merged. */
    private org.eclipse.collections.api.list.ImmutableList<PeggedDemand> pegging(int g, String[] ids,
            int[] number) {
        int from = oPegFrom[g];
        int count = oPegCount[g];
        if (count == 0) {
            return Lists.immutable.empty();
        }
        if (count == 1) {
            return Lists.immutable.with(new PeggedDemand(name(pegRef[from], ids, number), decimals.of(pegQty[from])));
        }
        long[] ref = new long[count];
        long[] qty = new long[count];
        int m = 0;
        Map<Long, Integer> seen = count > 8 ? new HashMap<>(count * 2) : null;
        for (int p = from; p < from + count; p++) {
            int found = -1;
            if (seen != null) {
                Integer q = seen.putIfAbsent(pegRef[p], m);
                found = q == null ? -1 : q;
            } else {
                for (int q = 0; q < m; q++) {
                    if (ref[q] == pegRef[p]) {
                        found = q;
                        break;
                    }
                }
            }
            if (found >= 0) {
                qty[found] = Math.addExact(qty[found], pegQty[p]);
            } else {
                ref[m] = pegRef[p];
                qty[m++] = pegQty[p];
            }
        }
        PeggedDemand[] out = new PeggedDemand[m];
        for (int q = 0; q < m; q++) {
            out[q] = new PeggedDemand(name(ref[q], ids, number), decimals.of(qty[q]));
        }
        return Lists.immutable.with(out);
    }

    private String name(long ref, String[] ids, int[] number) {
        return ref >= 0 ? ids[number[(int) ref]] : names[(int) (-ref - 1)];
    }

    /** {@return each item's position in id order} */
    private int[] itemRanks() {
        Integer[] byId = new Integer[n];
        for (int i = 0; i < n; i++) {
            byId[i] = i;
        }
        Arrays.sort(byId, Comparator.comparing(i -> items[i].id()));
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) {
            rank[byId[k]] = k;
        }
        return rank;
    }

    /**
     * Requirements by order number (counting sort), then operation, then component id (insertion sort within an
     * order's few lines).
     */
    private int[] requirementOrder(int[] number, int[] rank) {
        int[] start = new int[orders + 2];
        for (int r = 0; r < reqs; r++) {
            start[number[rOrder[r]] + 1]++;
        }
        for (int k = 1; k < start.length; k++) {
            start[k] += start[k - 1];
        }
        int[] out = new int[reqs];
        int[] next = Arrays.copyOf(start, start.length);
        for (int r = 0; r < reqs; r++) {
            out[next[number[rOrder[r]]]++] = r;
        }
        for (int k = 0; k + 1 < start.length; k++) {
            for (int a = start[k] + 1; a < start[k + 1]; a++) {
                int v = out[a];
                int b = a - 1;
                while (b >= start[k] && (rOp[out[b]] > rOp[v]
                        || rOp[out[b]] == rOp[v] && rank[rItem[out[b]]] > rank[rItem[v]])) {
                    out[b + 1] = out[b];
                    b--;
                }
                out[b + 1] = v;
            }
        }
        return out;
    }
}
