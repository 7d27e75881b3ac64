package dev.mfg.core.production;

import java.util.EnumSet;
import java.util.Set;

/**
 * The status of a production order. Allowed moves:
 * <pre>
 * PLANNED → RELEASED → IN_PROGRESS ⇄ QUALITY_HOLD
 *                       IN_PROGRESS → COMPLETED
 * PLANNED, RELEASED, IN_PROGRESS, QUALITY_HOLD → CANCELLED
 * </pre>
 * COMPLETED and CANCELLED are final for {@link #canMoveTo}: every other move is an
 * {@code IllegalTransitionException}. The one way back is not a status move a caller makes: reversing the completion
 * report that completed the order ({@link ProductionService#reverseReport}) returns it to IN_PROGRESS.
 *
 * @since 0.1
 */
public enum OrderStatus {
    /** Created, not yet released: no frozen BOM. */
    PLANNED,
    /** Released: BOM and routing frozen; no operation started. */
    RELEASED,
    /** At least one operation started. */
    IN_PROGRESS,
    /** Stopped for a quality decision; nothing may be started or completed. */
    QUALITY_HOLD,
    /** The last operation completed and finished goods were received. Final. */
    COMPLETED,
    /** Cancelled. Final. */
    CANCELLED;

    /**
     * @param target a status
     * @return whether the move from this status to {@code target} is allowed
     */
    public boolean canMoveTo(OrderStatus target) {
        return targets().contains(target);
    }

    /** {@return the statuses this one may move to} */
    public Set<OrderStatus> targets() {
        switch (this) {
            case PLANNED:
                return EnumSet.of(RELEASED, CANCELLED);
            case RELEASED:
                return EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS:
                return EnumSet.of(QUALITY_HOLD, COMPLETED, CANCELLED);
            case QUALITY_HOLD:
                return EnumSet.of(IN_PROGRESS, CANCELLED);
            default:
                return EnumSet.noneOf(OrderStatus.class);
        }
    }

    /** {@return whether the order is open (neither completed nor cancelled)} */
    public boolean isOpen() {
        return this != COMPLETED && this != CANCELLED;
    }
}
