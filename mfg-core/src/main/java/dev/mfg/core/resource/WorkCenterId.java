package dev.mfg.core.resource;

import dev.mfg.core.internal.Ids;

/**
 * The id (code) of a work center, such as {@code WC-PRESS}: 1–64 characters, no control characters, no surrounding spaces.
 * Ordered by code, which is the deterministic order of every output.
 *
 * @param value the code
 * @since 0.1
 */
public record WorkCenterId(String value) implements Comparable<WorkCenterId> {

    /** Validates the code ({@code ID_INVALID} at {@code workCenter.id}). */
    public WorkCenterId {
        Ids.check(value, "workCenter.id");
    }

    /**
     * @param value the code
     * @return the id
     * @throws dev.mfg.core.error.InvalidInputException with {@code ID_INVALID} if the code is invalid
     */
    public static WorkCenterId of(String value) {
        return new WorkCenterId(value);
    }

    @Override
    public int compareTo(WorkCenterId o) {
        return value.compareTo(o.value);
    }

    /** {@return the code} */
    @Override
    public String toString() {
        return value;
    }
}
