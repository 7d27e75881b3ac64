package dev.mfg.core.error;

/**
 * An optimistic write carried a stale version: the stored record has moved on. The record is unchanged.
 *
 * @since 0.1
 */
public final class ConcurrencyConflictException extends ConcurrencyException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final long expected;
    private final long actual;

    /**
     * @param key the record's key
     * @param expected the version the writer expected
     * @param actual the stored version ({@code -1} if the record does not exist)
     */
    public ConcurrencyConflictException(String key, long expected, long actual) {
        super("The record (" + key + ") is at version (" + actual + "), not the expected (" + expected + ")."
                + "\nMaybe reload it and apply the change again.");
        this.key = key;
        this.expected = expected;
        this.actual = actual;
    }

    /** {@return the record's key} */
    public String key() {
        return key;
    }

    /** {@return the version the writer expected} */
    public long expected() {
        return expected;
    }

    /** {@return the stored version, {@code -1} if absent} */
    public long actual() {
        return actual;
    }
}
