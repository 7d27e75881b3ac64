package dev.mfg.testkit.scenario;

/**
 * Rule codes of problems that only the file format can have (the model's own rules are
 * {@link dev.mfg.core.error.RuleCode}s: {@code VALUE_MISSING} for a missing required field, {@code ID_DUPLICATE},
 * {@code REFERENCE_UNKNOWN}, {@code LIMIT}, {@code SCALE_EXCEEDED}, {@code MAGNITUDE_EXCEEDED}, ...).
 * {@link dev.mfg.core.error.Problem#rule()} holds the name.
 *
 * @since 0.1
 */
public enum ScenarioRule {
    /** The text is not well-formed JSON, or has content after the root object. */
    JSON_SYNTAX,
    /** The {@code format} is not {@code mfg-scenario/1}. */
    FORMAT_UNSUPPORTED,
    /** A field that the format does not define (a typo?) outside an {@code extensions} object. */
    FIELD_UNKNOWN,
    /** A field appears twice in one object. */
    FIELD_DUPLICATE,
    /** A value of the wrong JSON type: a string where a number is expected, a fraction for a whole number, ... */
    TYPE_MISMATCH,
    /** A value of the right type that the format does not accept: an unknown enum constant, a bad date. */
    VALUE_INVALID,
    /**
     * The last problem of a list cut at {@link ScenarioLimits#maxProblems()}: its value is how many more problems
     * were found and not listed.
     */
    PROBLEMS_TRUNCATED
}
