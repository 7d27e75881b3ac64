package dev.mfg.mrp.internal;

import java.util.Arrays;

/**
 * A growable column of {@code int}s kept in chunks of 2^16 values: past the first chunk (which grows by doubling
 * from 2^10, so small plans stay small), appending never copies the values already there, so a column of tens of
 * millions of values grows without a transient second copy and wastes at most one chunk.
 * Not thread-safe while written; safe to read from any thread once published and no longer written.
 */
final class IntColumn {
    static final int SHIFT = 16;
    static final int CHUNK = 1 << SHIFT;
    static final int MASK = CHUNK - 1;
    private static final int FIRST = 1 << 10;

    private int[][] chunks = new int[4][];
    private int size;
    // The chunk appends go to, holding positions [tailBase, tailEnd): one comparison per append.
    private int[] tail;
    private int tailBase;
    private int tailEnd;

    /** {@return the number of values} */
    int size() {
        return size;
    }

    /** Appends a value. */
    void add(int value) {
        int s = size;
        if (s >= tailEnd) {
            grow();
        }
        tail[s - tailBase] = value;
        size = s + 1;
    }

    /** Makes room for the value at {@code size} and points {@link #tail} at its chunk. */
    private void grow() {
        int c = size >>> SHIFT;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, c * 2);
        }
        if (chunks[c] == null) {
            chunks[c] = new int[c == 0 ? FIRST : CHUNK];
        } else if (c == 0 && size == chunks[0].length) {
            chunks[0] = Arrays.copyOf(chunks[0], size * 2); // the first chunk grows by doubling up to CHUNK
        }
        tail = chunks[c];
        tailBase = c << SHIFT;
        tailEnd = tailBase + tail.length;
    }

    /** {@return the value at {@code x}, 0 ≤ x < size} */
    int get(int x) {
        return chunks[x >>> SHIFT][x & MASK];
    }

    /** Replaces the value at {@code x}, 0 ≤ x < size. */
    void set(int x, int value) {
        chunks[x >>> SHIFT][x & MASK] = value;
    }

    /** Drops the values from {@code newSize} on, 0 ≤ newSize ≤ size. */
    void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException(newSize);
        }
        size = newSize;
        tailEnd = 0; // the next append finds its chunk again
    }
}
