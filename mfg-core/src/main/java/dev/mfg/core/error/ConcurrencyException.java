package dev.mfg.core.error;

/**
 * A write lost a race with another writer. Retryable: reload and try again.
 *
 * @since 0.1
 */
public class ConcurrencyException extends ManufacturingException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the full message
     */
    public ConcurrencyException(String message) {
        super(message);
    }
}
