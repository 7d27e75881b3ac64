package dev.mfg.mrp.horizon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Bucket boundaries written out by hand from a calendar. */
class PlanningHorizonTest {
    private static final LocalDate MON_2026_01_05 = LocalDate.of(2026, 1, 5);

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void of_weekBuckets_startEverySevenDaysFromStart() {
        // 2026-01-05 is a Monday; +7 = 01-12, +14 = 01-19, 12 weeks end on 2026-03-30 (05 + 84 days).
        PlanningHorizon h = PlanningHorizon.of(MON_2026_01_05, 12, BucketSize.WEEK);
        assertThat(h.start(0)).isEqualTo(d(2026, 1, 5));
        assertThat(h.start(1)).isEqualTo(d(2026, 1, 12));
        assertThat(h.start(2)).isEqualTo(d(2026, 1, 19));
        assertThat(h.endInclusive(0)).isEqualTo(d(2026, 1, 11));
        assertThat(h.endInclusive(11)).isEqualTo(d(2026, 3, 29));
        assertThat(h.endExclusive()).isEqualTo(d(2026, 3, 30));
        assertThat(h.buckets()).isEqualTo(12);
        assertThat(h.bucketSize()).isEqualTo(BucketSize.WEEK);
    }

    @Test
    void of_weekStartingWednesday_bucketsRunWednesdayToTuesday() {
        PlanningHorizon h = PlanningHorizon.of(d(2026, 1, 7), 2, BucketSize.WEEK);
        assertThat(h.endInclusive(0)).isEqualTo(d(2026, 1, 13));
        assertThat(h.start(1)).isEqualTo(d(2026, 1, 14));
        assertThat(h.bucketOf(d(2026, 1, 13))).isZero();
        assertThat(h.bucketOf(d(2026, 1, 14))).isEqualTo(1);
    }

    @Test
    void of_dayBuckets_eachBucketIsOneDay() {
        PlanningHorizon h = PlanningHorizon.of(d(2026, 2, 27), 4, BucketSize.DAY);
        // 2026 is not a leap year: 02-27, 02-28, 03-01, 03-02; end 03-03.
        assertThat(h.start(2)).isEqualTo(d(2026, 3, 1));
        assertThat(h.endInclusive(1)).isEqualTo(d(2026, 2, 28));
        assertThat(h.endExclusive()).isEqualTo(d(2026, 3, 3));
        assertThat(h.bucketOf(d(2026, 3, 2))).isEqualTo(3);
    }

    @Test
    void of_dayBucketsLeapYear_includeFebruary29() {
        PlanningHorizon h = PlanningHorizon.of(d(2028, 2, 28), 3, BucketSize.DAY);
        assertThat(h.start(1)).isEqualTo(d(2028, 2, 29));
        assertThat(h.start(2)).isEqualTo(d(2028, 3, 1));
    }

    @Test
    void of_monthStartingMidMonth_firstBucketRunsToMonthEnd() {
        PlanningHorizon h = PlanningHorizon.of(d(2026, 1, 15), 3, BucketSize.MONTH);
        assertThat(h.start(0)).isEqualTo(d(2026, 1, 15));
        assertThat(h.endInclusive(0)).isEqualTo(d(2026, 1, 31));
        assertThat(h.start(1)).isEqualTo(d(2026, 2, 1));
        assertThat(h.endInclusive(1)).isEqualTo(d(2026, 2, 28));
        assertThat(h.start(2)).isEqualTo(d(2026, 3, 1));
        assertThat(h.endInclusive(2)).isEqualTo(d(2026, 3, 31));
        assertThat(h.endExclusive()).isEqualTo(d(2026, 4, 1));
    }

    @Test
    void of_monthLeapYear_februaryEndsOn29() {
        PlanningHorizon h = PlanningHorizon.of(d(2028, 1, 1), 3, BucketSize.MONTH);
        assertThat(h.endInclusive(1)).isEqualTo(d(2028, 2, 29));
        assertThat(h.bucketOf(d(2028, 2, 29))).isEqualTo(1);
        assertThat(h.bucketOf(d(2028, 3, 1))).isEqualTo(2);
    }

