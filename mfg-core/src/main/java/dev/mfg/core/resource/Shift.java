package dev.mfg.core.resource;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One shift of a {@link WorkCalendar}: it starts at {@code start} on every working day and lasts
 * {@code length}. A shift may cross midnight; it belongs to the day it starts on (a Friday 22:00 shift of 8
 * hours works until Saturday 06:00 even if Saturday is not a working day, and does not run when Friday is a
 * holiday).
 *
 * <p>Immutable value.
 *
 * @param start the time of day the shift starts
 * @param length how long it lasts, in (0, 24 h]
 * @since 0.1
 */
public record Shift(LocalTime start, Duration length) {
    /** The longest shift: one day. */
    public static final Duration MAX_LENGTH = Duration.ofHours(24);

    /**
     * Validates the length.
     *
     * @throws InvalidInputException with {@code SHIFT_INVALID} at {@code shift.length} if the length is not in
     *         (0, 24 h]
     */
    public Shift {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(length, "length");
        if (length.isNegative() || length.isZero() || length.compareTo(MAX_LENGTH) > 0) {
            throw InvalidInputException.of(RuleCode.SHIFT_INVALID, "shift.length", length,
                    "The length of the shift starting at (" + start + ") must be in (0, 24 h], was (" + length
                            + ").");
        }
    }

    /**
     * @param start start time of day
     * @param length length
     * @return the shift
     */
    public static Shift of(LocalTime start, Duration length) {
        return new Shift(start, length);
    }

    /** {@return the end as an offset from the midnight that starts the shift's day, at most 48 hours} */
    public Duration endOffset() {
        return Duration.ofNanos(start.toNanoOfDay()).plus(length);
    }
}
