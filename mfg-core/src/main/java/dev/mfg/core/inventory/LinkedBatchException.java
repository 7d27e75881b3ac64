package dev.mfg.core.inventory;

import dev.mfg.core.error.ManufacturingException;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * An atomic batch was rejected because one leg failed; no leg was applied. {@link #legs()} gives every leg's
 * rule ({@link LegResult#LINKED_FAILED} for the innocent ones) and {@link #getCause()} the failing leg's own
 * exception.
 *
 * @since 0.1
 */
public final class LinkedBatchException extends ManufacturingException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialized
    private final ImmutableList<LegResult> legs;
    private final int failedIndex;

    /**
     * @param legs every leg's result
     * @param failedIndex the index of the failing leg
     * @param cause the failing leg's exception
     */
    public LinkedBatchException(ImmutableList<LegResult> legs, int failedIndex, RuntimeException cause) {
        super("Leg (" + failedIndex + ") of a batch of (" + legs.size() + ") failed with ("
                + legs.get(failedIndex).rule() + "); no leg was applied.\n" + cause.getMessage(), cause);
        this.legs = legs;
        this.failedIndex = failedIndex;
    }

    /** {@return every leg's result, in batch order} */
    public ImmutableList<LegResult> legs() {
        return legs;
    }

    /** {@return the index of the failing leg} */
    public int failedIndex() {
        return failedIndex;
    }

    /** {@return the failing leg's rule} */
    public String rule() {
        return legs.get(failedIndex).rule();
    }
}
