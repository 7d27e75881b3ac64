package dev.mfg.core.error;

/**
 * A value or structure exceeds a documented limit (quantity scale or magnitude, BOM depth, exploded lines).
 * Thrown before any arithmetic or allocation that the value would make expensive.
 *
 * @since 0.1
 */
public final class LimitExceededException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String limitName;
    private final String limit;
    private final String actual;

    /**
     * @param limitName the limit's name, for example {@code quantity.scale}
     * @param limit the limit, as text
     * @param actual the actual value (or a summary of it for huge values), as text
     * @param path the field path
     */
    public LimitExceededException(String limitName, Object limit, Object actual, String path) {
        super(new Problem(limitName.endsWith("scale") ? RuleCode.SCALE_EXCEEDED.name()
                        : limitName.endsWith("magnitude") ? RuleCode.MAGNITUDE_EXCEEDED.name() : RuleCode.LIMIT.name(),
                path, String.valueOf(actual),
                "The " + limitName + " (" + actual + ") exceeds the limit (" + limit + ")."));
        this.limitName = limitName;
        this.limit = String.valueOf(limit);
        this.actual = String.valueOf(actual);
    }

    /** {@return the limit's name} */
    public String limitName() {
        return limitName;
    }

    /** {@return the limit, as text} */
    public String limit() {
        return limit;
    }

    /** {@return the actual value, as text} */
    public String actual() {
        return actual;
    }
}
