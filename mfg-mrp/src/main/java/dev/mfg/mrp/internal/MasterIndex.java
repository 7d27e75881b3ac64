package dev.mfg.mrp.internal;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomCatalog;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.quantity.ConversionFactor;
import dev.mfg.core.quantity.UnitConverter;
import dev.mfg.core.routing.Routing;
import dev.mfg.core.routing.RoutingCatalog;
import dev.mfg.core.routing.RoutingStatus;
import dev.mfg.core.routing.RoutingType;
import dev.mfg.mrp.horizon.PlanningHorizon;
import dev.mfg.mrp.lotsizing.LotModifiers;
import dev.mfg.mrp.lotsizing.LotSizingPolicies;
import dev.mfg.mrp.lotsizing.LotSizingPolicy;
import dev.mfg.mrp.lotsizing.MicroUnits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMap;

/**
 * The part of a planning run's index that depends only on the master data and the horizon: the items as dense
 * ints in low-level-code order (then id) with their planning parameters, the BOM edges in CSR arrays with a
 * {@link MicroRatio} per edge and the dated segments of items whose BOM changes inside the horizon, and which
 * items are routed with their candidate routings (dense ids, and the lot-size range of a single one) and the
 * {@link RoutingSteps} that resolves those routings' operations per bucket once for all runs. Built once by
 * {@link #of}; never written afterwards but for {@link RoutingSteps}' lazily published slots, so one index can serve
 * any number of runs, at once or one after another ({@link PlanRun} only reads it).
 *
 * <p>Immutable after construction (its {@link RoutingSteps} is thread-safe) and safe to share between threads once
 * published (the planner publishes it through an {@code AtomicReference}).
 */
final class MasterIndex {
    final MasterData data;
    final LocalDate start;
    final LocalDate endExclusive;
    // Items, dense, in low-level-code order.
    int n;
    Item[] items;
    int[] llc;
    boolean[] phantom;
    int[] leadTime;
    long[] safety;
    LotSizingPolicy[] policy;
    LotModifiers[] modifiers;
    int[] idRank; // each item's position in id order
    ObjectIntHashMap<ItemId> index; // item id → dense index; only read after construction
    // BOM edges (CSR): edges of item i are [edgeStart[i], edgeStart[i + 1]).
    int[] edgeStart;
    int[] edgeComp;
    long[] edgeFixed; // micro-units once per order for BATCH/ORDER lines, -1 for UNIT lines
    MicroRatio[] edgeRatio;
    int[] edgeOp; // 0 = no operation
    int edges; // the number of edges
    // Items whose BOM changes strictly inside the horizon have segments segFirst[i] .. segFirst[i + 1] - 1 (none
    // for the others, which use all their edges): segment s is in force from epoch day segDay[s] (the first from
    // Long.MIN_VALUE) and its edges are [segEdge[s], segment end), within [edgeStart[i], edgeStart[i + 1]).
    int[] segFirst;
    long[] segDay;
    int[] segEdge;
    private static final long[] NO_DAYS = new long[0];
    // Routings: routed[i] when the item has a routing; routingLead[i] when its lead time comes from it.
    boolean[] routed;
    boolean[] routingLead;
    // The candidate routings of routed item i (ACTIVE PRODUCTION routings in force at the start, in catalog order)
    // are the dense routing ids candidateFirst[i] .. candidateFirst[i + 1] - 1 of routingSteps; with exactly one,
    // lotKnown[i] when its lot-size range is exact in micro-units: [lotFrom[i], lotTo[i]] (MIN/MAX when open).
    int[] candidateFirst;
    long[] lotFrom;
    long[] lotTo;
    boolean[] lotKnown;
    /**
     * The resolved operations of the candidate routings per bucket of this horizon, the work centers and their
     * calendars (see {@link RoutingSteps}): filled lazily and race-free by the runs that use them, the one part of
     * the index that is not written once in {@link #of}.
     */
    RoutingSteps routingSteps;
    private final PlanningHorizon horizon;

    private MasterIndex(MasterData data, PlanningHorizon horizon) {
        this.data = data;
        this.horizon = horizon;
        this.start = horizon.start();
        this.endExclusive = horizon.endExclusive();
    }

    /**
     * Indexes master data for a horizon.
     *
     * @param data the master data
     * @param horizon the planning horizon (its start and end decide the BOMs in force and their breaks)
     * @return the index
     * @throws dev.mfg.core.error.LimitExceededException if there are {@link PegTally#MAX_ITEMS} items or more
     */
    static MasterIndex of(MasterData data, PlanningHorizon horizon) {
        MasterIndex x = new MasterIndex(Objects.requireNonNull(data, "data"), horizon);
        x.indexItems();
        x.indexEdges();
        x.indexRoutings();
        return x;
    }

