package dev.mfg.testkit.generate;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomLine;
import dev.mfg.core.bom.BomType;
import dev.mfg.core.bom.QuantityBasis;
import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.item.LotSizing;
import dev.mfg.core.item.LotSizingRule;
import dev.mfg.core.item.Procurement;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.DemandType;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.quantity.Money;
import dev.mfg.core.quantity.UnitPrice;
import dev.mfg.core.quantity.Uom;
import dev.mfg.core.resource.Tool;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenter;
import dev.mfg.core.resource.WorkCenterCategory;
import dev.mfg.core.resource.WorkCenterId;
import dev.mfg.core.routing.Operation;
import dev.mfg.core.routing.Routing;
import dev.mfg.testkit.scenario.Planning;
import dev.mfg.testkit.scenario.PlanningBucket;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.eclipse.collections.api.factory.Lists;

/**
 * Generates valid models, deterministically from a seed: the same seed and size give an equal model and a
 * byte-identical file.
 *
 * <pre>{@code
 * GeneratedModel m = ModelGenerator.seeded(42).generate(SizeTier.S);            // in memory
 * try (var w = Files.newBufferedWriter(path); var sink = new ScenarioFileSink(w)) {
 *     ModelGenerator.seeded(42).generate(SizeTier.XL, sink);                     // streamed to a file
 * }
 * }</pre>
 *
 * <p>Shape: items are spread over the tier's levels (5 % finished goods {@code FG-n} at level 0, 40 % bought raw
 * materials {@code RM-n} at the last level, the rest sub-assemblies {@code SAll-n} in between, each sub-assembly
 * level 1.3 times wider than the one above); every made item has 3–6 lines: the first to a uniformly drawn item
 * of the next level, further lines three times in ten to any deeper sub-assembly and otherwise to a raw
 * material with a Zipf-like preference for popular ones (so components are shared across levels); quantities
 * per are mostly 1 (75 %), sometimes 2 (15 %) or 3–4 (10 %). This keeps the dependent demand per item bounded at
 * every depth, as in real product structures, so every tier can be planned. About 3 % of sub-assemblies are
 * phantoms, 20 % of lines carry scrap, 2 % are per batch; every third raw material is counted in KG and consumed
 * in G. Made items have 3–5 routing steps over work centers in efficiency bands (70–100 %), one in ten with a
 * multi-cavity mold. Finished goods get demand in every bucket with popularity by rank (Zipf, exponent 0.8),
 * seasonality, ±30 % noise and 2 % spikes (sales orders in the first 4 buckets, forecasts after); raw materials
 * have stock and some open receipts. Lot sizing is mostly lot-for-lot, with period order quantities, minimum and
 * multiple modifiers, and fixed order quantities on made items of the top three levels. Money is in
 * {@link #CURRENCY}.
 *
 * <p>Streaming: every object is drawn from its own random stream (derived from the seed, the kind of object and
 * its index), so the generator can emit the model section by section in the file's order with no per-item state:
 * only work centers and tools (one per 1,000 and 2,000 items) are kept. Memory is constant in the number of
 * items when the sink is a {@link ScenarioFileSink}.
 *
 * <p>Not thread-safe; create one per thread.
 *
 * @since 0.1
 */
public final class ModelGenerator {
    /** The default first bucket: Monday 2026-01-05. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);
    /** The currency of every generated amount. */
    public static final String CURRENCY = "USD";

    private static final int ITEM = 1;
    private static final int PHANTOM = 2;
    private static final int BOM = 3;
    private static final int ROUTING = 4;
    private static final int RECEIPT = 5;
    private static final int DEMAND_PICK = 6;
    private static final int DEMAND = 7;
    private static final int RESOURCES = 8;

    private final long seed;
    private IntConsumer progress = i -> { };

    private ModelGenerator(long seed) {
        this.seed = seed;
    }

    /**
     * @param seed the seed
     * @return a generator
     */
    public static ModelGenerator seeded(long seed) {
        return new ModelGenerator(seed);
    }

