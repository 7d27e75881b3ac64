package dev.mfg.core.error;

/**
 * An idempotency key was reused with a different payload. The first write stands; nothing was changed.
 *
 * @since 0.1
 */
public final class IdempotencyConflictException extends ManufacturingException {
    private static final long serialVersionUID = 1L;

    private final String key;

    /**
     * @param key the reused idempotency key
     */
    public IdempotencyConflictException(String key) {
        super("The idempotency key (" + key + ") was already used with a different payload."
                + "\nMaybe choose a new key for a new command.");
        this.key = key;
    }

    /** {@return the reused key} */
    public String key() {
        return key;
    }
}
