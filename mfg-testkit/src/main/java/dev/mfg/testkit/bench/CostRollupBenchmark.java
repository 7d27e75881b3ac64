package dev.mfg.testkit.bench;

import dev.mfg.core.item.ItemId;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.testkit.generate.GeneratedModel;
import dev.mfg.testkit.generate.ModelGenerator;
import dev.mfg.testkit.generate.SizeTier;
import java.math.BigDecimal;
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
 * Standard cost rollup of the most popular finished good (all levels below it, each item costed once) over
 * generated models (seed 42).
 *
 * <pre>{@code
 * ./mvnw -B -ntp -q -DskipTests package
 * java -jar mfg-testkit/target/benchmarks.jar CostRollupBenchmark -p tier=S,M
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CostRollupBenchmark {
    /** The size tier. */
    @Param({"S", "M"})
    public String tier;

    private GeneratedModel model;
    private ItemId top;
    private CostingOptions options;

    /** Generates the model once per trial. */
    @Setup
    public void setUp() {
        model = ModelGenerator.seeded(42).generate(SizeTier.valueOf(tier));
        top = model.masterData().items().getFirst().id();
        options = CostingOptions.builder().currency("USD").date(model.start()).lotSize(BigDecimal.valueOf(100))
                .build();
    }

    /** {@return the rollup of the top finished good at lot size 100} */
    @Benchmark
    public CostReport rollUpTopItem() {
        return CostRollup.create().rollUp(model.masterData(), top, options);
    }
}
