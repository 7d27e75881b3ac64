package dev.mfg.core.error;

/**
 * A call that is valid in form but not allowed in the current state (an illegal order transition, an issue
 * beyond stock). Nothing is written when it is thrown.
 *
 * @since 0.1
 */
public class StateException extends ManufacturingException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the full message
     */
    public StateException(String message) {
        super(message);
    }
}
