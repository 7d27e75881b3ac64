package dev.mfg.core.resource;

import static dev.mfg.core.resource.CalendarGens.calendars;
import static dev.mfg.core.resource.CalendarGens.durations;
import static dev.mfg.core.resource.CalendarGens.instants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Properties of the working-time arithmetic over generated calendars (multi-shift, night shifts, holidays). */
class WorkCalendarProperties {
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 1000);
    /** Up to 60 days of working time; up to 3 years for the long-span property. */
    private static final int MAX_MINUTES = 60 * 1440;

    @Test
    void workingTimeBetween_startAndAdd_equalsTheDuration() {
        qt().withExamples(EXAMPLES).forAll(calendars(1), instants(), durations(MAX_MINUTES))
                .checkAssert((c, t, d) -> assertThat(c.workingTimeBetween(t, c.addWorkingTime(t, d))).isEqualTo(d));
    }

    @Test
    void workingTimeBetween_subtractAndEnd_equalsTheDuration() {
        qt().withExamples(EXAMPLES).forAll(calendars(1), instants(), durations(MAX_MINUTES))
                .checkAssert((c, t, d) -> assertThat(c.workingTimeBetween(c.subtractWorkingTime(t, d), t))
                        .isEqualTo(d));
    }

    @Test
    void add_isMonotoneInTheDuration() {
        qt().withExamples(EXAMPLES).forAll(calendars(1), instants(), durations(MAX_MINUTES), durations(MAX_MINUTES))
                .checkAssert((c, t, a, b) -> {
                    Duration lo = a.compareTo(b) <= 0 ? a : b;
                    Duration hi = a.compareTo(b) <= 0 ? b : a;
                    assertThat(c.addWorkingTime(t, lo)).isBeforeOrEqualTo(c.addWorkingTime(t, hi));
                    assertThat(c.subtractWorkingTime(t, lo)).isAfterOrEqualTo(c.subtractWorkingTime(t, hi));
                });
    }

    @Test
    void subtractAfterAdd_returnsTheFirstWorkingInstantAtOrAfterTheStart() {
        qt().withExamples(EXAMPLES).forAll(calendars(1), instants(), durations(MAX_MINUTES))
                .assuming((c, t, d) -> !d.isZero())
                .checkAssert((c, t, d) -> {
                    LocalDateTime back = c.subtractWorkingTime(c.addWorkingTime(t, d), d);
                    assertThat(back).isAfterOrEqualTo(t);
                    assertThat(c.isWorkingAt(back)).isTrue();
                    assertThat(c.workingTimeBetween(t, back)).isZero();
                    if (c.isWorkingAt(t)) {
                        assertThat(back).isEqualTo(t);
                    }
                });
    }

    @Test
    void addAfterSubtract_endsAtOrBeforeTheEnd_withNoWorkInBetween() {
        qt().withExamples(EXAMPLES).forAll(calendars(1), instants(), durations(MAX_MINUTES))
                .checkAssert((c, t, d) -> {
                    LocalDateTime forth = c.addWorkingTime(c.subtractWorkingTime(t, d), d);
                    assertThat(forth).isBeforeOrEqualTo(t);
                    assertThat(c.workingTimeBetween(forth, t)).isZero();
                });
    }

    @Test
    void add_longSpans_agreesWithSplittingTheWork() {
        // add(t, a + b) == add(add(t, a), b) whenever add(t, a) leaves us inside working time or a is zero;
        // in general the split may wait at a shift boundary, so compare working time instead.
        qt().withExamples(EXAMPLES).forAll(calendars(1), instants(), durations(3 * 365 * 1440),
                durations(3 * 365 * 1440)).checkAssert((c, t, a, b) -> {
                    LocalDateTime whole = c.addWorkingTime(t, a.plus(b));
                    LocalDateTime split = c.addWorkingTime(c.addWorkingTime(t, a), b);
                    assertThat(c.workingTimeBetween(whole, split)).isZero();
                    assertThat(c.workingTimeBetween(t, whole)).isEqualTo(a.plus(b));
                });
    }

    @Test
    void addAndSubtract_matchMinuteByMinuteOracle() {
        qt().withExamples(Math.min(EXAMPLES, 200)).forAll(calendars(60), instants(), durations(600))
                .checkAssert((c, t, d) -> {
                    assertThat(c.addWorkingTime(t, d)).isEqualTo(CalendarGens.naiveAdd(c, t, d.toMinutes()));
                    assertThat(c.subtractWorkingTime(t, d)).isEqualTo(CalendarGens.naiveSubtract(c, t, d.toMinutes()));
                    assertThat(c.isWorkingAt(t)).isEqualTo(CalendarGens.naiveWorking(c, t));
                });
    }

    @Test
    void addWorkingDays_matchesDayByDayOracle_andSubtractInvertsIt() {
        qt().withExamples(EXAMPLES).forAll(calendars(1), instants(), integers().between(0, 400))
                .checkAssert((c, t, n) -> {
                    LocalDate d = t.toLocalDate();
                    LocalDate expected = d;
                    for (int k = 0; k < n; ) {
                        expected = expected.plusDays(1);
                        if (c.workingDays().contains(expected.getDayOfWeek()) && !c.holidays().contains(expected)) {
                            k++;
                        }
                    }
                    LocalDate result = c.addWorkingDays(d, n);
                    assertThat(result).isEqualTo(expected);
                    if (n > 0) {
                        // subtracting from a working day goes back to the last working day at or before d
                        LocalDate back = c.subtractWorkingDays(result, n);
                        assertThat(back).isBeforeOrEqualTo(d);
                        assertThat(c.addWorkingDays(back, n)).isEqualTo(result);
                    }
                });
    }
}
