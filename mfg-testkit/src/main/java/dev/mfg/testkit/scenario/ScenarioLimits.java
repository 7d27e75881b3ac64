package dev.mfg.testkit.scenario;


import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import org.immutables.value.Value;

/**
 * The limits {@link ScenarioReader} checks before any work, so that a hostile file costs almost nothing to
 * reject. Quantities are further limited by {@link dev.mfg.core.quantity.Decimals} (at most 6 fractional digits,
 * magnitude below 10^12) and money by its money limits.
 *
 * <pre>{@code
 * ScenarioReader reader = ScenarioReader.create(ScenarioLimits.builder().maxFileBytes(1 << 20).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@ScenarioStyle
public abstract class ScenarioLimits {
    /** The defaults. */
    public static final ScenarioLimits DEFAULTS = builder().build();

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the largest file or stream accepted, in bytes} By default 256 MiB: a conservative library default
     * (a hostile or mistaken input is refused before any work). The reader streams, so memory grows with the model,
     * not with the text: generated L scenarios (about 1.3 GB) and XL ones need a larger limit, which the command
     * line sets (its {@code --max-file-size}, 16 GiB by default).
     */
    @Value.Default
    public long maxFileBytes() {
        return 256L * 1024 * 1024;
    }

    /**
     * {@return the deepest nesting of objects and arrays} By default 32. The format itself needs 9 (a substitute
     * of an operation material: root, routings, routing, operations, operation, materials, material, substitutes,
     * substitute), one more for an extensions object there.
     */
    @Value.Default
    public int maxNestingDepth() {
        return 32;
    }

    /** {@return the longest string value, in characters} By default 4,096. */
    @Value.Default
    public int maxStringLength() {
        return 4096;
    }

    /** {@return the longest field name, in characters} By default 256. */
    @Value.Default
    public int maxNameLength() {
        return 256;
    }

    /** {@return the longest number literal, in characters} By default 64. */
    @Value.Default
    public int maxNumberLength() {
        return 64;
    }

    /** {@return the most elements one array may have} By default 10,000,000. */
    @Value.Default
    public int maxArrayLength() {
        return 10_000_000;
    }

    /**
     * {@return the most problems one read reports} By default 1,000. Past it the reader stops keeping problems
     * (it goes on counting them) and ends the list with one {@link ScenarioRule#PROBLEMS_TRUNCATED} problem that
     * says how many more there are, so that a badly broken large file costs little memory.
     */
    @Value.Default
    public int maxProblems() {
        return 1000;
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        positive(p, maxFileBytes(), "limits.maxFileBytes");
        if (maxNestingDepth() < 10 || maxNestingDepth() > 1000) {
            p.add(RuleCode.LIMIT, "limits.maxNestingDepth", maxNestingDepth(),
                    "The nesting depth limit must be 10 to 1000 (the format itself needs 9).");
        }
        positive(p, maxStringLength(), "limits.maxStringLength");
        positive(p, maxNameLength(), "limits.maxNameLength");
        if (maxNumberLength() < 20) {
            p.add(RuleCode.LIMIT, "limits.maxNumberLength", maxNumberLength(),
                    "The number length limit must be at least 20 characters.");
        }
        positive(p, maxArrayLength(), "limits.maxArrayLength");
        positive(p, maxProblems(), "limits.maxProblems");
        p.throwIfAny();
    }

    private static void positive(Problems p, long value, String path) {
        if (value <= 0) {
            p.add(RuleCode.LIMIT, path, value, "The limit " + path + " must be positive.");
        }
    }

    /** Builds {@link ScenarioLimits}. */
    public static final class Builder extends ImmutableScenarioLimits.Builder {
        Builder() {}
    }
}