    /** {@return whether this index was built for this very master data (identity) and the same horizon dates} */
    boolean serves(MasterData other, PlanningHorizon h) {
        return data == other && start.equals(h.start()) && endExclusive.equals(h.endExclusive());
    }

    private void indexItems() {
        MasterData data = this.data;
        LowLevelCodes codes = data.lowLevelCodes(); // computed once per master data
        // Items by id, then stably by code (counting sort): one code lookup per item, none per comparison.
        Item[] byId = data.items().toArray(new Item[0]);
        Arrays.sort(byId, Comparator.comparing(Item::id));
        int[] codeById = new int[byId.length];
        int max = 0;
        for (int k = 0; k < byId.length; k++) {
            codeById[k] = codes.find(byId[k].id()).orElse(0);
            max = Math.max(max, codeById[k]);
        }
        int[] next = new int[max + 2];
        for (int c : codeById) {
            next[c + 1]++;
        }
        for (int c = 0; c <= max; c++) {
            next[c + 1] += next[c];
        }
        n = byId.length;
        if (n >= PegTally.MAX_ITEMS) {
            throw new dev.mfg.core.error.LimitExceededException("planning.items", PegTally.MAX_ITEMS - 1, n,
                    "masterData.items");
        }
        items = new Item[n];
        idRank = new int[n];
        int[] codeOf = new int[n];
        for (int k = 0; k < n; k++) {
            int at = next[codeById[k]]++;
            items[at] = byId[k];
            codeOf[at] = codeById[k];
            idRank[at] = k;
        }
        llc = new int[n];
        phantom = new boolean[n];
        leadTime = new int[n];
        safety = new long[n];
        policy = new LotSizingPolicy[n];
        modifiers = new LotModifiers[n];
        // Open addressing with int values: fewer memory hops per lookup than a HashMap of boxed Integers.
        index = new ObjectIntHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            Item it = items[i];
            index.put(it.id(), i);
            llc[i] = codeOf[i];
            leadTime[i] = it.leadTimeDays().orElse(0);
            safety[i] = MicroUnits.toMicros(it.safetyStock());
            policy[i] = LotSizingPolicies.of(it.lotSizing());
            modifiers[i] = LotModifiers.of(it.lotSizing());
        }
    }

    /**
     * Indexes the BOM edges. An item whose planning BOM and lines do not change strictly inside the horizon gets
     * one edge set (the BOM in force on the start); an item with such breaks gets one segment per break-free
     * period, each with the edges of the BOM and lines in force on its first day (equal neighbours merged). A
     * phantom is one whose BOM in force on the start is a phantom.
     */
    private void indexEdges() {
        MasterData data = this.data;
        BomCatalog catalog = data.bomCatalog();
        UnitConverter converter = data.unitConverter();
        LocalDate start = horizon.start();
        long startDay = start.toEpochDay();
        long endDay = horizon.endExclusive().toEpochDay();
        edgeStart = new int[n + 1];
        edgeComp = new int[16];
        edgeFixed = new long[16];
        edgeRatio = new MicroRatio[16];
        edgeOp = new int[16];
        edges = 0;
        segFirst = new int[n + 1];
        segDay = new long[4];
        segEdge = new int[4];
        int segs = 0;
        Map<RatioKey, MicroRatio> ratios = new HashMap<>();
        for (int i = 0; i < n; i++) {
            edgeStart[i] = edges;
            segFirst[i] = segs;
            Item parent = items[i];
            // One catalog lookup per item: the planning BOMs by start, scanned as BomCatalog#find does.
            org.eclipse.collections.api.list.ImmutableList<Bom> versions = catalog.planningBomsOf(parent.id());
            Bom bom = inForce(versions, start);
            phantom[i] = bom != null && bom.isPhantom();
            long[] breaks = breaks(versions, startDay, endDay);
            addEdges(index, converter, ratios, parent, bom, start);
            if (breaks.length == 0) {
                continue;
            }
            segs = addSegment(segs, Long.MIN_VALUE, edgeStart[i]);
            for (long day : breaks) {
                LocalDate date = LocalDate.ofEpochDay(day);
                int from = edges;
                addEdges(index, converter, ratios, parent, inForce(versions, date), date);
                if (sameEdges(segEdge[segs - 1], from, from, edges)) {
                    edges = from; // nothing changes on this day
                } else {
                    segs = addSegment(segs, day, from);
                }
            }
            if (segs - segFirst[i] == 1) {
                segs = segFirst[i]; // no real change: one edge set
            }
        }
        edgeStart[n] = edges;
        segFirst[n] = segs;
    }

    /** {@return the first of an item's planning BOMs (sorted by start) in force on a date, as BomCatalog#find} */
    private static @org.jspecify.annotations.Nullable Bom inForce(
            org.eclipse.collections.api.list.ImmutableList<Bom> versions, LocalDate date) {
        for (int v = 0; v < versions.size(); v++) {
            Bom b = versions.get(v);
            if (b.effectivity().contains(date)) {
                return b;
            }
        }
        return null;
    }

    /**
     * {@return the sorted distinct epoch days strictly inside (start, end) on which a planning BOM of the item or
     * one of its demand-creating lines starts or stops being in force}
     */
    private static long[] breaks(org.eclipse.collections.api.list.ImmutableList<Bom> boms, long start, long end) {
        long[] out = NO_DAYS;
        for (Bom bom : boms) {
            out = addBreak(addBreak(out, bom.effectivity().startInclusive(), start, end),
                    bom.effectivity().endExclusive(), start, end);
            for (BomLine line : bom.lines()) {
                if (!line.costOnly() && !line.optional()) {
                    out = addBreak(addBreak(out, line.effectivity().startInclusive(), start, end),
                            line.effectivity().endExclusive(), start, end);
                }
            }
        }
        if (out.length > 1) {
            Arrays.sort(out);
            int distinct = 1;
            for (int x = 1; x < out.length; x++) {
                if (out[x] != out[distinct - 1]) {
                    out[distinct++] = out[x];
                }
            }
            out = Arrays.copyOf(out, distinct);
        }
        return out;
    }

    /** {@return the days, with the date's epoch day appended when present and strictly inside (start, end)} */
    private static long[] addBreak(long[] days, Optional<LocalDate> date, long start, long end) {
        if (date.isEmpty()) {
            return days;
        }
        long day = date.get().toEpochDay();
        if (day <= start || day >= end) {
            return days;
        }
        long[] out = Arrays.copyOf(days, days.length + 1);
        out[days.length] = day;
        return out;
    }

    private int addSegment(int segs, long day, int firstEdge) {
        if (segs == segDay.length) {
            segDay = Arrays.copyOf(segDay, segs * 2);
            segEdge = Arrays.copyOf(segEdge, segs * 2);
        }
        segDay[segs] = day;
        segEdge[segs] = firstEdge;
        return segs + 1;
    }

    /** {@return whether edges [a, aEnd) and [b, bEnd) are equal, edge by edge} */
    private boolean sameEdges(int a, int aEnd, int b, int bEnd) {
        if (aEnd - a != bEnd - b) {
            return false;
        }
        for (int x = 0; x < aEnd - a; x++) {
            if (edgeComp[a + x] != edgeComp[b + x] || edgeFixed[a + x] != edgeFixed[b + x]
                    || edgeOp[a + x] != edgeOp[b + x] || !Objects.equals(edgeRatio[a + x], edgeRatio[b + x])) {
                return false;
            }
        }
        return true;
    }

    /** Appends the edges of the demand-creating lines of a BOM (none when null) in force on a date. */
    private void addEdges(ObjectIntHashMap<ItemId> index, UnitConverter converter, Map<RatioKey, MicroRatio> ratios,
            Item parent, @org.jspecify.annotations.Nullable Bom bom, LocalDate date) {
        if (bom == null) {
            return;
        }
        // Parent quantities are in the item's unit; the base quantity is in the BOM's unit.
        ConversionFactor toBomUnit = bom.uom().isPresent()
                ? converter.factor(parent.uom(), bom.uom().get(), parent.conversions(), parent.id().value())
                : ConversionFactor.ONE;
        int first = edges;
        List<BomLine> lines = bom.lines().castToList();
        for (int x = 1; x < lines.size(); x++) {
            if (lines.get(x - 1).lineNo() > lines.get(x).lineNo()) { // usually in order already: no copy then
                lines = new ArrayList<>(lines);
                lines.sort(Comparator.comparingInt(BomLine::lineNo));
                break;
            }
        }
        for (int x = 0; x < lines.size(); x++) {
            BomLine line = lines.get(x);
            if (line.costOnly() || line.optional() || !line.effectivity().contains(date)) {
                continue;
            }
            int c = index.getIfAbsent(line.component(), -1);
            if (c < 0) {
                continue; // MasterData guarantees known components; defensive only
            }
            Item component = items[c];
            ConversionFactor toComponent = converter.factor(line.uom(), component.uom(), component.conversions(),
                    component.id().value());
            int e = edges;
            if (e == edgeComp.length) {
                edgeComp = Arrays.copyOf(edgeComp, e * 2);
                edgeFixed = Arrays.copyOf(edgeFixed, e * 2);
                edgeRatio = Arrays.copyOf(edgeRatio, e * 2);
                edgeOp = Arrays.copyOf(edgeOp, e * 2);
            }
            BigDecimal perLine = line.quantity().multiply(line.scrapFactor())
                    .multiply(toComponent.numerator());
            edgeComp[e] = c;
            edgeOp[e] = line.operation().orElse(0);
            if (line.per().isFixed()) {
                edgeFixed[e] = ratio(ratios, perLine, toComponent.denominator()).apply(MicroUnits.PER_UNIT);
                edgeRatio[e] = null;
            } else {
                edgeFixed[e] = -1;
                edgeRatio[e] = ratio(ratios, perLine.multiply(toBomUnit.numerator()),
                        bom.baseQuantity().multiply(toComponent.denominator())
                                .multiply(toBomUnit.denominator()));
            }
            edges = e + 1;
        }
        sortEdges(first, edges);
    }

    /**
     * Sorts edges [from, to) by operation, then component id: the order requirements are listed in, so an order's
     * requirement rows are born sorted and the final sort finds them in place (insertion sort: BOMs are short).
     */
    private void sortEdges(int from, int to) {
        for (int a = from + 1; a < to; a++) {
            int comp = edgeComp[a];
            long fixed = edgeFixed[a];
            MicroRatio ratio = edgeRatio[a];
            int op = edgeOp[a];
            int b = a - 1;
            while (b >= from && (edgeOp[b] > op || edgeOp[b] == op && idRank[edgeComp[b]] > idRank[comp])) {
                edgeComp[b + 1] = edgeComp[b];
                edgeFixed[b + 1] = edgeFixed[b];
                edgeRatio[b + 1] = edgeRatio[b];
                edgeOp[b + 1] = edgeOp[b];
                b--;
            }
            edgeComp[b + 1] = comp;
            edgeFixed[b + 1] = fixed;
            edgeRatio[b + 1] = ratio;
            edgeOp[b + 1] = op;
        }
    }

    /** Lines repeat a few quantities (most are 1 of 1): their ratios are computed once per run. */
    private record RatioKey(BigDecimal numerator, BigDecimal denominator) {}

    private static MicroRatio ratio(Map<RatioKey, MicroRatio> ratios, BigDecimal numerator, BigDecimal denominator) {
        return ratios.computeIfAbsent(new RatioKey(numerator, denominator),
                k -> MicroRatio.of(k.numerator(), k.denominator()));
    }

    private void indexRoutings() {
        MasterData data = this.data;
        RoutingCatalog routings = data.routingCatalog();
        routed = new boolean[n];
        routingLead = new boolean[n];
        candidateFirst = new int[n + 1];
        lotFrom = new long[n];
        lotTo = new long[n];
        lotKnown = new boolean[n];
        List<Routing> candidates = new ArrayList<>();
        LocalDate start = horizon.start();
        for (int i = 0; i < n; i++) {
            candidateFirst[i] = candidates.size();
            org.eclipse.collections.api.list.ImmutableList<Routing> all = routings.routingsOf(items[i].id());
            routed[i] = items[i].isMake() && !phantom[i] && all.notEmpty();
            routingLead[i] = routed[i] && items[i].leadTimeDays().isEmpty();
            if (!routed[i]) {
                continue;
            }
            for (int x = 0; x < all.size(); x++) {
                Routing r = all.get(x);
                if (r.status() == RoutingStatus.ACTIVE && r.type() == RoutingType.PRODUCTION
                        && r.effectivity().contains(start)) {
                    candidates.add(r);
                }
            }
            if (candidates.size() - candidateFirst[i] == 1) {
                Routing r = candidates.get(candidateFirst[i]);
                Long from = r.lotSizeFrom().isPresent() ? microsOrNull(r.lotSizeFrom().get()) : Long.MIN_VALUE;
                Long to = r.lotSizeTo().isPresent() ? microsOrNull(r.lotSizeTo().get()) : Long.MAX_VALUE;
                if (from != null && to != null) {
                    lotKnown[i] = true;
                    lotFrom[i] = from;
                    lotTo[i] = to;
                }
            }
        }
        candidateFirst[n] = candidates.size();
        LocalDate[] bucketStarts = new LocalDate[horizon.buckets()];
        for (int t = 0; t < bucketStarts.length; t++) {
            bucketStarts[t] = horizon.start(t);
        }
        routingSteps = new RoutingSteps(data, bucketStarts, candidates.toArray(new Routing[0]));
    }

    private static @org.jspecify.annotations.Nullable Long microsOrNull(BigDecimal value) {
        try {
            return MicroUnits.toMicros(value);
        } catch (ArithmeticException e) {
            return null; // not an exact micro-unit value: left to the catalog
        }
    }
}
