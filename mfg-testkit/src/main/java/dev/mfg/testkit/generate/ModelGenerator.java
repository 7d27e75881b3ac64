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
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.core.planning.Demand;
import dev.mfg.core.planning.ScheduledReceipt;
import dev.mfg.core.planning.StockBalance;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Generates valid models, deterministically from a seed: the same seed and size give an equal model (and a
 * byte-identical file when written).
 *
 * <pre>{@code
 * GeneratedModel m = ModelGenerator.seeded(42).generate(SizeTier.S);
 * }</pre>
 *
 * <p>Shape: items are spread over the tier's levels (5 % finished goods at level 0, 40 % bought raw materials at
 * the last level, the rest sub-assemblies in between); every made item has 3–7 lines, at least one on the next
 * level and the others drawn from any deeper level with a Zipf-like preference for popular components (so
 * components are shared across levels); about 3 % of sub-assemblies are phantoms, 20 % of lines carry scrap,
 * 2 % are per batch. Made items have 3–5 routing steps over work centers in efficiency bands (70–100 %), one in
 * ten with a multi-cavity mold. Finished goods get weekly demand with popularity by rank (Zipf, exponent 0.8),
 * seasonality, ±30 % noise and 2 % spikes; raw materials have stock and some open receipts.
 *
 * <p>Not thread-safe (one random stream); create one per thread.
 *
 * @since 0.1
 */
public final class ModelGenerator {
    /** The default first bucket: Monday 2026-01-05. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 1, 5);

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
        this.progress = progress;
        return this;
    }

    /**
     * @param tier the size
     * @return the generated model
     */
    public GeneratedModel generate(SizeTier tier) {
        return generate(tier.items(), tier.levels(), tier.buckets(), tier.bucketSize());
    }

