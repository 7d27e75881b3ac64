package dev.mfg.mrp.internal;

import java.util.Arrays;

/**
 * The dependent demand waiting for every item not yet planned. Entries are {@link #WIDTH} {@code long}s: the pegging
 * sort key (which holds the bucket), the quantity in micro-units, the reference code and the need day (epoch day).
 * They are written into blocks of {@link #ENTRIES} entries carved from chunked arrays; an item's blocks form a
 * chain, and {@link #take} copies them out and returns them to a free list. A plan therefore holds only as many
 * blocks as are waiting at its peak and never copies or reallocates an entry: growable per-item arrays made about a
 * quarter of all the bytes a plan allocated.
 *
 * <p>An entry with the same key and reference as the item's last one is merged into it (two lines of one order
 * for the same component, or slices of one pass-through). Not thread-safe: one per planning run.
 */
final class DemandPool {
    /** Longs per entry: key, quantity, reference, need day. */
    static final int WIDTH = 4;
    /** Entries per block. */
    static final int ENTRIES = 8;
    private static final int BLOCK = ENTRIES * WIDTH;
    private static final int BLOCKS_PER_CHUNK_BITS = 11; // 2,048 blocks of 32 longs: 512 KB chunks
    private static final int BLOCKS_PER_CHUNK = 1 << BLOCKS_PER_CHUNK_BITS;

    private long[][] chunks = new long[0][];
    private int[] next = new int[0]; // per block: the next block of its chain or of the free list, -1 at the end
    private int carved;
    private int free = -1;
    // Per item, together so that an append touches one place: head block, tail block and size (3 ints each).
    private final int[] meta;

    /**
     * Creates an empty pool.
     *
     * @param items the number of items (dense indexes 0 .. items - 1)
     */
    DemandPool(int items) {
        meta = new int[3 * items];
    }

    /** {@return the number of entries waiting for an item} */
    int size(int item) {
        return meta[3 * item + 2];
    }

    /** Adds an entry to an item's demand, merged into the last one when key and reference are equal. */
    void add(int item, long key, long quantity, long ref, long day) {
        int m = 3 * item;
        int s = meta[m + 2];
        int slot = s % ENTRIES;
        if (s > 0) {
            int b = meta[m + 1];
            long[] c = chunks[b >>> BLOCKS_PER_CHUNK_BITS];
            int last = (b & (BLOCKS_PER_CHUNK - 1)) * BLOCK + (slot == 0 ? ENTRIES - 1 : slot - 1) * WIDTH;
            if (c[last] == key && c[last + 2] == ref) {
                c[last + 1] = Math.addExact(c[last + 1], quantity);
                return;
            }
        }
        int b;
        if (slot == 0) {
            b = block();
            if (s == 0) {
                meta[m] = b;
            } else {
                next[meta[m + 1]] = b;
            }
            meta[m + 1] = b;
        } else {
            b = meta[m + 1];
        }
        long[] c = chunks[b >>> BLOCKS_PER_CHUNK_BITS];
        int at = (b & (BLOCKS_PER_CHUNK - 1)) * BLOCK + slot * WIDTH;
        c[at] = key;
        c[at + 1] = quantity;
        c[at + 2] = ref;
        c[at + 3] = day;
        meta[m + 2] = s + 1;
    }

    /**
     * Copies an item's entries, in the order they were added, into {@code out} ({@link #WIDTH} longs each, grown
     * when too small) and empties the item, freeing its blocks; {@return the array holding them}
     */
    long[] take(int item, long[] out) {
        int s = meta[3 * item + 2];
        long[] to = out.length >= s * WIDTH ? out : new long[Math.max(s * WIDTH, out.length * 2)];
        int b = meta[3 * item];
        for (int k = 0; k < s; k += ENTRIES) {
            System.arraycopy(chunks[b >>> BLOCKS_PER_CHUNK_BITS], (b & (BLOCKS_PER_CHUNK - 1)) * BLOCK, to,
                    k * WIDTH, Math.min(ENTRIES, s - k) * WIDTH);
            b = next[b];
        }
        clear(item);
        return to;
    }

    /** Empties an item without reading it. */
    void clear(int item) {
        int s = meta[3 * item + 2];
        int b = meta[3 * item];
        for (int k = 0; k < s; k += ENTRIES) {
            int after = next[b];
            next[b] = free;
            free = b;
            b = after;
        }
        meta[3 * item + 2] = 0;
    }

    /** {@return the number of blocks carved so far (for tests)} */
    int blocksCarved() {
        return carved;
    }

    private int block() {
        if (free >= 0) {
            int b = free;
            free = next[b];
            next[b] = -1;
            return b;
        }
        int b = carved;
        if (b >>> BLOCKS_PER_CHUNK_BITS == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length + 1);
            // The first chunk starts small, so small plans stay small.
            int blocks = chunks.length == 1 ? 64 : BLOCKS_PER_CHUNK;
            chunks[chunks.length - 1] = new long[blocks * BLOCK];
            int needed = (chunks.length - 1) * BLOCKS_PER_CHUNK + blocks;
            if (next.length < needed) { // doubling: growing by one chunk at a time copied quadratically
                next = Arrays.copyOf(next, Math.max(needed, next.length * 2));
            }
        } else if ((b & (BLOCKS_PER_CHUNK - 1)) * BLOCK == chunks[b >>> BLOCKS_PER_CHUNK_BITS].length) {
            // The first chunk is full at its small size: give it its full size.
            chunks[0] = Arrays.copyOf(chunks[0], BLOCKS_PER_CHUNK * BLOCK);
            next = Arrays.copyOf(next, Math.max(next.length, BLOCKS_PER_CHUNK));
        }
        next[b] = -1;
        carved++;
        return b;
    }
}
