package dev.mfg.core.resource;

import dev.mfg.core.internal.Ids;

/**
 * The id (code) of a work calendar, such as {@code 3-SHIFT}: 1–64 characters, no control characters, no surrounding spaces.
 * Ordered by code, which is the deterministic order of every output.
 *
 * @param value the code
 * @since 0.1
 */
public record CalendarId(String value) implements Comparable<CalendarId> {

    /** Validates the code ({@code ID_INVALID} at {@code calendar.id}). */
    public CalendarId {
        Ids.check(value, "calendar.id");
    }

    /**
     * @param value the code
     * @return the id
     * @throws dev.mfg.core.error.InvalidInputException with {@code ID_INVALID} if the code is invalid
     */
    public static CalendarId of(String value) {
        return new CalendarId(value);
    }

    @Override
    public int compareTo(CalendarId o) {
        return value.compareTo(o.value);
    }

    /** {@return the code} */
    @Override
    public String toString() {
        return value;
    }
}