    @Test
    void of_monthCenturyNonLeapYear2100_februaryEndsOn28() {
        PlanningHorizon h = PlanningHorizon.of(d(2100, 2, 10), 2, BucketSize.MONTH);
        assertThat(h.endInclusive(0)).isEqualTo(d(2100, 2, 28));
        assertThat(h.start(1)).isEqualTo(d(2100, 3, 1));
    }

    @Test
    void of_monthAcrossYearEnd_rollsIntoJanuary() {
        PlanningHorizon h = PlanningHorizon.of(d(2026, 11, 30), 3, BucketSize.MONTH);
        // Bucket 0 is the single day 2026-11-30; then December, then January 2027.
        assertThat(h.endInclusive(0)).isEqualTo(d(2026, 11, 30));
        assertThat(h.start(2)).isEqualTo(d(2027, 1, 1));
        assertThat(h.endExclusive()).isEqualTo(d(2027, 2, 1));
        assertThat(h.bucketOf(d(2027, 1, 31))).isEqualTo(2);
    }

    @Test
    void bucketOf_beforeStart_returnsMinusOne() {
        assertThat(PlanningHorizon.of(MON_2026_01_05, 4, BucketSize.WEEK).bucketOf(d(2026, 1, 4))).isEqualTo(-1);
        assertThat(PlanningHorizon.of(d(2026, 1, 15), 2, BucketSize.MONTH).bucketOf(d(2026, 1, 14))).isEqualTo(-1);
        assertThat(PlanningHorizon.of(d(2026, 1, 15), 2, BucketSize.DAY).bucketOf(d(1999, 1, 1))).isEqualTo(-1);
    }

    @Test
    void bucketOf_atOrAfterEnd_returnsBuckets() {
        PlanningHorizon h = PlanningHorizon.of(MON_2026_01_05, 4, BucketSize.WEEK);
        assertThat(h.bucketOf(d(2026, 2, 2))).isEqualTo(4); // 05 + 28 days
        assertThat(h.bucketOf(d(2026, 2, 1))).isEqualTo(3);
        assertThat(h.bucketOf(d(2099, 1, 1))).isEqualTo(4);
        PlanningHorizon m = PlanningHorizon.of(d(2026, 1, 15), 2, BucketSize.MONTH);
        assertThat(m.bucketOf(d(2026, 3, 1))).isEqualTo(2);
        assertThat(m.bucketOf(d(2026, 2, 28))).isEqualTo(1);
    }

    @Test
    void bucketOf_weekEdges_sixthDayStaysSeventhMoves() {
        PlanningHorizon h = PlanningHorizon.of(MON_2026_01_05, 4, BucketSize.WEEK);
        assertThat(h.bucketOf(d(2026, 1, 5))).isZero();
        assertThat(h.bucketOf(d(2026, 1, 11))).isZero();
        assertThat(h.bucketOf(d(2026, 1, 12))).isEqualTo(1);
        assertThat(h.bucketOf(d(2026, 1, 18))).isEqualTo(1);
        assertThat(h.bucketOf(d(2026, 1, 19))).isEqualTo(2);
    }

    @Test
    void bucketOf_everyDayOfAMonthHorizon_matchesStartAndEndOfItsBucket() {
        PlanningHorizon h = PlanningHorizon.of(d(2027, 10, 17), 30, BucketSize.MONTH);
        for (LocalDate day = d(2027, 10, 1); day.isBefore(d(2030, 6, 1)); day = day.plusDays(1)) {
            int k = h.bucketOf(day);
            assertThat(h.bucketOfEpochDay(day.toEpochDay())).isEqualTo(k);
            if (k >= 0 && k < h.buckets()) {
                assertThat(day).isBetween(h.start(k), h.endInclusive(k));
                assertThat(h.contains(day)).isTrue();
            } else {
                assertThat(h.contains(day)).isFalse();
                assertThat(k == -1 ? day.isBefore(h.start()) : !day.isBefore(h.endExclusive())).isTrue();
            }
        }
    }

