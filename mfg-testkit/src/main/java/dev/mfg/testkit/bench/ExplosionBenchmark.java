package dev.mfg.testkit.bench;

import dev.mfg.core.bom.BomCatalog;
import dev.mfg.core.bom.BomExplosion;
import dev.mfg.core.bom.Explosion;
import dev.mfg.core.bom.LowLevelCodes;
import dev.mfg.core.item.ItemId;
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
 * BOM explosion and low-level coding over generated models (seed 42).
 *
 * <pre>{@code
 * ./mvnw -B -ntp -q -DskipTests package
 * java -jar mfg-testkit/target/benchmarks.jar ExplosionBenchmark -p tier=S,M
 * }</pre>
 *
 * <p>{@code explodeTopItem} explodes the most popular finished good through all levels (aggregated per item);
 * {@code lowLevelCodes} codes the whole catalog; {@code validateCatalog} runs the catalog's cycle and
 * effectivity validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExplosionBenchmark {
    /** The size tier. */
    @Param({"S", "M"})
    public String tier;

    private GeneratedModel model;
    private BomCatalog catalog;
    private ItemId top;

    /** Generates the model once per trial. */
    @Setup
    public void setUp() {
        model = ModelGenerator.seeded(42).generate(SizeTier.valueOf(tier));
        catalog = model.masterData().bomCatalog();
        top = model.masterData().items().getFirst().id();
    }

    /** {@return the aggregated explosion of the top finished good} */
    @Benchmark
    public Explosion explodeTopItem() {
        return BomExplosion.create().explode(catalog, top, BigDecimal.valueOf(1000), model.start());
    }

    /** {@return low-level codes of the whole catalog} */
    @Benchmark
    public LowLevelCodes lowLevelCodes() {
        return LowLevelCodes.of(catalog);
    }

    /** {@return a validated catalog of every BOM (cycles, effectivity)} */
    @Benchmark
    public BomCatalog validateCatalog() {
        return BomCatalog.of(model.masterData().boms());
    }
}