    /**
     * @param progress called with the number of items generated so far, every 100,000 items
     * @return this generator
     */
    public ModelGenerator onProgress(IntConsumer progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * @param tier the size
     * @return the generated model, in memory and validated
     */
    public GeneratedModel generate(SizeTier tier) {
        return generate(tier.items(), tier.levels(), tier.buckets(), tier.bucketSize());
    }

    /**
     * @param itemCount number of items, at least 20
     * @param levels number of levels, 2 to 99
     * @param buckets number of buckets
     * @param bucketSize WEEK or DAY
     * @return the generated model, in memory and validated
     */
    public GeneratedModel generate(int itemCount, int levels, int buckets, String bucketSize) {
        InMemoryModelSink sink = new InMemoryModelSink();
        generate(itemCount, levels, buckets, bucketSize, sink);
        return sink.model();
    }

    /**
     * Sends the model of a tier to a sink.
     *
     * @param tier the size
     * @param sink where the model goes
     */
    public void generate(SizeTier tier, ModelSink sink) {
        generate(tier.items(), tier.levels(), tier.buckets(), tier.bucketSize(), sink);
    }

    /**
     * Sends a model to a sink, in {@link ModelSink}'s order, named {@code generated-ITEMSxLEVELS-seed-SEED}.
     *
     * @param itemCount number of items, at least 20
     * @param levels number of levels, 2 to 99
     * @param buckets number of buckets, 1 to {@link Planning#MAX_BUCKETS}
     * @param bucketSize WEEK or DAY
     * @param sink where the model goes
     * @throws IllegalArgumentException for sizes out of range
     */
    public void generate(int itemCount, int levels, int buckets, String bucketSize, ModelSink sink) {
        if (itemCount < 20 || levels < 2 || levels > 99 || buckets < 1 || buckets > Planning.MAX_BUCKETS
                || !("WEEK".equals(bucketSize) || "DAY".equals(bucketSize))) {
            throw new IllegalArgumentException("Need at least 20 items, 2 to 99 levels, 1 to "
                    + Planning.MAX_BUCKETS + " buckets of WEEK or DAY, was (" + itemCount + ", " + levels + ", "
                    + buckets + ", " + bucketSize + ").");
        }
        Objects.requireNonNull(sink, "sink");
        Layout layout = new Layout(itemCount, levels);
        SplittableRandom resources = rnd(RESOURCES, 0);
        List<WorkCenter> workCenters = workCenters(resources, Math.max(5, itemCount / 1000));
        List<Tool> tools = tools(resources, Math.max(2, itemCount / 2000));
        LocalDate start = DEFAULT_START;
        sink.start(String.format(Locale.ROOT, "generated-%dx%d-seed-%d", itemCount, levels, seed),
                Currency.getInstance(CURRENCY), Planning.of(start, buckets, PlanningBucket.valueOf(bucketSize)));
        int done = 0;
        for (int level : layout.emissionOrder) {
            for (int i = layout.levelStart[level]; i < layout.levelStart[level + 1]; i++) {
                emitItem(layout, i, sink);
                if (++done % 100_000 == 0) {
                    progress.accept(done);
                }
            }
        }
        workCenters.forEach(sink::workCenter);
        tools.forEach(sink::tool);
        for (int level : layout.emissionOrder) {
            if (level == levels - 1) {
                continue;
            }
            for (int i = layout.levelStart[level]; i < layout.levelStart[level + 1]; i++) {
                sink.bom(bom(layout, i));
            }
        }
        for (int level : layout.emissionOrder) {
            if (level == levels - 1) {
                continue;
            }
            for (int i = layout.levelStart[level]; i < layout.levelStart[level + 1]; i++) {
                if (!layout.phantom(i)) {
                    sink.routing(routing(rnd(ROUTING, i), layout.id(i), workCenters, tools));
                }
            }
        }
        for (int i = layout.levelStart[levels - 1]; i < itemCount; i++) {
            SplittableRandom r = rnd(RECEIPT, i);
            if (r.nextInt(10) == 0) {
                sink.scheduledReceipt(ScheduledReceipt.of(String.format(Locale.ROOT, "PO-%07d", i), layout.id(i),
                        BigDecimal.valueOf(50 + r.nextInt(500)), start.plusDays(r.nextInt(28))));
            }
        }
        // Ids sort FC-… before SO-…, so forecasts (buckets 4 on) are sent first.
        demands(layout, buckets, bucketSize, start, true, sink);
        demands(layout, buckets, bucketSize, start, false, sink);
        sink.end();
    }

    /** A SplitMix64-derived stream per (kind of object, index): independent of the order objects are made in. */
    private SplittableRandom rnd(int kind, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (kind * 0x1_0000_0000L + index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    /** Where the items of each level sit and what they are called. */
    private final class Layout {
        final int items;
        final int levels;
        final int[] levelStart;
        final int[] emissionOrder;
        final int finishedGoods;

        Layout(int items, int levels) {
            this.items = items;
            this.levels = levels;
            levelStart = new int[levels + 1];
            finishedGoods = Math.max(1, items / 20);
            int raw = Math.max(1, items * 2 / 5);
            int middle = items - finishedGoods - raw;
            levelStart[1] = finishedGoods;
            // Sub-assembly levels grow by 1.3 toward the leaves, as a product structure widens with depth; this
            // keeps the dependent demand per item bounded however deep the structure is.
            double[] weight = new double[Math.max(levels - 2, 0)];
            double total = 0;
            for (int l = 0; l < weight.length; l++) {
                weight[l] = Math.pow(1.3, l);
                total += weight[l];
            }
            double cumulative = 0;
            for (int l = 1; l < levels - 1; l++) {
                cumulative += weight[l - 1];
                levelStart[l + 1] = finishedGoods + (int) Math.round(middle * cumulative / total);
            }
            levelStart[levels] = items;
            if (levels == 2) {
                levelStart[1] = items - raw;
            }
            // Id order: FG- < RM- < SA01- < SA02- ..., the order ScenarioWriter sorts items in.
            emissionOrder = new int[levels];
            emissionOrder[0] = 0;
            emissionOrder[1] = levels - 1;
            for (int l = 1; l < levels - 1; l++) {
                emissionOrder[l + 1] = l;
            }
        }

        int levelOf(int i) {
            int l = 0;
            while (i >= levelStart[l + 1]) {
                l++; // at most 99 steps; empty levels are skipped
            }
            return l;
        }

        ItemId id(int i) {
            int level = levelOf(i);
            String prefix = level == 0 ? "FG" : level == levels - 1 ? "RM"
                    : String.format(Locale.ROOT, "SA%02d", level);
            return ItemId.of(String.format(Locale.ROOT, "%s-%07d", prefix, i));
        }

        boolean buy(int i) {
            return i >= levelStart[levels - 1];
        }

        /** Every third raw material is counted in KG (lines for it are given in G, to exercise conversion). */
        boolean kg(int i) {
            return buy(i) && i % 3 == 0;
        }

        boolean phantom(int i) {
            return !buy(i) && i >= levelStart[1] && rnd(PHANTOM, i).nextInt(100) < 3;
        }
    }

    private void emitItem(Layout layout, int i, ModelSink sink) {
        SplittableRandom r = rnd(ITEM, i);
        boolean buy = layout.buy(i);
        Uom uom = layout.kg(i) ? Uom.KG : Uom.EA;
        Item.Builder ib = Item.builder().id(layout.id(i)).uom(uom)
                .procurement(buy ? Procurement.BUY : Procurement.MAKE)
                .leadTimeDays(buy ? 3 + r.nextInt(19) : r.nextInt(8))
                .lotSizing(lotSizing(r, !buy && layout.levelOf(i) <= 2));
        if (buy) {
            ib.standardCost(UnitPrice.of(Money.of(BigDecimal.valueOf(5 + r.nextInt(5000), 2), CURRENCY), uom));
        }
        if (r.nextInt(10) == 0) {
            ib.safetyStock(BigDecimal.valueOf(r.nextInt(50)));
        }
        sink.item(ib.build(), buy ? BigDecimal.valueOf(r.nextInt(500)) : BigDecimal.ZERO);
    }

    private static List<WorkCenter> workCenters(SplittableRandom rnd, int count) {
        List<WorkCenter> list = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            int band = rnd.nextInt(4);
            list.add(WorkCenter.builder().id(WorkCenterId.of(String.format(Locale.ROOT, "WC-%05d", w)))
                    .category(w % 3 == 0 ? WorkCenterCategory.LABOR : WorkCenterCategory.MACHINE)
                    .dailyCapacity(BigDecimal.valueOf(8 + 8 * rnd.nextInt(3)))
                    .multiplier(BigDecimal.valueOf(1 + rnd.nextInt(4)))
                    .efficiencyPercent(BigDecimal.valueOf(70 + band * 10 - rnd.nextInt(5)))
                    .laborRatePerHour(BigDecimal.valueOf(10 + rnd.nextInt(30)))
                    .machineRatePerHour(BigDecimal.valueOf(rnd.nextInt(60)))
                    .overheadRatePerHour(BigDecimal.valueOf(rnd.nextInt(20)))
                    .setupRatePerHour(BigDecimal.valueOf(20 + rnd.nextInt(40)))
                    .build());
        }
        return list;
    }

    private static List<Tool> tools(SplittableRandom rnd, int count) {
        List<Tool> list = new ArrayList<>(count);
        for (int t = 0; t < count; t++) {
            list.add(Tool.builder().id(ToolId.of(String.format(Locale.ROOT, "MOLD-%05d", t)))
                    .cavities(1 << rnd.nextInt(4)).lifeCycles(100_000L + rnd.nextInt(400_000))
                    .purchaseCost(BigDecimal.valueOf(5_000 + rnd.nextInt(50_000)))
                    .setupMinutes(BigDecimal.valueOf(30 + rnd.nextInt(120))).build());
        }
        return list;
    }

    /**
     * Mostly lot-for-lot; period order quantities; minimum and multiple modifiers; fixed order quantities only on
     * made items of the top levels, where demand is of the same order as the lot (a fixed lot of 50 against the
     * demand of a popular raw material would place thousands of orders a bucket).
     */
    private static LotSizing lotSizing(SplittableRandom rnd, boolean fixedQuantityAllowed) {
        int r = rnd.nextInt(100);
        if (r < 70) {
            return LotSizing.LOT_FOR_LOT;
        }
        if (r < 85 && fixedQuantityAllowed) {
            return LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
                    .quantity(BigDecimal.valueOf(50 + 50 * rnd.nextInt(10))).build();
        }
        if (r < 95) {
            return LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY).periods(2 + rnd.nextInt(3)).build();
        }
        return LotSizing.builder().rule(LotSizingRule.LOT_FOR_LOT).minimum(BigDecimal.valueOf(10))
                .multiple(BigDecimal.valueOf(5)).build();
    }

    private Bom bom(Layout layout, int i) {
        SplittableRandom rnd = rnd(BOM, i);
        int level = layout.levelOf(i);
        int lines = 3 + rnd.nextInt(4);
        List<BomLine> list = new ArrayList<>(lines);
        Set<Integer> used = new HashSet<>();
        int rawStart = layout.levelStart[layout.levels - 1];
        for (int n = 0; n < lines; n++) {
            int c;
            if (n == 0) {
                // The first line goes to the next level, uniformly, so every level is reached and stays deep.
                int lo = layout.levelStart[level + 1];
                c = lo + rnd.nextInt(layout.levelStart[level + 2] - lo);
            } else if (level + 2 < layout.levels && layout.levelStart[level + 2] < rawStart && rnd.nextInt(10) < 3) {
                // Three in ten further lines: any deeper sub-assembly, uniformly.
                int lo = layout.levelStart[level + 2];
                c = lo + rnd.nextInt(rawStart - lo);
            } else {
                // The rest: raw materials, with a Zipf-like preference for popular ones (shared across levels).
                double u = rnd.nextDouble();
                c = rawStart + (int) ((layout.items - rawStart) * u * u);
            }
            if (!used.add(c)) {
                continue;
            }
            BomLine.Builder lb = BomLine.builder().lineNo(10 * (list.size() + 1)).component(layout.id(c));
            if (layout.kg(c)) {
                lb.quantity(BigDecimal.valueOf(10 + rnd.nextInt(490))).uom(Uom.G);
            } else {
                int q = rnd.nextInt(20);
                lb.quantity(BigDecimal.valueOf(q < 15 ? 1 : q < 18 ? 2 : 3 + rnd.nextInt(2))).uom(Uom.EA);
            }
            if (rnd.nextInt(5) == 0) {
                lb.scrapPercent(BigDecimal.valueOf(1 + rnd.nextInt(10)));
            }
            if (rnd.nextInt(50) == 0) {
                lb.per(QuantityBasis.BATCH);
            }
            list.add(lb.build());
        }
        return Bom.builder().item(layout.id(i)).type(layout.phantom(i) ? BomType.PHANTOM : BomType.PRODUCTION)
                .lines(Lists.immutable.withAll(list)).build();
    }

    private static Routing routing(SplittableRandom rnd, ItemId item, List<WorkCenter> wcs, List<Tool> tools) {
        int steps = 3 + rnd.nextInt(3);
        List<Operation> ops = new ArrayList<>(steps);
        for (int s = 0; s < steps; s++) {
            Operation.Builder ob = Operation.builder().no(10 * (s + 1))
                    .workCenter(wcs.get(rnd.nextInt(wcs.size())).id())
                    .setupMinutes(BigDecimal.valueOf(rnd.nextInt(60)))
                    .queueMinutes(BigDecimal.valueOf(rnd.nextInt(4) * 30))
                    .moveMinutes(BigDecimal.valueOf(rnd.nextInt(3) * 10));
            if (s == 0 && rnd.nextInt(10) == 0) {
                Tool mold = tools.get(rnd.nextInt(tools.size()));
                ob.tool(mold.id()).cycleSeconds(BigDecimal.valueOf(30 + rnd.nextInt(90)));
            } else {
                ob.runMinutesPerUnit(BigDecimal.valueOf(1 + rnd.nextInt(100), 1));
            }
            ops.add(ob.build());
        }
        return Routing.builder().item(item).operations(Lists.immutable.withAll(ops)).build();
    }

    private void demands(Layout layout, int buckets, String bucketSize, LocalDate start, boolean forecasts,
            ModelSink sink) {
        int stepDays = "DAY".equals(bucketSize) ? 1 : 7;
        int seasonLength = "DAY".equals(bucketSize) ? 365 : 52;
        for (int f = 0; f < layout.finishedGoods; f++) {
            double base = 1000.0 / Math.pow(f + 1, 0.8);
            if (base < 0.5 && rnd(DEMAND_PICK, f).nextInt(4) != 0) {
                continue;
            }
            for (int t = forecasts ? 4 : 0; t < (forecasts ? buckets : Math.min(4, buckets)); t++) {
                SplittableRandom rnd = rnd(DEMAND, (long) f * Planning.MAX_BUCKETS + t);
                double season = 1 + 0.3 * Math.sin(2 * Math.PI * t / seasonLength);
                double noise = 0.7 + 0.6 * rnd.nextDouble();
                double spike = rnd.nextInt(50) == 0 ? 3 : 1;
                long q = Math.round(base * season * noise * spike);
                if (q <= 0) {
                    continue;
                }
                String id = String.format(Locale.ROOT, "%s-%07d-%04d", forecasts ? "FC" : "SO", f, t);
                LocalDate due = start.plusDays((long) t * stepDays + rnd.nextInt(stepDays));
                sink.demand(new Demand(id, layout.id(f), BigDecimal.valueOf(q), due,
                        forecasts ? DemandType.FORECAST : DemandType.SALES_ORDER));
            }
        }
    }
}