    @Test
    void contains_edges_startInEndOut() {
        PlanningHorizon h = PlanningHorizon.of(MON_2026_01_05, 1, BucketSize.DAY);
        assertThat(h.contains(d(2026, 1, 5))).isTrue();
        assertThat(h.contains(d(2026, 1, 4))).isFalse();
        assertThat(h.contains(d(2026, 1, 6))).isFalse();
    }

    @Test
    void releaseBucket_fixedLeadTime_landsInBucketHoldingTheDate() {
        PlanningHorizon h = PlanningHorizon.of(MON_2026_01_05, 6, BucketSize.WEEK);
        // Receipt bucket 3 starts 01-26; minus 14 days = 01-12 = start of bucket 1; minus 15 = 01-11 in bucket 0.
        assertThat(h.releaseBucket(3, 14)).isEqualTo(1);
        assertThat(h.releaseBucket(3, 15)).isZero();
        assertThat(h.releaseBucket(3, 0)).isEqualTo(3);
        // Receipt bucket 1 (01-12) minus 8 days = 01-04, before the start.
        assertThat(h.releaseBucket(1, 8)).isEqualTo(-1);
    }

    @Test
    void releaseBucket_badArguments_throw() {
        PlanningHorizon h = PlanningHorizon.of(MON_2026_01_05, 2, BucketSize.WEEK);
        assertThatThrownBy(() -> h.releaseBucket(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.releaseBucket(0, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void start_outsideZeroToBuckets_throws() {
        PlanningHorizon h = PlanningHorizon.of(MON_2026_01_05, 2, BucketSize.DAY);
        assertThat(h.start(2)).isEqualTo(h.endExclusive());
        assertThatThrownBy(() -> h.start(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.start(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> h.endInclusive(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void of_zeroBuckets_throwsBucketsNotPositive() {
        assertThatThrownBy(() -> PlanningHorizon.of(MON_2026_01_05, 0, BucketSize.WEEK))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("BUCKETS_NOT_POSITIVE");
                    assertThat(e.path()).isEqualTo("planning.buckets");
                    assertThat(e.value()).isEqualTo("0");
                });
    }

    @Test
    void of_moreThanMaxBuckets_throwsLimit() {
        assertThatThrownBy(() -> PlanningHorizon.of(MON_2026_01_05, 10_001, BucketSize.DAY))
                .isInstanceOfSatisfying(LimitExceededException.class, e -> {
                    assertThat(e.rule()).isEqualTo("LIMIT");
                    assertThat(e.path()).isEqualTo("planning.buckets");
                    assertThat(e.actual()).isEqualTo("10001");
                });
    }

    @Test
    void of_exactlyMaxMonthBuckets_isAccepted() {
        PlanningHorizon h = PlanningHorizon.of(d(2026, 1, 1), PlanningHorizon.MAX_BUCKETS, BucketSize.MONTH);
        // 10,000 months = 833 years and 4 months.
        assertThat(h.endExclusive()).isEqualTo(d(2859, 5, 1));
    }

    @Test
    void of_endBeyondLargestDate_throwsLimitAtStart() {
        assertThatThrownBy(() -> PlanningHorizon.of(LocalDate.MAX.minusDays(3), 10, BucketSize.DAY))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("LIMIT");
                    assertThat(e.path()).isEqualTo("planning.start");
                });
    }

    @Test
    void equals_sameStartBucketsSize_equalAndPrintable() {
        PlanningHorizon a = PlanningHorizon.of(MON_2026_01_05, 12, BucketSize.WEEK);
        assertThat(a).isEqualTo(PlanningHorizon.of(d(2026, 1, 5), 12, BucketSize.WEEK)).hasSameHashCodeAs(
                PlanningHorizon.of(d(2026, 1, 5), 12, BucketSize.WEEK));
        assertThat(a).isNotEqualTo(PlanningHorizon.of(MON_2026_01_05, 12, BucketSize.DAY));
        assertThat(a).hasToString("PlanningHorizon[2026-01-05, 12 WEEK]");
    }
}
