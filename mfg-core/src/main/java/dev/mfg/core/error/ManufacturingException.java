package dev.mfg.core.error;

/**
 * Root of every exception this library throws on purpose. Unchecked.
 *
 * <p>Subclasses: {@link InvalidInputException} (bad data, with rule codes), {@link StateException} (a call
 * that the current state does not allow), {@link ConcurrencyException} (retryable write conflicts) and
 * {@link IdempotencyConflictException}.
 *
 * @since 0.1
 */
public abstract class ManufacturingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the full message, naming the thing, its value and (on a new line) advice
     */
    protected ManufacturingException(String message) {
        super(message);
    }

    /**
     * @param message the full message
     * @param cause the underlying cause
     */
    protected ManufacturingException(String message, Throwable cause) {
        super(message, cause);
    }
}
