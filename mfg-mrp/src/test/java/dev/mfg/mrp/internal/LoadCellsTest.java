package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** Exact capacity sums: rational nano-minutes added without rounding, hours rounded once. */
class LoadCellsTest {
    private static final LoadCells.ItemOrder BY_INDEX = Integer::compare;

    @Test
    void hours_elevenNonTerminatingAddends_roundOnceFromTheExactSum() {
        // 11 orders of 0.00003/11 min each (a 0.0018 s cycle over 11 cavities, one piece): exactly 0.00003 min =
        // 0.0000005 h, a midpoint that HALF_UP takes to 0.000001. Summing 34-digit values
        // (2.727272727272727272727272727272727E-6 each, rounded down) would give 4.99…E-7 h and round to 0.
        LoadCells cells = new LoadCells(1);
        for (int k = 0; k < 11; k++) {
            cells.add(0, 0, 30_000, 11, 1); // 30000/11 nano-minutes
        }
        assertThat(cells.hours(0)).isEqualByComparingTo("0.000001");
        assertThat(cells.loaded()).isTrue();
    }

    @Test
    void hours_mixedDenominators_sumExactly() {
        // 1/3 min + 1/7 min = 10/21 min = 0.476190476… min = 0.0079365079… h → 0.007937.
        LoadCells cells = new LoadCells(2);
        cells.add(1, 0, 1_000_000_000L, 3, 1);
        cells.add(1, 0, 1_000_000_000L, 7, 1);
        assertThat(cells.hours(1)).isEqualByComparingTo("0.007937");
        assertThat(cells.hours(0)).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void add_countOfEqualLots_multiplies() {
        // 5 lots of 90 min = 450 min = 7.5 h.
        LoadCells cells = new LoadCells(1);
        cells.add(0, 0, 90_000_000_000L, 1, 5);
        assertThat(cells.hours(0)).isEqualByComparingTo("7.5");
    }

    @Test
    void add_numeratorPast127Bits_switchesToBigIntegersAndStaysExact() {
        // Two addends of 2^126 nano-minutes: 2^127 overflows the pair of longs.
        LoadCells cells = new LoadCells(1);
        long hi = 1L << 62; // hi:lo = 2^62 × 2^64 = 2^126
        cells.add(0, hi, 0, 1, 1);
        cells.add(0, hi, 0, 1, 1);
        BigDecimal expected = new BigDecimal(BigInteger.ONE.shiftLeft(127))
                .divide(new BigDecimal(60_000_000_000L), 6, RoundingMode.HALF_UP);
        assertThat(cells.hours(0)).isEqualByComparingTo(expected);
    }

    @Test
    void add_denominatorsWhoseLcmOverflows_switchToBigIntegersAndStayExact() {
        // 1/p + 1/q minutes with p, q coprime near 2^61: the common denominator p × q needs 122 bits.
        long p = 2_305_843_009_213_693_951L; // 2^61 - 1, prime
        long q = 2_305_843_009_213_693_921L; // 2^61 - 31, odd, coprime with p
        LoadCells cells = new LoadCells(1);
        cells.add(0, 0, 60_000_000_000L * 1000, p, 1); // 1000/p hours
        cells.add(0, 0, 60_000_000_000L * 1000, q, 1); // 1000/q hours
        BigDecimal exact = new BigDecimal(BigInteger.valueOf(p).add(BigInteger.valueOf(q)).multiply(
                BigInteger.valueOf(1000))).divide(new BigDecimal(BigInteger.valueOf(p).multiply(BigInteger.valueOf(q))),
                        6, RoundingMode.HALF_UP);
        assertThat(cells.hours(0)).isEqualByComparingTo(exact);
    }

    @Test
    void flushItem_largestLoadWins_tieGoesToTheFirstItemInOrder() {
        LoadCells cells = new LoadCells(2);
        cells.add(0, 0, 60, 1, 1); // item 5: 60 nano-min in bucket 0, 10 in bucket 1
        cells.add(1, 0, 10, 1, 1);
        cells.flushItem(5, BY_INDEX);
        cells.add(0, 0, 180, 3, 1); // item 3: 60 nano-min (180/3) in bucket 0: a tie, and 3 comes first
        cells.add(1, 0, 9, 1, 1); // 9 < 10 in bucket 1
        cells.flushItem(3, BY_INDEX);
        cells.add(1, 0, 11, 1, 1); // item 9: 11 > 10 in bucket 1
        cells.flushItem(9, BY_INDEX);
        assertThat(cells.top(0)).isEqualTo(3);
        assertThat(cells.top(1)).isEqualTo(9);
    }

    @Test
    void add_zero_leavesTheResourceUnloaded() {
        LoadCells cells = new LoadCells(1);
        cells.add(0, 0, 0, 7, 3);
        cells.addBig(0, BigInteger.ZERO, BigInteger.TEN, 1);
        assertThat(cells.loaded()).isFalse();
        assertThat(cells.top(0)).isEqualTo(-1);
    }

    @Test
    void mulAdd_largestLongs_exactIn127Bits() {
        long[] out = new long[2];
        assertThat(LoadCells.mulAdd(3, 5, 7, 11, out)).isTrue();
        assertThat(out).containsExactly(0, 92);
        // (2^63 - 1)^2 × 2 = 2^127 - 2^65 + 2 still fits the unsigned 127 bits.
        long max = Long.MAX_VALUE;
        assertThat(LoadCells.mulAdd(max, max, max, max, out)).isTrue();
        assertThat(LoadCells.toBig(out[0], out[1])).isEqualTo(
                BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE.shiftLeft(65)).add(BigInteger.TWO));
    }
}
