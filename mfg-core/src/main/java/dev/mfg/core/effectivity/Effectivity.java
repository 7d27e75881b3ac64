package dev.mfg.core.effectivity;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open window of dates {@code [startInclusive, endExclusive)} in which something is in force. An absent
 * start means "since always", an absent end "until further notice". {@link #ALWAYS} is the default of every
 * effectivity in the model.
 *
 * <p>Immutable value.
 *
 * @param startInclusive the first day in force, if bounded
 * @param endExclusive the first day no longer in force, if bounded
 * @since 0.1
 */
public record Effectivity(Optional<LocalDate> startInclusive, Optional<LocalDate> endExclusive) {
    /** In force on every date. */
    public static final Effectivity ALWAYS = new Effectivity(Optional.empty(), Optional.empty());

    /** Validates that the window is not empty. */
    public Effectivity {
        Objects.requireNonNull(startInclusive, "startInclusive");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (startInclusive.isPresent() && endExclusive.isPresent()
                && !startInclusive.get().isBefore(endExclusive.get())) {
            throw InvalidInputException.of(RuleCode.EFFECTIVITY_EMPTY, "effectivity",
                    startInclusive.get() + ".." + endExclusive.get(),
                    "The effectivity start (" + startInclusive.get() + ") must be before its end ("
                            + endExclusive.get() + ").");
        }
    }

    /**
     * @param startInclusive first day in force
     * @param endExclusive first day no longer in force
     * @return the window
     */
    public static Effectivity of(LocalDate startInclusive, LocalDate endExclusive) {
        return new Effectivity(Optional.of(startInclusive), Optional.of(endExclusive));
    }

    /**
     * @param startInclusive first day in force
     * @return an open-ended window
     */
    public static Effectivity from(LocalDate startInclusive) {
        return new Effectivity(Optional.of(startInclusive), Optional.empty());
    }

    /**
     * @param endExclusive first day no longer in force
     * @return a window open to the past
     */
    public static Effectivity until(LocalDate endExclusive) {
        return new Effectivity(Optional.empty(), Optional.of(endExclusive));
    }

    /**
     * @param startInclusive first day, or null for unbounded
     * @param endExclusive end, or null for unbounded
     * @return the window
     */
    public static Effectivity ofNullable(LocalDate startInclusive, LocalDate endExclusive) {
        return new Effectivity(Optional.ofNullable(startInclusive), Optional.ofNullable(endExclusive));
    }

    /**
     * @param date a date
     * @return whether the window contains it
     */
    public boolean contains(LocalDate date) {
        // Without lambdas: this runs once per BOM line and routing operation in planning and explosion.
        return (startInclusive.isEmpty() || !date.isBefore(startInclusive.get()))
                && (endExclusive.isEmpty() || date.isBefore(endExclusive.get()));
    }

    /**
     * @param other another window
     * @return whether the two share at least one day
     */
    public boolean overlaps(Effectivity other) {
        boolean thisEndsBeforeOtherStarts = endExclusive.isPresent() && other.startInclusive.isPresent()
                && !endExclusive.get().isAfter(other.startInclusive.get());
        boolean otherEndsBeforeThisStarts = other.endExclusive.isPresent() && startInclusive.isPresent()
                && !other.endExclusive.get().isAfter(startInclusive.get());
        return !thisEndsBeforeOtherStarts && !otherEndsBeforeThisStarts;
    }

    /** {@return {@code [start, end)} with {@code ..} for an open side} */
    @Override
    public String toString() {
        return "[" + startInclusive.map(LocalDate::toString).orElse("..") + ", "
                + endExclusive.map(LocalDate::toString).orElse("..") + ")";
    }
}
