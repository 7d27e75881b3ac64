package dev.mfg.testkit.bench;

import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpPlanner;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.testkit.generate.GeneratedModel;
import dev.mfg.testkit.generate.ModelGenerator;
import dev.mfg.testkit.generate.SizeTier;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Regenerative MRP of a whole generated model (seed 42): every item, every bucket of the tier's horizon, with
 * lot sizing, dependent demand, lead times, capacity load and pegging. The snapshot is built once per trial; the
 * measured call is {@code planner.plan(snapshot)} with one planner ({@code plan}: the master data is indexed once
 * and kept by the planner) or a new planner per call ({@code planNewPlanner}: indexing included). Divide the time by {@code items × buckets} for the time per
 * item-bucket (S: 1k × 52, M: 100k × 52, L: 1M × 104).
 *
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl mfg-testkit -am package -DskipTests
 * cp mfg-testkit/target/benchmarks.jar /tmp/mrpbench.jar      # a rebuild cannot clobber a running benchmark
 * java -jar mfg-testkit/target/benchmarks.jar MrpPlanBenchmark -p tier=M
 * java -jar mfg-testkit/target/benchmarks.jar MrpPlanBenchmark -p tier=L                          # 1M items
 * }</pre>
 *
 * <p>Seed 42 sizes: S plans 21,864 planned orders and 45,575 material requirements; M plans 2,078,859 planned
 * orders and 4,870,166 requirements; L plans 24,904,415 orders and 47,019,951 requirements. The plan keeps orders and
 * requirements in compact columns and builds the value objects when they are read, so {@code plan} measures the
 * planning and {@code planAndRead} adds building every planned order and requirement once (what a writer of the
 * whole plan pays).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class MrpPlanBenchmark {
    /** The size tier: S or M by default; L (1M items, 104 buckets) with {@code -p tier=L}. */
    @Param({"S", "M"})
    public String tier;

    /** The most threads a plan may use ({@link MrpOptions#threads()}): 1 by default; 2 with {@code -p threads=2}. */
    @Param({"1"})
    public int threads;

    private PlanningSnapshot snapshot;
    private MrpPlanner planner;

    /** Generates the model and builds the snapshot once per trial. */
    @Setup
    public void setUp() {
        GeneratedModel model = ModelGenerator.seeded(42).generate(SizeTier.valueOf(tier));
        snapshot = PlanningSnapshot.builder().masterData(model.masterData()).onHand(model.onHand())
                .scheduledReceipts(model.scheduledReceipts()).demands(model.demands()).build();
        planner = MrpPlanner.create(MrpOptions.builder().start(model.start()).buckets(model.buckets())
                .bucketSize(BucketSize.valueOf(model.bucketSize())).threads(threads).build());
    }

    /**
     * {@return the plan of the whole model by a reused planner} From the second call on, the planner has the
     * master data's index (items in code order, BOM edges, routing flags) from the call before, as it would for
     * what-if runs or replans of one master data.
     */
    @Benchmark
    public MrpResult plan() {
        return planner.plan(snapshot);
    }

    /**
     * {@return the plan of the whole model by a new planner} which indexes the master data first, as the first plan
     * of a master data does (a nightly run on a freshly loaded snapshot).
     */
    @Benchmark
    public MrpResult planNewPlanner() {
        return MrpPlanner.create(planner.options()).plan(snapshot);
    }

    /**
     * {@return the total planned and required quantity, after planning and building every planned order and
     * material requirement of the plan once}
     */
    @Benchmark
    public java.math.BigDecimal planAndRead() {
        MrpResult plan = planner.plan(snapshot);
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (int x = 0; x < plan.plannedOrderCount(); x++) {
            total = total.add(plan.plannedOrder(x).quantity());
        }
        for (int x = 0; x < plan.materialRequirementCount(); x++) {
            total = total.add(plan.materialRequirement(x).quantity());
        }
        return total;
    }
}
