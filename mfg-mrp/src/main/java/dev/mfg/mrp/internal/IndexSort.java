package dev.mfg.mrp.internal;

/**
 * Sorts {@code long} keys with an {@code int} payload each, stably, without boxing: a natural merge sort, which
 * finds the ascending runs already there and merges them pairwise. An item's dependent demand arrives as one run
 * per parent (each parent's orders in bucket order), so the sort costs about one pass per doubling of runs.
 */
final class IndexSort {
    private IndexSort() {}

    /**
     * Sorts {@code key[0, size)} ascending, stably, moving {@code index[x]} with {@code key[x]}.
     *
     * @param key the keys, sorted in place
     * @param index the payload of each key, moved with it
     * @param size how many
     * @param keyTmp scratch space of at least {@code size} keys
     * @param indexTmp scratch space of at least {@code size} payloads
     * @param runs scratch space of at least {@code size + 1} ints
     */
    static void byKey(long[] key, int[] index, int size, long[] keyTmp, int[] indexTmp, int[] runs) {
        // Run starts, and size at the end.
        int count = 0;
        runs[count++] = 0;
        for (int x = 1; x < size; x++) {
            if (key[x - 1] > key[x]) {
                runs[count++] = x;
            }
        }
        if (count == 1) {
            return;
        }
        runs[count] = size;
        long[] fromKey = key;
        int[] fromIndex = index;
        long[] toKey = keyTmp;
        int[] toIndex = indexTmp;
        while (count > 1) {
            int merged = 0;
            for (int r = 0; r < count; r += 2) {
                int lo = runs[r];
                int mid = r + 1 < count ? runs[r + 1] : runs[count];
                int hi = r + 2 <= count ? runs[Math.min(r + 2, count)] : runs[count];
                merge(fromKey, fromIndex, toKey, toIndex, lo, mid, hi);
                runs[merged++] = lo;
            }
            runs[merged] = size;
            count = merged;
            long[] k = fromKey;
            fromKey = toKey;
            toKey = k;
            int[] i = fromIndex;
            fromIndex = toIndex;
            toIndex = i;
        }
        if (fromKey != key) {
            System.arraycopy(fromKey, 0, key, 0, size);
            System.arraycopy(fromIndex, 0, index, 0, size);
        }
    }

    /** Merges sorted [lo, mid) and [mid, hi) of the source into [lo, hi) of the target, left first on a tie. */
    private static void merge(long[] key, int[] index, long[] toKey, int[] toIndex, int lo, int mid, int hi) {
        int l = lo;
        int r = mid;
        int x = lo;
        while (l < mid && r < hi) {
            if (key[l] <= key[r]) {
                toKey[x] = key[l];
                toIndex[x++] = index[l++];
            } else {
                toKey[x] = key[r];
                toIndex[x++] = index[r++];
            }
        }
        System.arraycopy(key, l, toKey, x, mid - l);
        System.arraycopy(index, l, toIndex, x, mid - l);
        x += mid - l;
        System.arraycopy(key, r, toKey, x, hi - r);
        System.arraycopy(index, r, toIndex, x, hi - r);
    }
}
