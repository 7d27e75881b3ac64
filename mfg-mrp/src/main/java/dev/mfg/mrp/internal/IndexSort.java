package dev.mfg.mrp.internal;

/** Sorts indexes by primitive keys without boxing: a stable merge sort, insertion sort for short runs. */
final class IndexSort {
    private IndexSort() {}

    /**
     * Sorts {@code index[0, size)} by {@code key[index[x]]} ascending, stably.
     *
     * @param index the indexes to sort, in place
     * @param scratch scratch space of at least {@code size} elements
     * @param size how many indexes
     * @param key the keys, indexed by the values of {@code index}
     */
    static void byKey(int[] index, int[] scratch, int size, long[] key) {
        if (size < 2) {
            return;
        }
        boolean sorted = true;
        for (int x = 1; x < size && sorted; x++) {
            sorted = key[index[x - 1]] <= key[index[x]];
        }
        if (!sorted) {
            sort(index, scratch, 0, size, key);
        }
    }

    private static void sort(int[] a, int[] tmp, int from, int to, long[] key) {
        if (to - from <= 16) {
            for (int x = from + 1; x < to; x++) {
                int v = a[x];
                long kv = key[v];
                int y = x - 1;
                while (y >= from && key[a[y]] > kv) {
                    a[y + 1] = a[y];
                    y--;
                }
                a[y + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sort(a, tmp, from, mid, key);
        sort(a, tmp, mid, to, key);
        if (key[a[mid - 1]] <= key[a[mid]]) {
            return;
        }
        System.arraycopy(a, from, tmp, from, to - from);
        int l = from;
        int r = mid;
        for (int x = from; x < to; x++) {
            if (r >= to || l < mid && key[tmp[l]] <= key[tmp[r]]) {
                a[x] = tmp[l++];
            } else {
                a[x] = tmp[r++];
            }
        }
    }
}
