package dev.mfg.testkit.bench;

import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpPlanner;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.testkit.generate.GeneratedModel;
import dev.mfg.testkit.generate.ModelGenerator;
import dev.mfg.testkit.generate.SizeTier;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A plain loop that plans one generated tier (seed 42) several times with one planner and prints, per plan, the
 * wall time, the planning thread's CPU time and the collectors' time during it, with a full collection between
 * plans. It complements {@link MrpPlanBenchmark}: under G1, JMH's back-to-back invocations also pay for
 * collecting the previous plan (hundreds of MB at M), which spreads single iterations widely; this loop shows
 * the planning alone. The first plan indexes the master data; the following ones reuse the planner's index.
 *
 * <pre>{@code
 * java -Xmx8g -cp mfg-testkit/target/benchmarks.jar dev.mfg.testkit.bench.PlanTimes M 10 [threads]
 * }</pre>
 */
public final class PlanTimes {
    private PlanTimes() {}

    /**
     * Runs the loop.
     *
     * @param args the tier (S, M, L; default M), the number of plans (default 10) and the most threads a plan may
     *     use ({@link MrpOptions#threads()}, default 1)
     */
    public static void main(String[] args) {
        SizeTier tier = SizeTier.valueOf(args.length > 0 ? args[0] : "M");
        int plans = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        run(tier, plans, threads, System.out);
    }

    /**
     * Plans a tier {@code plans} times and prints one line per plan and the best wall time.
     *
     * @param tier the tier
     * @param plans how many plans, positive
     * @param threads the most threads a plan may use, positive
     * @param out where the lines go
     * @return the best wall time in milliseconds
     */
    static long run(SizeTier tier, int plans, int threads, PrintStream out) {
        GeneratedModel model = ModelGenerator.seeded(42).generate(tier);
        PlanningSnapshot snapshot = PlanningSnapshot.builder().masterData(model.masterData())
                .onHand(model.onHand()).scheduledReceipts(model.scheduledReceipts()).demands(model.demands())
                .build();
        MrpPlanner planner = MrpPlanner.create(MrpOptions.builder().start(model.start()).buckets(model.buckets())
                .bucketSize(BucketSize.valueOf(model.bucketSize())).threads(threads).build());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int k = 0; k < plans; k++) {
            System.gc();
            long gc = collectorMillis();
            long cpu = mx.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            MrpResult plan = planner.plan(snapshot);
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            long cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            best = Math.min(best, wallMs);
            out.println("plan " + (k + 1) + ": " + wallMs + " ms wall, " + cpuMs + " ms CPU, "
                    + (collectorMillis() - gc) + " ms collecting; " + plan.plannedOrderCount() + " orders, "
                    + plan.materialRequirementCount() + " requirements");
        }
        out.println("best " + best + " ms (" + tier + ")");
        return best;
    }

    private static long collectorMillis() {
        long total = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, g.getCollectionTime());
        }
        return total;
    }
}
