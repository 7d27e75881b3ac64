package dev.mfg.core.resource;

import dev.mfg.core.internal.Ids;

/**
 * The id (code) of a tool or mold, such as {@code MOLD-CUP}: 1–64 characters, no control characters, no surrounding spaces.
 * Ordered by code, which is the deterministic order of every output.
 *
 * @param value the code
 * @since 0.1
 */
public record ToolId(String value) implements Comparable<ToolId> {

    /** Validates the code ({@code ID_INVALID} at {@code tool.id}). */
    public ToolId {
        Ids.check(value, "tool.id");
    }

    /**
     * @param value the code
     * @return the id
     * @throws dev.mfg.core.error.InvalidInputException with {@code ID_INVALID} if the code is invalid
     */
    public static ToolId of(String value) {
        return new ToolId(value);
    }

    @Override
    public int compareTo(ToolId o) {
        return value.compareTo(o.value);
    }

    /** {@return the code} */
    @Override
    public String toString() {
        return value;
    }
}