    /**
     * @param itemCount number of items, at least 20
     * @param levels number of levels, at least 2
     * @param buckets number of buckets
     * @param bucketSize WEEK or DAY
     * @return the generated model
     */
    public GeneratedModel generate(int itemCount, int levels, int buckets, String bucketSize) {
        if (itemCount < 20 || levels < 2 || buckets < 1) {
            throw new IllegalArgumentException("Need at least 20 items, 2 levels and 1 bucket.");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] levelStart = new int[levels + 1];
        int fg = Math.max(1, itemCount / 20);
        int raw = Math.max(1, itemCount * 2 / 5);
        int middle = itemCount - fg - raw;
        levelStart[0] = 0;
        levelStart[1] = fg;
        for (int l = 1; l < levels - 1; l++) {
            levelStart[l + 1] = fg + (int) ((long) middle * l / (levels - 2));
        }
        levelStart[levels] = itemCount;
        if (levels == 2) {
            levelStart[1] = itemCount - raw;
        }
        ItemId[] ids = new ItemId[itemCount];
        int[] levelOf = new int[itemCount];
        for (int l = 0; l < levels; l++) {
            for (int i = levelStart[l]; i < levelStart[l + 1]; i++) {
                levelOf[i] = l;
                String prefix = l == 0 ? "FG" : l == levels - 1 ? "RM" : "SA" + l;
                ids[i] = ItemId.of(String.format(Locale.ROOT, "%s-%07d", prefix, i));
            }
        }
        // Work centers and molds.
        int wcCount = Math.max(5, itemCount / 1000);
        List<WorkCenter> workCenters = new ArrayList<>(wcCount);
        for (int w = 0; w < wcCount; w++) {
            int band = rnd.nextInt(4);
            workCenters.add(WorkCenter.builder().id(WorkCenterId.of(String.format(Locale.ROOT, "WC-%05d", w)))
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
        int moldCount = Math.max(2, itemCount / 2000);
        List<Tool> tools = new ArrayList<>(moldCount);
        for (int t = 0; t < moldCount; t++) {
            tools.add(Tool.builder().id(ToolId.of(String.format(Locale.ROOT, "MOLD-%05d", t)))
                    .cavities(1 << rnd.nextInt(4)).lifeCycles(100_000L + rnd.nextInt(400_000))
                    .purchaseCost(BigDecimal.valueOf(5_000 + rnd.nextInt(50_000)))
                    .setupMinutes(BigDecimal.valueOf(30 + rnd.nextInt(120))).build());
        }
        List<Item> items = new ArrayList<>(itemCount);
        List<Bom> boms = new ArrayList<>();
        List<Routing> routings = new ArrayList<>();
        List<StockBalance> onHand = new ArrayList<>();
        List<ScheduledReceipt> receipts = new ArrayList<>();
        LocalDate start = DEFAULT_START;
        for (int i = 0; i < itemCount; i++) {
            int level = levelOf[i];
            boolean buy = level == levels - 1;
            boolean phantom = !buy && level > 0 && rnd.nextInt(100) < 3;
            Item.Builder ib = Item.builder().id(ids[i]).uom(isKg(i, levelOf, levels) ? Uom.KG : Uom.EA)
                    .procurement(buy ? Procurement.BUY : Procurement.MAKE)
                    .leadTimeDays(buy ? 3 + rnd.nextInt(19) : rnd.nextInt(8))
                    .lotSizing(lotSizing(rnd));
            if (buy) {
                ib.standardCost(UnitPrice.of(Money.of(BigDecimal.valueOf(5 + rnd.nextInt(5000), 2), "USD"),
                        Uom.EA));
            }
            if (rnd.nextInt(10) == 0) {
                ib.safetyStock(BigDecimal.valueOf(rnd.nextInt(50)));
            }
            Item item = ib.build();
            if (buy && item.uom().equals(Uom.KG)) {
                item = Item.builder().from(item).standardCost(UnitPrice.of(item.standardCost().orElseThrow().price(),
                        Uom.KG)).build();
            }
            items.add(item);
            if (!buy) {
                boms.add(bom(rnd, ids, levelOf, levelStart, levels, i, level, phantom));
                if (!phantom) {
                    routings.add(routing(rnd, ids[i], workCenters, tools));
                }
            } else {
                onHand.add(StockBalance.of(ids[i], BigDecimal.valueOf(rnd.nextInt(500))));
                if (rnd.nextInt(10) == 0) {
                    receipts.add(ScheduledReceipt.of("PO-" + i, ids[i], BigDecimal.valueOf(50 + rnd.nextInt(500)),
                            start.plusDays(rnd.nextInt(28))));
                }
            }
            if ((i + 1) % 100_000 == 0) {
                progress.accept(i + 1);
            }
        }
        List<Demand> demands = demands(rnd, ids, fg, buckets, bucketSize, start);
        MasterData data = MasterData.builder()
                .items(Lists.immutable.withAll(items))
                .boms(Lists.immutable.withAll(boms))
                .routings(Lists.immutable.withAll(routings))
                .workCenters(Lists.immutable.withAll(workCenters))
                .tools(Lists.immutable.withAll(tools))
                .build();
        return new GeneratedModel(data, Lists.immutable.withAll(onHand), Lists.immutable.withAll(receipts),
                Lists.immutable.withAll(demands), start, buckets, bucketSize);
    }

    private static LotSizing lotSizing(SplittableRandom rnd) {
        int r = rnd.nextInt(100);
        if (r < 70) {
            return LotSizing.LOT_FOR_LOT;
        }
        if (r < 85) {
            return LotSizing.builder().rule(LotSizingRule.FIXED_ORDER_QUANTITY)
                    .quantity(BigDecimal.valueOf(50 + 50 * rnd.nextInt(10))).build();
        }
        if (r < 95) {
            return LotSizing.builder().rule(LotSizingRule.PERIOD_ORDER_QUANTITY).periods(2 + rnd.nextInt(3)).build();
        }
        return LotSizing.builder().rule(LotSizingRule.LOT_FOR_LOT).minimum(BigDecimal.valueOf(10))
                .multiple(BigDecimal.valueOf(5)).build();
    }

    /** Every third raw material is counted in KG (lines for it are given in G, to exercise conversion). */
    private static boolean isKg(int i, int[] levelOf, int levels) {
        return levelOf[i] == levels - 1 && i % 3 == 0;
    }

    private static Bom bom(SplittableRandom rnd, ItemId[] ids, int[] levelOf, int[] levelStart, int levels, int i,
            int level, boolean phantom) {
        int lines = 3 + rnd.nextInt(5);
        List<BomLine> list = new ArrayList<>(lines);
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int n = 0; n < lines; n++) {
            // The first line goes to the next level, so levels stay deep; others anywhere deeper.
            int lo = levelStart[level + 1];
            int hi = n == 0 ? levelStart[level + 2] : levelStart[levels];
            int span = hi - lo;
            // Zipf-like preference for low indexes within the range: popular components are shared.
            double u = rnd.nextDouble();
            int c = lo + (int) (span * u * u * u);
            if (!used.add(c)) {
                continue;
            }
            BomLine.Builder lb = BomLine.builder().lineNo(10 * (list.size() + 1)).component(ids[c]);
            if (isKg(c, levelOf, levels)) {
                lb.quantity(BigDecimal.valueOf(10 + rnd.nextInt(490))).uom(Uom.G);
            } else {
                lb.quantity(BigDecimal.valueOf(1 + rnd.nextInt(4))).uom(Uom.EA);
            }
            if (rnd.nextInt(5) == 0) {
                lb.scrapPercent(BigDecimal.valueOf(1 + rnd.nextInt(10)));
            }
            if (rnd.nextInt(50) == 0) {
                lb.per(QuantityBasis.BATCH);
            }
            list.add(lb.build());
        }
        return Bom.builder().item(ids[i]).type(phantom ? BomType.PHANTOM : BomType.PRODUCTION)
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

    private static List<Demand> demands(SplittableRandom rnd, ItemId[] ids, int finishedGoods, int buckets,
            String bucketSize, LocalDate start) {
        List<Demand> demands = new ArrayList<>();
        int stepDays = "DAY".equals(bucketSize) ? 1 : 7;
        int seasonLength = "DAY".equals(bucketSize) ? 365 : 52;
        for (int f = 0; f < finishedGoods; f++) {
            double base = 1000.0 / Math.pow(f + 1, 0.8);
            if (base < 0.5 && rnd.nextInt(4) != 0) {
                continue;
            }
            for (int t = 0; t < buckets; t++) {
                double season = 1 + 0.3 * Math.sin(2 * Math.PI * t / seasonLength);
                double noise = 0.7 + 0.6 * rnd.nextDouble();
                double spike = rnd.nextInt(50) == 0 ? 3 : 1;
                long q = Math.round(base * season * noise * spike);
                if (q <= 0) {
                    continue;
                }
                boolean forecast = t >= 4;
                String id = (forecast ? "FC-" : "SO-") + f + "-" + t;
                LocalDate due = start.plusDays((long) t * stepDays + rnd.nextInt(stepDays));
                demands.add(new Demand(id, ids[f], BigDecimal.valueOf(q), due,
                        forecast ? dev.mfg.core.planning.DemandType.FORECAST
                                : dev.mfg.core.planning.DemandType.SALES_ORDER));
            }
        }
        return demands;
    }
}
