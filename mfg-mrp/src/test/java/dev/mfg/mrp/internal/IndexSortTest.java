package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IndexSortTest {

    @Test
    void byKey_smallExample_stableByKey() {
        long[] key = {5, 1, 5, 0, 1};
        int[] index = {0, 1, 2, 3, 4};
        IndexSort.byKey(key, index, 5, new long[5], new int[5], new int[6]);
        // Keys 0 (3), 1 (1, 4 in input order), 5 (0, 2 in input order).
        assertThat(index).containsExactly(3, 1, 4, 0, 2);
        assertThat(key).containsExactly(0, 1, 1, 5, 5);
    }

    @Test
    void byKey_random_sameAsStableBoxedSort() {
        qt().withExamples(Integer.getInteger("QT_EXAMPLES", 300)).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom rnd = new SplittableRandom(seed);
            int n = rnd.nextInt(200);
            long[] key = new long[n];
            boolean runs = rnd.nextBoolean(); // ascending runs, as dependent demand arrives, or noise
            for (int x = 0; x < n; x++) {
                key[x] = runs && x > 0 && rnd.nextInt(10) > 0 ? key[x - 1] + rnd.nextInt(3)
                        : rnd.nextInt(1 + rnd.nextInt(50));
            }
            long[] sortedKeys = key.clone();
            Arrays.sort(sortedKeys);
            Integer[] expected = new Integer[n];
            int[] index = new int[n];
            for (int x = 0; x < n; x++) {
                expected[x] = x;
                index[x] = x;
            }
            Arrays.sort(expected, Comparator.comparingLong(x -> key[x])); // stable
            IndexSort.byKey(key, index, n, new long[n], new int[n], new int[n + 1]);
            assertThat(index).containsExactly(Arrays.stream(expected).mapToInt(Integer::intValue).toArray());
            assertThat(key).containsExactly(sortedKeys);
        });
    }
}
