package dev.mfg.testkit.gen;

import dev.mfg.core.error.RuleCode;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An invalid model, as the recipe that builds it: invalid values cannot exist (builders validate), so the
 * generator hands out the attempt, which must throw an {@link dev.mfg.core.error.InvalidInputException} holding
 * {@link #expectedRule()}.
 *
 * <pre>{@code
 * qt().forAll(ManufacturingGens.invalidModels()).checkAssert(m ->
 *     assertThatThrownBy(m::build).isInstanceOfSatisfying(InvalidInputException.class,
 *         e -> assertThat(e.problems().collect(Problem::rule)).contains(m.expectedRule().name())));
 * }</pre>
 *
 * @param kind what is wrong
 * @param description the defect, naming the objects and values concerned
 * @param attempt builds the model (the corrupted object and the master data around it)
 * @since 0.1
 */
public record InvalidModel(InvalidKind kind, String description, Supplier<Object> attempt) {
    /** Validates non-null components. */
    public InvalidModel {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(attempt, "attempt");
    }

    /** {@return the rule code the attempt must raise} */
    public RuleCode expectedRule() {
        return kind.rule();
    }

    /**
     * Runs the attempt.
     *
     * @return what was built, only if the model unexpectedly turned out valid
     */
    public Object build() {
        return attempt.get();
    }

    @Override
    public String toString() {
        return kind + ": " + description;
    }
}
