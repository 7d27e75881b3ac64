package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DemandPoolTest {
    @Test
    void take_returnsEntriesInOrderAndMergesEqualNeighbours() {
        DemandPool pool = new DemandPool(2, true);
        pool.add(1, 10, 5, 100);
        pool.add(1, 10, 3, 102); // same key: merged, keeping the first need day
        pool.add(1, 11, 1, 101);
        pool.add(1, 10, 2, 100); // not the last one: a new entry
        assertThat(pool.size(1)).isEqualTo(3);
        assertThat(pool.size(0)).isZero();
        long[] out = pool.take(1, new long[0]);
        assertThat(java.util.Arrays.copyOf(out, 9)).containsExactly(10, 8, 100, 11, 1, 101, 10, 2, 100);
        assertThat(pool.size(1)).isZero();
    }

    @Test
    void withoutDays_keepsKeyAndQuantityOnly() {
        DemandPool pool = new DemandPool(1, false);
        assertThat(pool.width()).isEqualTo(2);
        pool.add(0, 4, 5, 100);
        pool.add(0, 4, 1, 101);
        pool.add(0, 3, 2, 102);
        assertThat(java.util.Arrays.copyOf(pool.take(0, new long[0]), 4)).containsExactly(4, 6, 3, 2);
    }

    @Test
    void add_overflowingTheQuantity_throws() {
        DemandPool pool = new DemandPool(1, false);
        pool.add(0, 1, Long.MAX_VALUE, 3);
        assertThatThrownBy(() -> pool.add(0, 1, 1, 3)).isInstanceOf(ArithmeticException.class);
    }

    /** Many items, interleaved adds, takes and clears: each item gets back exactly what a list model holds. */
    @Test
    void randomInterleaving_matchesAListPerItemAndReusesFreedBlocks() {
        randomInterleaving(true);
        randomInterleaving(false);
    }

    private static void randomInterleaving(boolean withDays) {
        SplittableRandom rnd = new SplittableRandom(11);
        int items = 300;
        DemandPool pool = new DemandPool(items, withDays);
        int width = withDays ? 3 : 2;
        List<List<long[]>> model = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            model.add(new ArrayList<>());
        }
        long[] scratch = new long[4];
        for (int step = 0; step < 200_000; step++) {
            int i = rnd.nextInt(items);
            int action = rnd.nextInt(100);
            if (action < 90) {
                long key = rnd.nextInt(5);
                long q = 1 + rnd.nextInt(1000);
                long day = rnd.nextInt(50);
                List<long[]> m = model.get(i);
                long[] last = m.isEmpty() ? null : m.get(m.size() - 1);
                if (last != null && last[0] == key) {
                    last[1] += q;
                } else {
                    m.add(withDays ? new long[] {key, q, day} : new long[] {key, q});
                }
                pool.add(i, key, q, day);
            } else if (action < 98) {
                int size = pool.size(i);
                assertThat(size).isEqualTo(model.get(i).size());
                scratch = pool.take(i, scratch);
                for (int k = 0; k < size; k++) {
                    assertThat(java.util.Arrays.copyOfRange(scratch, width * k, width * k + width))
                            .containsExactly(model.get(i).get(k));
                }
                model.get(i).clear();
            } else {
                pool.clear(i);
                model.get(i).clear();
            }
        }
        // Freed blocks are reused: far fewer blocks than entries ever added.
        int waiting = 0;
        for (int i = 0; i < items; i++) {
            waiting += model.get(i).size();
        }
        assertThat(pool.blocksCarved()).isLessThan(waiting / DemandPool.ENTRIES + 3 * items);
    }
}
