package dev.mfg.core.error;

import java.util.Objects;

/**
 * One violated rule: a stable rule code (tests and tools match on it, not on prose), the path of the field
 * that breaks it ({@code bom[SET-50@1].lines[2].quantity}), the offending value as text, and a readable message.
 *
 * <p>Immutable value.
 *
 * @param rule the rule code, for example {@code SCRAP_OUT_OF_RANGE}; see {@link RuleCode}
 * @param path the field path, never blank
 * @param value the offending value as text ({@code "null"} for a missing one)
 * @param message a readable explanation, possibly with a "Maybe ..." line of advice
 * @since 0.1
 */
public record Problem(String rule, String path, String value, String message) {

    /** Validates that no component is null or blank (except {@code value}, which may be empty). */
    public Problem {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(message, "message");
        if (rule.isBlank()) {
            throw new IllegalArgumentException("The rule of a problem must not be blank.");
        }
    }

    /**
     * A problem with a core rule code.
     *
     * @param rule the rule
     * @param path the field path
     * @param value the offending value (rendered with {@link String#valueOf(Object)})
     * @param message the explanation
     * @return the problem
     */
    public static Problem of(RuleCode rule, String path, Object value, String message) {
        return new Problem(rule.name(), path, String.valueOf(value), message);
    }

    /** {@return "RULE at path (value): message"}, the line printed for each problem. */
    @Override
    public String toString() {
        return rule + " at " + path + " (" + value + "): " + message;
    }
}
