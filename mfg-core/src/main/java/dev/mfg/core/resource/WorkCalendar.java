package dev.mfg.core.resource;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.quantity.Decimals;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.factory.SortedSets;
import org.eclipse.collections.api.list.ImmutableList;
import org.eclipse.collections.api.set.sorted.ImmutableSortedSet;
import org.immutables.value.Value;

/**
 * A work calendar: working days of the week, the shifts of every working day, and holidays; with exact
 * working-time arithmetic forward and backward.
 *
 * <pre>{@code
 * WorkCalendar threeShift = WorkCalendar.of(CalendarId.of("3-SHIFT"),
 *         EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), new BigDecimal("24"),
 *         Set.of(LocalDate.parse("2026-01-07")));
 * LocalDateTime done = threeShift.addWorkingTime(LocalDateTime.parse("2026-01-06T20:00"), Duration.ofHours(8));
 * // 2026-01-08T04:00: Tuesday 20:00-24:00, Wednesday is a holiday, Thursday 00:00-04:00
 * }</pre>
 *
 * <h2>Model</h2>
 * Working time is the union of half-open intervals {@code [day + shift.start, day + shift.start +
 * shift.length)} for every working day (a day whose day of week is in {@link #workingDays()} and that is not
 * in {@link #holidays()}) and every shift. A shift belongs to the day it starts on, and may run past midnight
 * into a non-working day. The shifts of one day must not overlap each other nor the first shift of the next
 * day ({@code SHIFT_INVALID}); a calendar without working days or shifts is rejected ({@code CALENDAR_EMPTY}).
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A zero duration returns the input instant unchanged, even outside working time.</li>
 *   <li>{@link #addWorkingTime} returns the earliest instant at which the work is done: work that ends exactly
 *       at a shift end returns that shift end (not the next shift start); starting outside working time waits
 *       for the next shift.</li>
 *   <li>{@link #subtractWorkingTime} returns the latest start: work that must start exactly at a shift start
 *       returns that shift start (not the previous shift end).</li>
 *   <li>Consequently, for a working instant {@code t}, {@code subtract(add(t, d), d) == t}; for an instant
 *       outside working time it is the next shift start after {@code t}.</li>
 *   <li>Durations are exact to the nanosecond; work of more than {@link #MAX_WORK} or results beyond the
 *       supported dates throw {@link LimitExceededException}.</li>
 * </ul>
 *
 * <h2>Complexity</h2>
 * The arithmetic walks day by day only near its ends and skips whole weeks in between, using the weekly
 * working time and a sorted array of holidays (O(log h) per skip), so adding ten years of working time costs
 * about as much as adding ten days.
 *
 * <p>Immutable and thread-safe. Shifts are kept sorted by start time.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class WorkCalendar {
    /** Most working time accepted by one arithmetic call: 100 years (of working time). */
    public static final Duration MAX_WORK = Duration.ofDays(36_525);

    private static final LocalTime EIGHT = LocalTime.of(8, 0);
    private static final BigDecimal SIXTEEN = BigDecimal.valueOf(16);
    private static final BigDecimal TWENTY_FOUR = BigDecimal.valueOf(24);
    private static final ImmutableSortedSet<DayOfWeek> MONDAY_TO_FRIDAY = SortedSets.immutable.of(
            DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A calendar with one shift a day of {@code hoursPerDay} hours, as in the scenario format: 24 hours is one
     * shift from 00:00 for 24 hours; up to 16 hours one shift from 08:00; more than 16 hours one shift from
     * 00:00.
     *
     * @param id the id
     * @param workingDays working days of the week
     * @param hoursPerDay working hours a day, in (0, 24], at most 6 fractional digits
     * @param holidays dates without work
     * @return the calendar
     * @throws InvalidInputException with {@code SHIFT_INVALID} at {@code calendar[ID].hoursPerDay} if the hours
     *         are out of range, or {@code CALENDAR_EMPTY} if there are no working days
     */
    public static WorkCalendar of(CalendarId id, Set<DayOfWeek> workingDays, BigDecimal hoursPerDay,
            Set<LocalDate> holidays) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workingDays, "workingDays");
        Objects.requireNonNull(holidays, "holidays");
        return builder().id(id).workingDays(SortedSets.immutable.withAll(workingDays))
                .shifts(Lists.immutable.of(dailyShift(hoursPerDay, "calendar[" + id + "].hoursPerDay")))
                .holidays(SortedSets.immutable.withAll(holidays)).build();
    }

    /**
     * The standard calendar: Monday to Friday, no holidays, one shift of {@code hoursPerDay} hours (placed as
     * in {@link #of}), with id {@code STANDARD}. A work center without calendar works on it with its daily
     * capacity in hours.
     *
     * @param hoursPerDay working hours a day, in (0, 24]
     * @return the calendar
     */
    public static WorkCalendar standard(BigDecimal hoursPerDay) {
        return of(CalendarId.of("STANDARD"), MONDAY_TO_FRIDAY.castToSortedSet(), hoursPerDay, Set.of());
    }

    /**
     * @param hoursPerDay working hours a day, 1 to 24
     * @return {@link #standard(BigDecimal)} of the hours
     */
    public static WorkCalendar standard(int hoursPerDay) {
        return standard(BigDecimal.valueOf(hoursPerDay));
    }

    private static Shift dailyShift(BigDecimal hoursPerDay, String path) {
        BigDecimal hours = Decimals.checkQuantity(hoursPerDay, path);
        if (hours.signum() <= 0 || hours.compareTo(TWENTY_FOUR) > 0) {
            throw InvalidInputException.of(RuleCode.SHIFT_INVALID, path, hours.toPlainString(),
                    "The hours per day must be in (0, 24], was (" + hours.toPlainString() + ").");
        }
        // Scale <= 6 after the check, so hours × 3600 × 10^9 is a whole number of nanoseconds.
        Duration length = Duration.ofNanos(hours.multiply(BigDecimal.valueOf(3_600_000_000_000L))
                .longValueExact());
        LocalTime start = hours.compareTo(SIXTEEN) <= 0 ? EIGHT : LocalTime.MIDNIGHT;
        return Shift.of(start, length);
    }

    /** {@return the calendar's id} */
    public abstract CalendarId id();

    /** {@return the days of the week with work} By default Monday to Friday. */
    @Value.Default
    public ImmutableSortedSet<DayOfWeek> workingDays() {
        return MONDAY_TO_FRIDAY;
    }

    /** {@return the shifts of every working day, sorted by start} By default one shift 08:00–16:00. */
    @Value.Default
    public ImmutableList<Shift> shifts() {
        return Lists.immutable.of(Shift.of(EIGHT, Duration.ofHours(8)));
    }

    /** {@return dates without work, even on a working day of the week} By default none. */
    @Value.Default
    public ImmutableSortedSet<LocalDate> holidays() {
        return SortedSets.immutable.empty();
    }

    @Value.Lazy
    Index index() {
        return new Index(this);
    }

    /** {@return the working time of one (non-holiday) working day: the sum of the shift lengths} */
    public final Duration workingTimePerDay() {
        return Duration.ofNanos(index().dayNanos);
    }

    /** {@return the working time of a week without holidays} */
    public final Duration workingTimePerWeek() {
        return Duration.ofNanos(index().weekNanos);
    }

    /**
     * @param date a date
     * @return whether its day of week is a working day and it is not a holiday
     */
    public final boolean isWorkingDay(LocalDate date) {
        return index().isWorkingDay(Objects.requireNonNull(date, "date"));
    }

    /**
     * @param date a date
     * @return the working time of the shifts that start on it (including the part of a shift that runs past
     *         midnight): {@link #workingTimePerDay()} on a working day, else zero
     */
    public final Duration workingTimeOn(LocalDate date) {
        return isWorkingDay(date) ? workingTimePerDay() : Duration.ZERO;
    }

    /**
     * @param instant an instant
     * @return whether it lies inside a shift (shifts are half-open: the start is inside, the end is not)
     */
    public final boolean isWorkingAt(LocalDateTime instant) {
        Objects.requireNonNull(instant, "instant");
        Index x = index();
        LocalDate date = instant.toLocalDate();
        for (LocalDate day = date.minusDays(1); !day.isAfter(date); day = day.plusDays(1)) {
            if (x.isWorkingDay(day)) {
                LocalDateTime midnight = day.atStartOfDay();
                for (int i = 0; i < x.starts.length; i++) {
                    if (!midnight.plusNanos(x.starts[i]).isAfter(instant)
                            && midnight.plusNanos(x.ends[i]).isAfter(instant)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Forward working-time arithmetic: the instant at which {@code work} of working time, begun at
     * {@code start}, is done. Starting outside working time waits for the next shift; work that ends exactly at
     * a shift end returns that shift end. A zero duration returns {@code start} unchanged.
     *
     * @param start when the work may begin
     * @param work the working time needed, ≥ 0 and ≤ {@link #MAX_WORK}
     * @return the earliest completion instant
     * @throws InvalidInputException with {@code TIME_NEGATIVE} at {@code calendar[ID].work} if negative
     * @throws LimitExceededException if the work exceeds {@link #MAX_WORK} or the result is beyond the
     *         supported dates
     */
    public final LocalDateTime addWorkingTime(LocalDateTime start, Duration work) {
        Objects.requireNonNull(start, "start");
        long remaining = checkWork(work);
        if (remaining == 0) {
            return start;
        }
        Index x = index();
        LocalDate startDate = start.toLocalDate();
        try {
            // Shifts of the previous day may run past midnight into the start day.
            LocalDate day = startDate.minusDays(1);
            for (long guard = x.guard(); guard > 0; guard--) {
                if (x.isWorkingDay(day)) {
                    LocalDateTime midnight = day.atStartOfDay();
                    for (int i = 0; i < x.starts.length; i++) {
                        LocalDateTime end = midnight.plusNanos(x.ends[i]);
                        if (!end.isAfter(start)) {
                            continue;
                        }
                        LocalDateTime shiftStart = midnight.plusNanos(x.starts[i]);
                        LocalDateTime begin = shiftStart.isBefore(start) ? start : shiftStart;
                        long available = Duration.between(begin, end).toNanos();
                        if (remaining <= available) {
                            return begin.plusNanos(remaining);
                        }
                        remaining -= available;
                    }
                }
                day = day.plusDays(1);
                // Every shift of `day` and later starts after `start`: whole weeks can be skipped. Skipping
                // (remaining / week - 1) weeks consumes less than `remaining`, so the answer lies beyond them.
                if (day.isAfter(startDate) && remaining > 2 * x.weekNanos) {
                    long weeks = remaining / x.weekNanos - 1;
                    LocalDate to = day.plusWeeks(weeks);
                    remaining -= x.workingDays(day, to) * x.dayNanos;
                    day = to;
                }
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw beyondDates(start, work);
        }
        throw new IllegalStateException("Working-time arithmetic of calendar (" + id() + ") did not converge.");
    }

    /**
     * Backward working-time arithmetic: the latest instant at which {@code work} of working time may start so
     * that it is done by {@code end}. Work that must start exactly at a shift start returns that shift start. A
     * zero duration returns {@code end} unchanged.
     *
     * @param end when the work must be done
     * @param work the working time needed, ≥ 0 and ≤ {@link #MAX_WORK}
     * @return the latest start
     * @throws InvalidInputException with {@code TIME_NEGATIVE} at {@code calendar[ID].work} if negative
     * @throws LimitExceededException if the work exceeds {@link #MAX_WORK} or the result is beyond the
     *         supported dates
     */
    public final LocalDateTime subtractWorkingTime(LocalDateTime end, Duration work) {
        Objects.requireNonNull(end, "end");
        long remaining = checkWork(work);
        if (remaining == 0) {
            return end;
        }
        Index x = index();
        try {
            LocalDate day = end.toLocalDate();
            for (long guard = x.guard(); guard > 0; guard--) {
                if (x.isWorkingDay(day)) {
                    LocalDateTime midnight = day.atStartOfDay();
                    for (int i = x.starts.length - 1; i >= 0; i--) {
                        LocalDateTime shiftStart = midnight.plusNanos(x.starts[i]);
                        if (!shiftStart.isBefore(end)) {
                            continue;
                        }
                        LocalDateTime shiftEnd = midnight.plusNanos(x.ends[i]);
                        LocalDateTime finish = shiftEnd.isAfter(end) ? end : shiftEnd;
                        long available = Duration.between(shiftStart, finish).toNanos();
                        if (remaining <= available) {
                            return finish.minusNanos(remaining);
                        }
                        remaining -= available;
                    }
                }
                day = day.minusDays(1);
                // Shifts of day d end before d + 2 days, so from here on every shift ends by `end`.
                if (!day.plusDays(2).atStartOfDay().isAfter(end) && remaining > 2 * x.weekNanos) {
                    long weeks = remaining / x.weekNanos - 1;
                    LocalDate from = day.minusWeeks(weeks);
                    remaining -= x.workingDays(from.plusDays(1), day.plusDays(1)) * x.dayNanos;
                    day = from;
                }
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw beyondDates(end, work);
        }
        throw new IllegalStateException("Working-time arithmetic of calendar (" + id() + ") did not converge.");
    }

    /**
     * The working time in {@code [from, to)}. If {@code to} is before {@code from} the result is the negated
     * working time of {@code [to, from)}, as with {@link Duration#between}.
     *
     * @param from first instant
     * @param to second instant
     * @return the working time between them
     */
    public final Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Index x = index();
        LocalDate fullFrom = from.toLocalDate().plusDays(1);
        LocalDate fullTo = to.toLocalDate().minusDays(1);
        long nanos = 0;
        if (fullFrom.isBefore(fullTo)) {
            // Shifts of the days in [fullFrom, fullTo) lie entirely inside [from, to).
            Duration full = Duration.ofNanos(x.dayNanos).multipliedBy(x.workingDays(fullFrom, fullTo));
            nanos += overlap(x, from.toLocalDate().minusDays(1), from, to);
            nanos += overlap(x, from.toLocalDate(), from, to);
            nanos += overlap(x, fullTo, from, to);
            nanos += overlap(x, to.toLocalDate(), from, to);
            return full.plusNanos(nanos);
        }
        for (LocalDate day = from.toLocalDate().minusDays(1); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
            nanos += overlap(x, day, from, to);
        }
        return Duration.ofNanos(nanos);
    }

    private static long overlap(Index x, LocalDate day, LocalDateTime from, LocalDateTime to) {
        if (!x.isWorkingDay(day)) {
            return 0;
        }
        LocalDateTime midnight = day.atStartOfDay();
        long nanos = 0;
        for (int i = 0; i < x.starts.length; i++) {
            LocalDateTime s = midnight.plusNanos(x.starts[i]);
            LocalDateTime e = midnight.plusNanos(x.ends[i]);
            LocalDateTime a = s.isAfter(from) ? s : from;
            LocalDateTime b = e.isBefore(to) ? e : to;
            if (a.isBefore(b)) {
                nanos += Duration.between(a, b).toNanos();
            }
        }
        return nanos;
    }

    /**
     * The date {@code days} working days after {@code date}: {@code addWorkingDays(d, 1)} is the first working
     * day after {@code d}, whether or not {@code d} itself is one. Zero returns {@code date}; a negative count
     * subtracts.
     *
     * @param date the date to count from (excluded)
     * @param days the number of working days
     * @return the date
     * @throws LimitExceededException if the result is beyond the supported dates
     */
    public final LocalDate addWorkingDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        if (days < 0) {
            return subtractWorkingDays(date, -(long) days);
        }
        return addDays(date, days);
    }

    /**
     * The date {@code days} working days before {@code date}: {@code subtractWorkingDays(d, 1)} is the last
     * working day before {@code d}. Zero returns {@code date}; a negative count adds.
     *
     * @param date the date to count back from (excluded)
     * @param days the number of working days
     * @return the date
     * @throws LimitExceededException if the result is beyond the supported dates
     */
    public final LocalDate subtractWorkingDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        if (days < 0) {
            return addDays(date, -(long) days);
        }
        return subtractWorkingDays(date, (long) days);
    }

    private LocalDate addDays(LocalDate date, long days) {
        Index x = index();
        long remaining = days;
        LocalDate day = date;
        try {
            for (long guard = x.guard() + 7; guard > 0; guard--) {
                if (remaining == 0) {
                    return day;
                }
                if (remaining > 2L * x.perWeek) {
                    long weeks = remaining / x.perWeek - 1;
                    LocalDate to = day.plusWeeks(weeks);
                    remaining -= x.workingDays(day.plusDays(1), to.plusDays(1));
                    day = to;
                } else {
                    day = day.plusDays(1);
                    if (x.isWorkingDay(day)) {
                        remaining--;
                    }
                }
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw new LimitExceededException("calendar.date", LocalDate.MAX, date + " + " + days + " working days",
                    "calendar[" + id() + "].days");
        }
        throw new IllegalStateException("Working-day arithmetic of calendar (" + id() + ") did not converge.");
    }

    private LocalDate subtractWorkingDays(LocalDate date, long days) {
        Index x = index();
        long remaining = days;
        LocalDate day = date;
        try {
            for (long guard = x.guard() + 7; guard > 0; guard--) {
                if (remaining == 0) {
                    return day;
                }
                if (remaining > 2L * x.perWeek) {
                    long weeks = remaining / x.perWeek - 1;
                    LocalDate from = day.minusWeeks(weeks);
                    remaining -= x.workingDays(from, day);
                    day = from;
                } else {
                    day = day.minusDays(1);
                    if (x.isWorkingDay(day)) {
                        remaining--;
                    }
                }
            }
        } catch (DateTimeException | ArithmeticException e) {
            throw new LimitExceededException("calendar.date", LocalDate.MIN, date + " - " + days + " working days",
                    "calendar[" + id() + "].days");
        }
        throw new IllegalStateException("Working-day arithmetic of calendar (" + id() + ") did not converge.");
    }

    private long checkWork(Duration work) {
        Objects.requireNonNull(work, "work");
        String path = "calendar[" + id() + "].work";
        if (work.isNegative()) {
            throw InvalidInputException.of(RuleCode.TIME_NEGATIVE, path, work,
                    "The working time (" + work + ") must not be negative.");
        }
        if (work.compareTo(MAX_WORK) > 0) {
            throw new LimitExceededException("calendar.work", MAX_WORK, work, path);
        }
        return work.toNanos();
    }

    private LimitExceededException beyondDates(LocalDateTime instant, Duration work) {
        return new LimitExceededException("calendar.date", LocalDate.MAX, instant + " ± " + work,
                "calendar[" + id() + "].work");
    }

    @Value.Check
    final WorkCalendar normalize() {
        Problems p = new Problems();
        String path = "calendar[" + id() + "]";
        if (workingDays().isEmpty()) {
            p.add(RuleCode.CALENDAR_EMPTY, path + ".workingDays", "[]", "The calendar (" + id()
                    + ") has no working day, so it has no working time.\nMaybe add MONDAY to FRIDAY.");
        }
        if (shifts().isEmpty()) {
            p.add(RuleCode.CALENDAR_EMPTY, path + ".shifts", "[]", "The calendar (" + id()
                    + ") has no shift, so it has no working time.\nMaybe add a shift 08:00 for 8 hours.");
        }
        ImmutableList<Shift> sorted = shifts().toSortedListBy(Shift::start).toImmutable();
        for (int i = 0; i < sorted.size(); i++) {
            Shift s = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            Duration nextStart = last ? Duration.ofNanos(sorted.get(0).start().toNanoOfDay()).plusDays(1)
                    : Duration.ofNanos(sorted.get(i + 1).start().toNanoOfDay());
            if (s.endOffset().compareTo(nextStart) > 0) {
                Shift other = last ? sorted.get(0) : sorted.get(i + 1);
                p.add(RuleCode.SHIFT_INVALID, path + ".shifts[" + shifts().lastIndexOf(last ? s : other) + "]",
                        s + " / " + other, "The shift starting at (" + s.start() + ") for (" + s.length()
                                + ") overlaps the shift starting at (" + other.start() + ")"
                                + (last ? " of the next day." : "."));
            }
        }
        p.throwIfAny();
        return sorted.equals(shifts()) ? this : ((ImmutableWorkCalendar) this).withShifts(sorted);
    }

    /** Precomputed arrays for the arithmetic; built once per calendar, on first use. */
    static final class Index {
        final long[] starts;
        final long[] ends;
        final long dayNanos;
        final long weekNanos;
        final int perWeek;
        private final boolean[] working = new boolean[7];
        private final long[] holidayDays;

        Index(WorkCalendar c) {
            ImmutableList<Shift> shifts = c.shifts();
            starts = new long[shifts.size()];
            ends = new long[shifts.size()];
            long total = 0;
            for (int i = 0; i < shifts.size(); i++) {
                starts[i] = shifts.get(i).start().toNanoOfDay();
                ends[i] = shifts.get(i).endOffset().toNanos();
                total += shifts.get(i).length().toNanos();
            }
            dayNanos = total;
            c.workingDays().forEach(d -> working[d.getValue() - 1] = true);
            perWeek = c.workingDays().size();
            weekNanos = dayNanos * perWeek;
            holidayDays = c.holidays().asLazy().select(d -> working[d.getDayOfWeek().getValue() - 1])
                    .collectLong(LocalDate::toEpochDay).toSortedArray();
        }

        boolean isWorkingDay(LocalDate date) {
            return working[date.getDayOfWeek().getValue() - 1]
                    && Arrays.binarySearch(holidayDays, date.toEpochDay()) < 0;
        }

        /** The number of working days in {@code [from, toExclusive)}, holidays excluded; O(log holidays). */
        long workingDays(LocalDate from, LocalDate toExclusive) {
            long a = from.toEpochDay();
            long b = toExclusive.toEpochDay();
            if (b <= a) {
                return 0;
            }
            long n = b - a;
            long count = (n / 7) * perWeek;
            int dow = from.getDayOfWeek().getValue() - 1;
            for (int r = 0; r < n % 7; r++) {
                if (working[(dow + r) % 7]) {
                    count++;
                }
            }
            return count - (lowerBound(b) - lowerBound(a));
        }

        private int lowerBound(long epochDay) {
            int i = Arrays.binarySearch(holidayDays, epochDay);
            return i >= 0 ? i : -i - 1;
        }

        /** An upper bound on loop iterations; exceeding it means a bug, never a slow calendar. */
        long guard() {
            return 1_000L + 4L * holidayDays.length;
        }
    }

    /** Builds {@link WorkCalendar} values. */
    public static final class Builder extends ImmutableWorkCalendar.Builder {
        Builder() {}
    }
}
