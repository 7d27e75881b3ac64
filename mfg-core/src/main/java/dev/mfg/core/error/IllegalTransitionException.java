package dev.mfg.core.error;

/**
 * A state machine (production order, operation) was asked for a move its current state does not allow.
 *
 * @since 0.1
 */
public final class IllegalTransitionException extends StateException {
    private static final long serialVersionUID = 1L;

    private final String state;
    private final String attempted;

    /**
     * @param subject what moves, for example {@code order PO-7}
     * @param state the current state
     * @param attempted the attempted move or target state
     */
    public IllegalTransitionException(String subject, String state, String attempted) {
        super("The " + subject + " is (" + state + ") and cannot move to (" + attempted + ").");
        this.state = state;
        this.attempted = attempted;
    }

    /** {@return the current state} */
    public String state() {
        return state;
    }

    /** {@return the attempted move} */
    public String attempted() {
        return attempted;
    }
}
