package dev.mfg.mrp.internal;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.DemandType;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.CapacityUnit;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCalendar;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingCatalog;
import dev.mfg.mrp.CapacityLoad;
import dev.mfg.mrp.ItemPlan;
import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PeggedDemand;
import dev.mfg.mrp.PlanBucket;
import dev.mfg.mrp.PlanSummary;
import dev.mfg.mrp.PlannedOrder;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.mrp.ToolLoad;
import dev.mfg.mrp.horizon.PlanningHorizon;
import dev.mfg.mrp.lotsizing.LotForLot;
import dev.mfg.mrp.lotsizing.LotModifiers;
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
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * One planning run. Works on dense arrays: the master data's ({@link MasterIndex}: items as ints in low-level-code
 * order, BOM edges in CSR arrays with a precomputed {@link MicroRatio} per edge; built once per master data and
 * horizon and only read here) and the snapshot's stock, receipts and demands, indexed once per run. It plans item
 * by item in that order with one
 * reused {@link NettingWorkspace}; dependent demand is pushed to components as planned orders are created, so no
 * recursion is needed. Quantities are micro-unit {@code long}s until the result is built.
 *
 * <p>Demand references are {@code long}s: a planned order by its creation index (≥ 0), a string (independent
 * demand id, or a phantom's own id for its unpegged pass-through) by {@code -(rank + 1)} in the sorted table of
 * such strings; pegging sorts by one {@code long} key per demand (bucket, kind, then the parent order's future
 * number, or the string's rank) and walks the supplies FIFO over arrays, with the rules of
 * {@link dev.mfg.mrp.netting.Pegging}. Orders are numbered {@code PLN-n} once every item is planned
 * ({@link OrderNumbers}). Routings are scheduled with {@link BackwardScheduler} (operations resolved once per
 * routing and bucket in the index's {@link RoutingSteps}, shared by the runs of the index, or once per routing and
 * date in the run for due dates past the horizon), once per run of equal lots of an item, and loaded exactly
 * ({@link LoadTally}). The load and the pegs of non-phantoms ({@link PegTally}) are added on a second thread
 * ({@link PipelinedTallies}) when {@link MrpOptions#threads()} allows one. Planned orders, requirements and pegs are
 * appended to chunked columns ({@link IntColumn}, {@link LongColumn}) that the result reads lazily
 * ({@link PlanTables}); item rows are kept sparse ({@link CompactRows}).
 *
 * <p>Dated BOMs: a planned order explodes the planning BOM and lines in force on its release date (never before
 * the start, after the EXPEDITE move); a phantom's pass-through slice those in force on the day its demand is
 * needed (the day passed to {@code demand}). Phantom-ness is decided by the BOM in force on the start. Most items
 * have one edge set; an item whose BOM header or line effectivity starts or ends strictly inside the horizon has
 * a few segments (sorted start days, each with its own edge range), picked by a scan from the last one on the
 * explosion day. Low-level codes cover every version, so planning level by level stays correct.
 */
final class PlanRun {

    private final PlanningSnapshot snapshot;
    private final MrpOptions options;
    private final PlanningHorizon horizon;
    private final int nb;
    private final LocalDate[] bucketStarts;
    private final long[] rowScratch;
    // A bit per cell of rowScratch that the item being planned may have made non-zero (see CompactRows).
    private final long[] candidates;
    // The items' records: mask words and non-zero values of every item, appended item by item (see CompactRows).
    private final LongColumn recordWords = new LongColumn();
    private final LongColumn recordValues = new LongColumn();

    // The master-data index (shared, read only) and its arrays, read into fields (see MasterIndex for their meaning).
    private final MasterIndex master;
    private int n;
    private Item[] items;
    private int[] llc;
    private boolean[] phantom;
    private int[] leadTime;
    private long[] safety;
    private LotSizingPolicy[] policy;
    private LotModifiers[] modifiers;
    private long[] onHand;
    private int[] edgeStart;
    private int[] edgeComp;
    private long[] edgeFixed;
    private MicroRatio[] edgeRatio;
    private int[] edgeOp;
    private int[] segFirst;
    private long[] segDay;
    private int[] segEdge;
    private boolean[] routed;
    private boolean[] routingLead;
    private RoutingCatalog routings;
    // Per item: its candidate routings (dense ids) and, with one candidate, its lot-size range in micro-units.
    private int[] candidateFirst;
    private long[] lotFrom;
    private long[] lotTo;
    private boolean[] lotKnown;
    /** The routing {@link #routing} picked when it is none of the item's candidates (see {@link #OTHER_ROUTING}). */
    private @org.jspecify.annotations.Nullable Routing otherRouting;
    // Per item inputs.
    private List<List<Indep>> independent;
    private List<List<Receipt>> receipts;
    // Dependent demand waiting for each item: phantoms' with need days (their pass-through uses them), others'
    // without. The reference of an entry follows from its key (refOfKey).
    private DemandPool dependent;
    private DemandPool phantomDemand;
    // The dependent demand of the item being planned, taken from its pool: depWidth longs per entry.
    private long[] dep = new long[64];
    private int depSize;
    private int depWidth;
    // Planned orders, global.
    private int orders;
    // Columns grow in chunks, never copied: a plan of L holds 25M orders and 47M requirements.
    private final IntColumn oItem = new IntColumn();
    private final IntColumn oRecv = new IntColumn();
    private final LongColumn oQty = new LongColumn();
    private final IntColumn oRelDay = new IntColumn();
    // Each order's own requirement rows, written by explode together: [oReqFrom, oReqFrom + oReqCount).
    private final IntColumn oReqFrom = new IntColumn();
    private final IntColumn oReqCount = new IntColumn();
    // Requirement rows written later for an order, by a phantom's pass-through.
    private final IntColumn passedRows = new IntColumn();
    private final IntColumn passedOrder = new IntColumn(); // the order of each passed row (own rows: by position)
    // String references (demand ids, phantom item ids) in string order: reference -(rank + 1).
    private String[] names;
    private long[] phantomRef; // the reference code of each phantom's own id
    private int[] idRank; // each item's position in id order (from the master index)
    private int[] firstOrderByRank; // creation index of each planned item's first order, by the item's id rank
    private BackwardScheduler backward;
    // Capacity (the exact load per work center and tool) and the pegs of planned orders: added here or on a second
    // thread (PipelinedTallies, when MrpOptions.threads allows one), read once tallies.finish() returns.
    private LoadTally loadTally;
    private PegTally pegTally;
    private TallySink tallies;
    private PegTally phantomPegs; // a phantom's pegs, which only steer its pass-through: the planning thread's
    private int[] orderBucket = new int[16]; // the orders of the item being pegged: receipt bucket and quantity
    private long[] orderQty = new long[16];
    private int[] loadBucket = new int[8]; // per operation of the last schedule: its setup bucket, or -1
    // Material requirements, global.
    private int reqs;
    private final IntColumn rItem = new IntColumn();
    private final LongColumn rQty = new LongColumn();
    private final IntColumn rDay = new IntColumn();
    private final IntColumn rOp = new IntColumn();
    // Messages with possibly internal references.
    private final List<Draft> drafts = new ArrayList<>();
    private ItemPlan[] plans;
    private final DecimalCache decimals = new DecimalCache();
    private final java.util.function.LongFunction<BigDecimal> decimalOf = decimals::of; // one, not one per order

    /** An independent demand of an item; {@code ref} is its reference code, set by {@link #indexNames}. */
    static final class Indep {
        final String id;
        final DemandKind kind;
        final int bucket;
        final long quantity;
        long ref;

        Indep(String id, DemandKind kind, int bucket, long quantity) {
            this.id = id;
            this.kind = kind;
            this.bucket = bucket;
            this.quantity = quantity;
        }

        String id() {
            return id;
        }

        int bucket() {
            return bucket;
        }
    }

    record Receipt(String id, int bucket, long quantity, LocalDate date) {}

    /**
     * A message, built into an {@link ActionMessage} only when read: {@code item} is the item's dense index;
     * {@code order} ≥ 0 refers to a planned order by creation index (its reference {@code PLN-n} is set once the
     * orders are numbered, see {@link #named}); a late release ({@code late} set, {@code text} null) writes its text
     * when read. A plan of M has about 80,000 late releases, whose texts cost more to write than to plan them.
     */
    record Draft(MessageType type, int item, String reference, int order, String text, LateRelease late) {
        Draft(MessageType type, int item, String reference, String text) {
            this(type, item, reference, -1, text, null);
        }

        /** {@return this message with its reference} @param ref the reference */
        Draft named(String ref) {
            return new Draft(type, item, ref, order, text, late);
        }

        /** {@return the message} @param items the items by dense index @param start the horizon start */
        ActionMessage message(Item[] items, LocalDate start) {
            Item it = items[item];
            String t = late == null ? text : "Release " + MicroUnits.toDecimal(late.qty()).toPlainString() + " "
                    + it.uom() + " of " + it.id() + " due " + LocalDate.ofEpochDay(late.dueDay()) + " now: its lead "
                    + "time (" + (late.dueDay() - late.relDay()) + " days"
                    + (late.fromRouting() ? " from its routing" : "") + ") asks for a release on "
                    + LocalDate.ofEpochDay(late.relDay()) + ", before the start (" + start + ").";
            return ActionMessage.of(type, it.id(), reference, t);
        }
    }

    /**
     * An order that its lead time releases before the start (an {@code EXPEDITE} message): its quantity in
     * micro-units, due day and wanted release day (epoch days), and whether the lead time came from its routing.
     */
    record LateRelease(long qty, long dueDay, long relDay, boolean fromRouting) {}

    /**
     * @param snapshot the snapshot to plan
     * @param options the options
     * @param master the index of the snapshot's master data for the options' horizon (only read)
     */
    PlanRun(PlanningSnapshot snapshot, MrpOptions options, MasterIndex master) {
        this.snapshot = snapshot;
        this.options = options;
        this.horizon = options.horizon();
        if (!master.serves(snapshot.masterData(), horizon)) {
            throw new IllegalArgumentException("The index was built for other master data or another horizon.");
        }
        this.master = master;
        this.nb = horizon.buckets();
        this.bucketStarts = new LocalDate[nb];
        this.rowScratch = new long[4 * nb];
        this.candidates = new long[(4 * nb + 63) >>> 6];
        for (int t = 0; t < nb; t++) {
            bucketStarts[t] = horizon.start(t);
        }
    }

    MrpResult run(long startedNanos) {
        useMasterIndex();
        ObjectIntHashMap<ItemId> index = master.index;
        indexStock(index);
        indexReceipts(index);
        indexDemands(index);
        indexNames();
        // The index's resolutions when its buckets are this run's (a horizon with the same start and end may cut
        // other buckets), else this run's own.
        RoutingSteps steps = master.routingSteps;
        backward = new BackwardScheduler(steps.servesBuckets(bucketStarts) ? steps : steps.forBuckets(bucketStarts));
        int[] rank = idRank;
        loadTally = new LoadTally(nb, backward.workCenterCount(), backward.toolCount(),
                (a, b) -> Integer.compare(rank[a], rank[b]));
        firstOrderByRank = new int[n];
        pegTally = new PegTally(firstOrderByRank);
        phantomPegs = new PegTally(firstOrderByRank);
        tallies = options.threads() > 1 ? new PipelinedTallies(loadTally, pegTally)
                : new DirectTallies(loadTally, pegTally);
        try {
            return planAndBuild(startedNanos);
        } catch (RuntimeException | Error e) {
            tallies.abandon();
            throw e;
        }
    }

    private MrpResult planAndBuild(long startedNanos) {
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

    // ---------------------------------------------------------------- indexing (master data: see MasterIndex)

    /** Reads the master-data index into this run's fields (the arrays are shared and never written here). */
    private void useMasterIndex() {
        MasterIndex m = master;
        n = m.n;
        items = m.items;
        llc = m.llc;
        phantom = m.phantom;
        leadTime = m.leadTime;
        safety = m.safety;
        policy = m.policy;
        modifiers = m.modifiers;
        idRank = m.idRank;
        edgeStart = m.edgeStart;
        edgeComp = m.edgeComp;
        edgeFixed = m.edgeFixed;
        edgeRatio = m.edgeRatio;
        edgeOp = m.edgeOp;
        segFirst = m.segFirst;
        segDay = m.segDay;
        segEdge = m.segEdge;
        routed = m.routed;
        routingLead = m.routingLead;
        routings = snapshot.masterData().routingCatalog();
        candidateFirst = m.candidateFirst;
        lotFrom = m.lotFrom;
        lotTo = m.lotTo;
        lotKnown = m.lotKnown;
        onHand = new long[n];
        dependent = new DemandPool(n, false);
        phantomDemand = new DemandPool(n, true);
    }

    /** {@return whether an item's edges change inside the horizon (it has segments)} */
    private boolean segmented(int item) {
        return segFirst[item] != segFirst[item + 1];
    }

    /** {@return the segment of a segmented item in force on an epoch day: the last one starting on or before it} */
    private int segment(int item, long day) {
        int s = segFirst[item + 1] - 1;
        while (segDay[s] > day) {
            s--;
        }
        return s;
    }

    /** {@return the end (exclusive) of the edges of segment s of an item} */
    private int segmentEnd(int item, int s) {
        return s + 1 < segFirst[item + 1] ? segEdge[s + 1] : edgeStart[item + 1];
    }

    private void indexStock(ObjectIntHashMap<ItemId> index) {
        for (StockBalance b : snapshot.onHand()) {
            int i = index.getOrThrow(b.item());
            onHand[i] = Math.addExact(onHand[i], MicroUnits.toMicros(b.quantity()));
        }
    }

    private void indexReceipts(ObjectIntHashMap<ItemId> index) {
        receipts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            receipts.add(List.of());
        }
        List<ScheduledReceipt> sorted = new ArrayList<>(snapshot.scheduledReceipts().castToList());
        sorted.sort(Comparator.comparing(ScheduledReceipt::date).thenComparing(ScheduledReceipt::id));
        for (ScheduledReceipt r : sorted) {
            int i = index.getOrThrow(r.item());
            int b = horizon.bucketOf(r.date());
            if (b >= nb) {
                drafts.add(new Draft(MessageType.BEYOND_HORIZON, i, r.id(), "The scheduled receipt "
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

    private void indexDemands(ObjectIntHashMap<ItemId> index) {
        independent = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            independent.add(List.of());
        }
        // Input order does not matter: pegging orders demands by bucket, kind and (unique) id, messages by reference.
        for (Demand d : snapshot.demands()) {
            int i = index.getOrThrow(d.item());
            int b = horizon.bucketOf(d.due());
            String unit = b >= 0 && b < nb ? null : " " + items[i].uom();
            if (b >= nb) {
                drafts.add(new Draft(MessageType.BEYOND_HORIZON, i, d.id(), "The demand " + d.id() + " of "
                        + d.quantity().toPlainString() + unit + " due " + d.due() + " is after the horizon end ("
                        + horizon.endExclusive() + ") and is ignored."));
                continue;
            }
            if (b < 0) {
                drafts.add(new Draft(MessageType.PAST_DUE, i, d.id(), "The demand " + d.id() + " of "
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
            if (d.kind == DemandKind.SALES_ORDER) {
                orders.merge(d.bucket, d.quantity, Math::addExact);
            }
        }
        List<Indep> forecasts = new ArrayList<>();
        List<Indep> out = new ArrayList<>(list.size());
        for (Indep d : list) {
            (d.kind == DemandKind.FORECAST ? forecasts : out).add(d);
        }
        forecasts.sort(Comparator.comparingInt(Indep::bucket).thenComparing(Indep::id));
        for (Indep f : forecasts) {
            long left = orders.getOrDefault(f.bucket, 0L);
            long used = Math.min(left, f.quantity);
            orders.put(f.bucket, left - used);
            if (f.quantity - used > 0) {
                out.add(new Indep(f.id, f.kind, f.bucket, f.quantity - used));
            }
        }
        return out;
    }

    /**
     * Ranks every string a pegging reference may hold (independent demand ids and phantom item ids) in string
     * order, by sorting them once, and stores each demand's reference code; equal strings share a rank.
     */
    private void indexNames() {
        int count = 0;
        for (List<Indep> list : independent) {
            count += list.size();
        }
        phantomRef = new long[n];
        for (int i = 0; i < n; i++) {
            if (phantom[i]) {
                count++;
            }
        }
        Indep[] all = new Indep[count];
        int k = 0;
        for (List<Indep> list : independent) {
            for (Indep d : list) {
                all[k++] = d;
            }
        }
        // A phantom's own id is a pseudo-demand carrying its item index in bucket.
        for (int i = 0; i < n; i++) {
            if (phantom[i]) {
                all[k++] = new Indep(items[i].id().value(), null, i, 0);
            }
        }
        Arrays.sort(all, Comparator.comparing(Indep::id));
        String[] ranked = new String[count];
        int rank = -1;
        for (int x = 0; x < count; x++) {
            Indep d = all[x];
            if (rank < 0 || !d.id.equals(ranked[rank])) {
                ranked[++rank] = d.id;
            }
            d.ref = -(rank + 1L);
            if (d.kind == null) {
                phantomRef[d.bucket] = d.ref;
            }
        }
        names = Arrays.copyOf(ranked, rank + 1);
    }

    // ---------------------------------------------------------------- planning

    private void planItem(int i, NettingWorkspace ws, long[] gross, long[] work, long[] sr, long[] releases) {
        Arrays.fill(gross, 0L);
        Arrays.fill(sr, 0L);
        Arrays.fill(releases, 0L);
        Arrays.fill(candidates, 0L);
        List<Indep> indep = independent.get(i);
        for (int x = 0; x < indep.size(); x++) { // indexed: no iterator per item
            Indep d = indep.get(x);
            gross[d.bucket] = Math.addExact(gross[d.bucket], d.quantity);
            candidate(0, d.bucket);
        }
        DemandPool pool = poolOf(i);
        depSize = pool.size(i);
        depWidth = pool.width();
        dep = pool.take(i, dep);
        for (int k = 0; k < depSize; k++) {
            int b = PegTally.bucketOfKey(dep[k * depWidth]);
            gross[b] = Math.addExact(gross[b], dep[k * depWidth + 1]);
            candidate(0, b);
        }
        List<Receipt> rcv = receipts.get(i);
        for (int x = 0; x < rcv.size(); x++) {
            Receipt r = rcv.get(x);
            sr[r.bucket()] = Math.addExact(sr[r.bucket()], r.quantity());
            candidate(1, r.bucket());
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
            drafts.add(new Draft(MessageType.BELOW_SAFETY_STOCK, i, items[i].id().value(),
                    "The on hand of " + items[i].id() + " (" + MicroUnits.toDecimal(onHand[i]).toPlainString()
                            + " " + items[i].uom() + ") is below its safety stock ("
                            + MicroUnits.toDecimal(ss).toPlainString() + ") at the start."));
        }
        int count = ws.orderCount();
        int firstOrder = orders;
        firstOrderByRank[idRank[i]] = firstOrder;
        if (phantom[i]) {
            for (int k = 0; k < count; k++) {
                releases[ws.orderBucket(k)] = Math.addExact(releases[ws.orderBucket(k)], ws.orderQuantity(k));
                candidate(2, ws.orderBucket(k));
                candidate(3, ws.orderBucket(k));
            }
        } else {
            beginOrders();
            for (int k = 0; k < count; k++) {
                int rel = placeOrder(i, k, ws.orderBucket(k), ws.orderQuantity(k));
                releases[rel] = Math.addExact(releases[rel], ws.orderQuantity(k));
                candidate(2, ws.orderBucket(k));
                candidate(3, rel);
            }
            endOrders(i);
        }
        peg(i, ws, firstOrder, count, stock);
        plans[i] = record(i, ws, gross, sr, releases, stock, backlog, ss);
        independent.set(i, List.of());
    }

    // ---------------------------------------------------------------- net change hook (see NetChange)

    /** Items kept from a previous plan, by id; null for a regenerative run. */
    private @org.jspecify.annotations.Nullable Map<ItemId, NetChange.Kept> kept;
    /** Previous number n of each replayed order {@code PLN-n} → its creation index in this run, else -1. */
    private int[] keptIds = new int[0];
    private long[] keptRefs = new long[16]; // the pegs of the kept order being replayed
    private long[] keptQtys = new long[16];

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
        poolOf(i).clear(i); // its demand is unchanged: the previous record and pegs hold it
        int count = k.orders().size();
        int firstOrder = orders;
        firstOrderByRank[idRank[i]] = firstOrder;
        beginOrders();
        for (int x = 0; x < count; x++) {
            PlannedOrder o = k.orders().get(x);
            keptIds[NetChange.orderNumber(o.id())] = orders;
            placeOrder(i, x, horizon.bucketOf(o.dueDate()), MicroUnits.toMicros(o.quantity()));
        }
        endOrders(i);
        for (int x = 0; x < count; x++) {
            ImmutableList<PeggedDemand> pegging = k.orders().get(x).pegging();
            int np = pegging.size();
            if (keptRefs.length < np) {
                keptRefs = new long[Math.max(np, keptRefs.length * 2)];
                keptQtys = new long[keptRefs.length];
            }
            for (int p = 0; p < np; p++) {
                PeggedDemand d = pegging.get(p);
                int number = NetChange.orderNumber(d.demand()); // no other reference starts with PLN-
                long ref = number > 0 ? keptIds[number] : refCode(d.demand());
                if (ref < 0 && number > 0) {
                    throw new IllegalStateException("Pegged to an order not replayed: " + d.demand());
                }
                keptRefs[p] = ref;
                keptQtys[p] = MicroUnits.toMicros(d.quantity());
            }
            tallies.keep(firstOrder + x, keptRefs, keptQtys, np);
        }
        for (ActionMessage m : k.messages()) {
            drafts.add(new Draft(m.type(), master.index.getOrThrow(m.item()), m.reference(), m.text()));
        }
        plans[i] = k.record();
    }

    // Runs of equal lots due together have equal schedules and loads: scheduled once per run.
    private int runRecv;
    private long runQty;
    private boolean runScheduled;
    private int runEqual; // orders of the current run not yet loaded

    private void beginOrders() {
        runRecv = -1;
        runQty = 0;
        runScheduled = false;
        runEqual = 0;
    }

    /**
     * Creates planned order {@code seq} of item {@code i}, received in bucket {@code recv}: schedules it (once per
     * run of equal lots), releases it (moved to the start with {@code EXPEDITE} when its lead time asks for a
     * release before it), records it and explodes it into dependent demand; {@return its release bucket}
     */
    private int placeOrder(int i, int seq, int recv, long qty) {
        long dueDay = horizon.startEpochDay(recv);
        if (routed[i] && (recv != runRecv || qty != runQty)) {
            if (runEqual > 0) {
                load(runEqual);
                runEqual = 0;
            }
            runScheduled = schedule(i, qty, recv, dueDay);
            runRecv = recv;
            runQty = qty;
        }
        boolean fromRouting = routingLead[i] && runScheduled;
        long relDay = fromRouting ? backward.startDay : dueDay - leadTime[i];
        int rel = horizon.bucketOfEpochDay(relDay);
        if (rel < 0) {
            drafts.add(new Draft(MessageType.EXPEDITE, i, null, orders, null,
                    new LateRelease(qty, dueDay, relDay, fromRouting)));
            rel = 0;
            relDay = horizon.startEpochDay(0);
        }
        addOrder(i, seq, recv, rel, qty, relDay);
        explode(i, orders - 1, rel, qty, relDay, fromRouting);
        if (runScheduled) {
            runEqual++;
        }
        return rel;
    }

    /** Loads the last run of equal lots and ends the item's load. */
    private void endOrders(int i) {
        if (runEqual > 0) {
            load(runEqual);
        }
        tallies.endItem(i);
    }

    /** {@return the reference code of a demand id or phantom id known to {@link #indexNames}} */
    private long refCode(String name) {
        int rank = Arrays.binarySearch(names, name);
        if (rank < 0) {
            throw new IllegalStateException("Unknown pegging reference: " + name);
        }
        return -(rank + 1L);
    }

    private void addOrder(int item, int seq, int recv, int rel, long qty, long relDay) {
        oItem.add(item);
        oRecv.add(recv);
        oQty.add(qty);
        oRelDay.add(Math.toIntExact(relDay));
        oReqFrom.add(0);
        oReqCount.add(0);
        orders++;
    }

    /**
     * Dependent demand of one planned order, in its release bucket; one material requirement per edge. The edges
     * are those in force on the release day {@code needDay} (never before the start).
     */
    private void explode(int item, int order, int bucket, long qty, long needDay, boolean fromRouting) {
        long startDay = horizon.startEpochDay(0);
        BackwardScheduler.Steps steps = fromRouting ? backward.steps : null;
        int from = edgeStart[item];
        int to = edgeStart[item + 1];
        if (segmented(item)) {
            int s = segment(item, needDay);
            from = segEdge[s];
            to = segmentEnd(item, s);
        }
        long sub = subOf(order); // the same pegging sort key part for every line of the order
        int firstRow = reqs;
        boolean moved = false; // a line moved to the routing's first operation: the rows may be out of order
        for (int e = from; e < to; e++) {
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
                    moved = true;
                }
                day = Math.max(startDay, backward.setupDay[k]);
                b = horizon.bucketOfEpochDay(day);
            }
            int comp = edgeComp[e];
            poolOf(comp).add(comp, PegTally.demandKey(b, DemandKind.DEPENDENT, sub), q, day);
            requirement(comp, q, day, order, op);
        }
        if (moved) {
            sortRows(firstRow, reqs);
        }
        oReqFrom.set(order, firstRow);
        oReqCount.set(order, reqs - firstRow);
    }

    /** {@return the output sort key of a requirement row within its order ({@link PlanTables#rowKey})} */
    private long rowKey(int op, int comp) {
        return PlanTables.rowKey(op, idRank[comp]);
    }

    /**
     * Sorts an order's own requirement rows [from, to) stably into output order ({@link #rowKey}). The edges are
     * sorted so already (the master index sorts them by operation, then component id), so an explosion only calls
     * this when a routing moved lines to its first operation; an order has few lines: insertion sort, moving whole
     * rows.
     */
    private void sortRows(int from, int to) {
        for (int a = from + 1; a < to; a++) {
            int item = rItem.get(a);
            long qty = rQty.get(a);
            int day = rDay.get(a);
            int op = rOp.get(a);
            long key = rowKey(op, item);
            int b = a - 1;
            while (b >= from && rowKey(rOp.get(b), rItem.get(b)) > key) {
                rItem.set(b + 1, rItem.get(b));
                rQty.set(b + 1, rQty.get(b));
                rDay.set(b + 1, rDay.get(b));
                rOp.set(b + 1, rOp.get(b));
                b--;
            }
            rItem.set(b + 1, item);
            rQty.set(b + 1, qty);
            rDay.set(b + 1, day);
            rOp.set(b + 1, op);
        }
    }

    /**
     * Schedules an order backward from its due date (start of the receipt bucket) into {@link #backward}, if a
     * routing applies; {@return whether one did}
     */
    private boolean schedule(int i, long qty, int recv, long dueDay) {
        int routing = routing(i, qty);
        if (routing == NO_ROUTING) {
            return false;
        }
        BackwardScheduler.Steps steps = recv < nb && routing >= 0 ? backward.stepsAt(routing, recv)
                : backward.steps(routing >= 0 ? master.routingSteps.routing(routing) : otherRouting,
                        LocalDate.ofEpochDay(dueDay));
        if (steps == null) {
            return false;
        }
        backward.schedule(steps, qty, decimalOf, dueDay);
        return true;
    }

    /** {@link #routing}: no routing applies. */
    private static final int NO_ROUTING = -1;
    /** {@link #routing}: the catalog picked a routing that is none of the candidates, in {@link #otherRouting}. */
    private static final int OTHER_ROUTING = -2;

    /**
     * {@return the dense id ({@link MasterIndex#candidateFirst}) of the routing {@link RoutingCatalog#find} picks
     * for a lot of an item at the horizon start, or {@link #NO_ROUTING}} An item with one candidate (active
     * production routing in force at the start) is decided on its lot-size range in micro-units; more candidates
     * go to the catalog, whose pick is one of them ({@link #OTHER_ROUTING} should it not be).
     */
    private int routing(int i, long qty) {
        int first = candidateFirst[i];
        int count = candidateFirst[i + 1] - first;
        if (count == 0) {
            return NO_ROUTING;
        }
        if (lotKnown[i]) {
            return lotFrom[i] <= qty && qty <= lotTo[i] ? first : NO_ROUTING;
        }
        Routing r = routings.find(items[i].id(), horizon.start(), decimals.of(qty)).orElse(null);
        if (r == null) {
            return NO_ROUTING;
        }
        for (int c = first; c < first + count; c++) {
            if (master.routingSteps.routing(c) == r) {
                return c;
            }
        }
        otherRouting = r;
        return OTHER_ROUTING;
    }

    /**
     * Loads {@code orders} equal lots of {@link #runQty} (the last schedule) on its operations' work centers and
     * tools, in the bucket where each operation's setup starts.
     */
    private void load(int orders) {
        BackwardScheduler.Steps s = backward.steps;
        if (loadBucket.length < s.size) {
            loadBucket = new int[Math.max(s.size, loadBucket.length * 2)];
        }
        for (int k = 0; k < s.size; k++) {
            int b = horizon.bucketOfEpochDay(backward.setupDay[k]);
            loadBucket[k] = b < 0 || b >= nb ? -1 : b;
        }
        tallies.load(s, loadBucket, runQty, orders);
    }

    /**
     * {@return the load of every loaded tool in every bucket, by tool id then bucket} Capacity: copies × the
     * working hours of the bucket on the calendar of the smallest-id work center among the tool's operations.
     */
    private List<ToolLoad> toolLoads(LoadTally tally) {
        MasterData data = snapshot.masterData();
        BigDecimal hour = BigDecimal.valueOf(3600);
        List<ToolLoad> out = new ArrayList<>();
        // Capacity per bucket of each calendar and number of copies: tools share a few of them.
        Map<ToolCapacity, BigDecimal[]> capacities = new HashMap<>();
        for (int x = 0; x < tally.toolCount(); x++) { // in tool id order
            LoadCells cells = tally.tool(x);
            if (cells == null) {
                continue;
            }
            ToolId tool = backward.tool(x);
            int copies = data.tool(tool).orElseThrow().copies();
            WorkCenter wc = backward.workCenter(tally.toolCalendarOf(x));
            WorkCalendar calendar = wc.calendar().flatMap(data::calendar).orElseGet(wc::defaultCalendar);
            BigDecimal[] caps = capacities.computeIfAbsent(new ToolCapacity(calendar, copies), k -> {
                BigDecimal[] c = new BigDecimal[nb];
                for (int t = 0; t < nb; t++) {
                    long seconds = 0;
                    for (LocalDate d = horizon.start(t); d.isBefore(horizon.start(t + 1)); d = d.plusDays(1)) {
                        seconds += calendar.workingTimeOn(d).toSeconds();
                    }
                    c[t] = Decimals.roundQuantity(Decimals.divide(
                            BigDecimal.valueOf(seconds).multiply(BigDecimal.valueOf(copies)), hour));
                }
                return c;
            });
            for (int t = 0; t < nb; t++) {
                BigDecimal load = cells.hours(t);
                BigDecimal cap = caps[t];
                ToolLoad l = ToolLoad.builder().tool(tool).bucket(t).loadHours(load).capacityHours(cap)
                        .calendarOf(wc.id()).build();
                out.add(l);
                if (l.overloaded()) {
                    int topItem = cells.top(t);
                    ItemId top = items[topItem].id();
                    drafts.add(new Draft(MessageType.OVERLOAD, topItem, tool.value(), "Tool " + tool + " ("
                            + copies + (copies == 1 ? " copy" : " copies") + ") is loaded " + load.toPlainString()
                            + " h in bucket " + t + " (" + horizon.start(t) + ") against " + cap.toPlainString()
                            + " h it can be mounted; " + top + " has the largest load."));
                }
            }
        }
        return out;
    }

    /** A tool's capacity depends on the calendar it is counted on and its number of copies only. */
    private record ToolCapacity(WorkCalendar calendar, int copies) {}

    private List<CapacityLoad> capacity(LoadTally tally) {
        MasterData data = snapshot.masterData();
        BigDecimal sixty = BigDecimal.valueOf(60);
        Integer[] byId = new Integer[tally.workCenterCount()];
        for (int w = 0; w < byId.length; w++) {
            byId[w] = w;
        }
        Arrays.sort(byId, Comparator.comparing(w -> backward.workCenter(w).id()));
        List<CapacityLoad> out = new ArrayList<>();
        Map<WorkCalendar, int[]> workingDays = new HashMap<>(); // per bucket: work centers share a few calendars
        for (int w : byId) {
            LoadCells cells = tally.workCenter(w);
            if (cells == null || !cells.loaded()) {
                continue;
            }
            WorkCenter wc = backward.workCenter(w);
            WorkCalendar calendar = wc.calendar().flatMap(data::calendar).orElseGet(wc::defaultCalendar);
            BigDecimal perDay = wc.capacityUnit() == CapacityUnit.HOURS ? wc.effectiveCapacity()
                    : Decimals.divide(BigDecimal.valueOf(calendar.workingTimePerDay().toMinutes()), sixty)
                            .multiply(wc.multiplier()).multiply(wc.efficiencyFactor())
                            .multiply(wc.utilizationFactor());
            int[] days = workingDays.computeIfAbsent(calendar, c -> {
                int[] n = new int[nb];
                for (int t = 0; t < nb; t++) {
                    for (LocalDate d = horizon.start(t); d.isBefore(horizon.start(t + 1)); d = d.plusDays(1)) {
                        n[t] += c.isWorkingDay(d) ? 1 : 0;
                    }
                }
                return n;
            });
            for (int t = 0; t < nb; t++) {
                BigDecimal load = cells.hours(t);
                BigDecimal cap = Decimals.roundQuantity(perDay.multiply(BigDecimal.valueOf(days[t])));
                CapacityLoad c = CapacityLoad.builder().workCenter(wc.id()).bucket(t).loadHours(load)
                        .capacityHours(cap).build();
                out.add(c);
                if (c.overloaded()) {
                    int topItem = cells.top(t);
                    ItemId top = items[topItem].id();
                    drafts.add(new Draft(MessageType.OVERLOAD, topItem, wc.id().value(), "Work center " + wc.id()
                            + " is loaded " + load.toPlainString() + " h in bucket " + t + " (" + horizon.start(t)
                            + ") against " + cap.toPlainString() + " h of capacity; " + top
                            + " has the largest load."));
                }
            }
        }
        return out;
    }

    private void demand(int comp, int bucket, long q, long ref, long needDay) {
        poolOf(comp).add(comp, PegTally.demandKey(bucket, DemandKind.DEPENDENT, subOf(ref)), q, needDay);
    }

    private void requirement(int comp, long q, long day, int order, int op) {
        rItem.add(comp);
        rQty.add(q);
        rDay.add(Math.toIntExact(day));
        rOp.add(op);
        reqs++;
    }

    // ---------------------------------------------------------------- pegging (see PegTally)

    private long[] sliceRef = new long[16];
    private long[] sliceQty = new long[16];

    /** {@return the pool holding an item's dependent demand} */
    private DemandPool poolOf(int item) {
        return phantom[item] ? phantomDemand : dependent;
    }

    /**
     * {@return the reference a dependent demand's key names} (see {@link PegTally#refOfKey}; through the planning
     * thread's own instance: the run's may be in use on the second thread)
     */
    private long refOfKey(long key) {
        return phantomPegs.refOfKey(key);
    }

    /** {@return the demand key part of a reference: a string's rank, or an order's place in PLN numbering} */
    private long subOf(long ref) {
        if (ref < 0) {
            return PegTally.stringSub(ref);
        }
        int g = (int) ref;
        int rank = idRank[oItem.get(g)];
        return PegTally.orderSub(rank, g - firstOrderByRank[rank]);
    }

    /**
     * FIFO pegging of the item's supplies to its demands ({@link PegTally}): a non-phantom's through the tallies,
     * maybe on the second thread; a phantom's here, after which its pass-through lots are exploded into its
     * components slice by slice, each slice carrying the reference of the demand it serves.
     */
    private void peg(int i, NettingWorkspace ws, int firstOrder, int count, long stock) {
        if (count == 0) {
            return;
        }
        if (orderBucket.length < count) {
            orderBucket = new int[Math.max(count, orderBucket.length * 2)];
            orderQty = new long[orderBucket.length];
        }
        for (int k = 0; k < count; k++) {
            orderBucket[k] = ws.orderBucket(k);
            orderQty[k] = ws.orderQuantity(k);
        }
        List<Indep> indep = independent.get(i);
        List<Receipt> rs = receipts.get(i);
        if (phantom[i]) {
            phantomPegs.clear();
            phantomPegs.peg(0, indep, dep, depSize, depWidth, rs, count, orderBucket, orderQty, stock);
            passThrough(i, ws, count);
        } else {
            tallies.peg(firstOrder, indep, dep, depSize, depWidth, rs, count, orderBucket, orderQty, stock);
        }
    }

    private void passThrough(int i, NettingWorkspace ws, int count) {
        Map<Long, Long> needDays = new HashMap<>();
        for (int k = 0; k < depSize; k++) {
            needDays.putIfAbsent(refOfKey(dep[k * depWidth]), dep[k * depWidth + 2]);
        }
        long self = phantomRef[i];
        for (int k = 0; k < count; k++) {
            int bucket = ws.orderBucket(k);
            long total = ws.orderQuantity(k);
            int slices = phantomPegs.orderCount().get(k);
            int from = phantomPegs.orderFrom().get(k);
            if (sliceRef.length < slices + 1) {
                sliceRef = new long[slices * 2 + 2];
                sliceQty = new long[slices * 2 + 2];
            }
            long pegged = 0;
            for (int x = 0; x < slices; x++) {
                sliceRef[x] = phantomPegs.refs().get(from + x);
                sliceQty[x] = phantomPegs.quantities().get(from + x);
                pegged += sliceQty[x];
            }
            if (pegged < total) {
                sliceRef[slices] = self;
                sliceQty[slices++] = total - pegged;
            }
            long bucketDay = horizon.startEpochDay(bucket);
            if (sliceDay.length < slices) {
                sliceDay = new long[sliceRef.length];
                sliceSeg = new int[sliceRef.length];
            }
            for (int x = 0; x < slices; x++) {
                sliceDay[x] = sliceRef[x] >= 0 ? needDays.getOrDefault(sliceRef[x], bucketDay) : bucketDay;
            }
            if (!segmented(i)) {
                passEdges(edgeStart[i], edgeStart[i + 1], slices, -1, bucket);
                continue;
            }
            // Each slice explodes the edges in force on its own need day; the segments in day order.
            for (int x = 0; x < slices; x++) {
                sliceSeg[x] = segment(i, sliceDay[x]);
            }
            for (int sg = segFirst[i]; sg < segFirst[i + 1]; sg++) {
                passEdges(segEdge[sg], segmentEnd(i, sg), slices, sg, bucket);
            }
        }
    }

    private long[] sliceDay = new long[16];
    private int[] sliceSeg = new int[16];

    /**
     * Passes slices [0, slices) of a phantom's pass-through lot (only those of segment {@code seg}, or all when it
     * is -1) through edges [from, to): a fixed line goes once with the first such slice, a per-unit line is
     * rounded on the running total so the slices add up to the line's need for their sum.
     */
    private void passEdges(int from, int to, int slices, int seg, int bucket) {
        for (int e = from; e < to; e++) {
            long cumulative = 0;
            long given = 0;
            boolean first = true;
            for (int x = 0; x < slices; x++) {
                if (seg >= 0 && sliceSeg[x] != seg) {
                    continue;
                }
                long q;
                if (edgeFixed[e] >= 0) {
                    q = first ? edgeFixed[e] : 0;
                } else {
                    cumulative += sliceQty[x];
                    long upTo = edgeRatio[e].apply(cumulative);
                    q = upTo - given;
                    given = upTo;
                }
                first = false;
                if (q == 0) {
                    continue;
                }
                long ref = sliceRef[x];
                long day = sliceDay[x];
                demand(edgeComp[e], bucket, q, ref, day);
                if (ref >= 0) {
                    passedRows.add(reqs);
                    passedOrder.add((int) ref);
                    requirement(edgeComp[e], q, day, (int) ref, edgeOp[e]);
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
                drafts.add(new Draft(MessageType.CANCEL, i, r.id(), what
                        + " is not needed within the horizon."));
            } else if (r.bucket() > t) {
                drafts.add(new Draft(MessageType.EXPEDITE, i, r.id(), what + " is needed earlier, from "
                        + horizon.start(t) + " (bucket " + t + ")."));
            } else if (r.bucket() < t) {
                drafts.add(new Draft(MessageType.DEFER, i, r.id(), what + " is not needed before "
                        + horizon.start(t) + " (bucket " + t + ")."));
            }
            before = Math.addExact(before, r.quantity());
        }
    }

    /** Marks cell {@code row × nb + bucket} of the item's record as possibly non-zero. */
    private void candidate(int row, int bucket) {
        int x = row * nb + bucket;
        candidates[x >>> 6] |= 1L << x;
    }

    /** The item's record as a compact view: gross, receipts, planned receipts and releases; the rest derived. */
    private ItemPlan record(int i, NettingWorkspace ws, long[] gross, long[] sr, long[] releases, long stock,
            long backlog, long ss) {
        long[] rows = rowScratch; // every row is overwritten whole
        ws.copyPlannedOrderReceipts(rows);
        System.arraycopy(rows, 0, rows, 2 * nb, nb);
        System.arraycopy(gross, 0, rows, 0, nb);
        System.arraycopy(sr, 0, rows, nb, nb);
        System.arraycopy(releases, 0, rows, 3 * nb, nb);
        return ItemPlan.lazy(items[i].id(), llc[i], new CompactRows(recordWords, recordValues, nb, rows, candidates,
                stock, backlog, ss));
    }

    // ---------------------------------------------------------------- result

    private MrpResult build(long startedNanos) {
        // An item's orders are created together, by receipt bucket then sequence: numbering only needs the items
        // in id order.
        OrderNumbers numbers = new OrderNumbers(oItem, orders, idRank);
        // Orders and requirements stay in their columns, in creation order; the tables find them by output position
        // (through the numbering and the requirement starts), building values only when read.
        long[] passed = passedByNumber(numbers);
        int[] reqStart = requirementStarts(numbers, passed);
        ItemId[] itemIds = new ItemId[n];
        dev.mfg.core.item.Procurement[] procurement = new dev.mfg.core.item.Procurement[n];
        for (int i = 0; i < n; i++) {
            itemIds[i] = items[i].id();
            procurement[i] = items[i].procurement();
        }
        long[] bucketDay = new long[nb + 1];
        for (int t = 0; t <= nb; t++) {
            bucketDay[t] = horizon.startEpochDay(t);
        }
        tallies.finish();
        if (pegTally.orderFrom().size() != orders) {
            throw new IllegalStateException("Pegged " + pegTally.orderFrom().size() + " of " + orders + " orders");
        }
        PlanTables tables = new PlanTables(itemIds, procurement, names, bucketDay, orders, numbers, oItem, oQty,
                oRelDay, oRecv, pegTally.orderFrom(), pegTally.orderCount(), pegTally.refs(), pegTally.quantities(),
                oReqFrom, oReqCount, reqStart, passed, idRank, rItem, rQty, rDay, rOp);
        List<CapacityLoad> capacity = capacity(loadTally);
        List<ToolLoad> toolLoads = toolLoads(loadTally);
        Draft[] messages = new Draft[drafts.size()];
        for (int k = 0; k < messages.length; k++) {
            Draft d = drafts.get(k);
            messages[k] = d.order() < 0 ? d : d.named("PLN-" + numbers.number(d.order(), oItem.get(d.order())));
        }
        sortMessages(messages, idRank);
        Item[] itemsById = items;
        LocalDate start = horizon.start();
        PlanBucket[] buckets = new PlanBucket[nb];
        for (int t = 0; t < nb; t++) {
            buckets[t] = new PlanBucket(t, horizon.start(t), horizon.endInclusive(t));
        }
        long elapsed = (System.nanoTime() - startedNanos) / 1_000_000L;
        return MrpResult.builder().buckets(Lists.immutable.with(buckets)).items(Lists.immutable.with(plans))
                .plannedOrders(tables.orderCount(), tables::order)
                .materialRequirements(tables.requirementCount(), tables::requirement)
                .messages(messages.length, x -> messages[x].message(itemsById, start))
                .capacity(Lists.immutable.withAll(capacity))
                .toolLoads(Lists.immutable.withAll(toolLoads))
                .summary(PlanSummary.builder().items(n).plannedOrders(orders).elapsedMillis(elapsed).build())
                .build();
    }

    /**
     * Sorts messages by item id (its rank), type, then reference (the order of {@link ActionMessage}'s item, type
     * and reference), stably: by one {@code long} key of rank and type, then each run of equal keys by reference. A
     * plan of L has hundreds of thousands of messages, mostly one or two per item and type.
     */
    static void sortMessages(Draft[] messages, int[] rank) {
        int m = messages.length;
        long[] key = new long[m];
        int[] at = new int[m];
        for (int k = 0; k < m; k++) {
            key[k] = (long) rank[messages[k].item()] << 8 | messages[k].type().ordinal();
            at[k] = k;
        }
        IndexSort.byKey(key, at, m, new long[m], new int[m], new int[m + 1]);
        Draft[] sorted = new Draft[m];
        for (int x = 0; x < m;) {
            int y = x + 1;
            while (y < m && key[y] == key[x]) {
                y++;
            }
            for (int z = x; z < y; z++) {
                sorted[z] = messages[at[z]];
            }
            if (y - x > 1) {
                Arrays.sort(sorted, x, y, Comparator.comparing(Draft::reference));
            }
            x = y;
        }
        System.arraycopy(sorted, 0, messages, 0, m);
    }

    /**
     * {@return the sorted rows phantoms passed through to planned orders, each as {@code number << 32 | row}} with
     * the order's number {@code n} of {@code PLN-n}: few, read through by {@link PlanTables} to merge them into their
     * order's rows.
     */
    private long[] passedByNumber(OrderNumbers numbers) {
        int extra = passedRows.size();
        long[] passed = new long[extra];
        for (int k = 0; k < extra; k++) {
            int r = passedRows.get(k);
            int g = passedOrder.get(k);
            passed[k] = (long) numbers.number(g, oItem.get(g)) << 32 | r;
        }
        Arrays.sort(passed);
        return passed;
    }

    /**
     * {@return the output position of each order's first requirement, by order number from 0, and the total at
     * {@code [orders]}} An order's requirements are its own rows (written sorted by {@link #explode}) and those
     * phantoms passed through for it.
     */
    private int[] requirementStarts(OrderNumbers numbers, long[] passed) {
        int[] start = new int[orders + 1];
        for (int g = 0; g < orders; g++) {
            start[numbers.number(g, oItem.get(g))] = oReqCount.get(g);
        }
        for (long p : passed) {
            start[(int) (p >>> 32)]++;
        }
        for (int x = 0; x < orders; x++) {
            start[x + 1] = Math.addExact(start[x + 1], start[x]);
        }
        if (start[orders] != reqs) {
            throw new IllegalStateException("Requirement rows lost in ordering: " + start[orders] + " of " + reqs);
        }
        return start;
    }
}
