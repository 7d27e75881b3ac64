package dev.mfg.mrp.internal;

import java.util.Arrays;

/**
 * The dependent demand waiting for every item not yet planned. Entries are {@link #width()} {@code long}s: the
 * pegging sort key (which holds the bucket and names the demand: the reference follows from it), the quantity in
 * micro-units and, in a pool made with days (for phantoms, whose pass-through needs them), the need day (epoch
 * day). They are written into blocks of {@link #ENTRIES} entries carved from chunked arrays; an item's blocks form
 * a chain, and {@link #take} copies them out and returns them to a free list. A plan therefore holds only as many
 * blocks as are waiting at its peak and never copies or reallocates an entry: growable per-item arrays made about a
 * quarter of all the bytes a plan allocated. Two longs per entry, not four, halve the memory an explosion writes
 * into items not planned yet, which is where a plan waits on memory most.
 *
 * <p>An entry with the same key as the item's last one is merged into it (two lines of one order for the same
 * component, or slices of one pass-through). Not thread-safe: one per planning run.
 */
final class DemandPool {
    /** Entries per block. */
    static final int ENTRIES = 8;
    private static final int BLOCKS_PER_CHUNK_BITS = 11; // 2,048 blocks of 16 or 24 longs: 256 or 384 KB chunks
    private static final int BLOCKS_PER_CHUNK = 1 << BLOCKS_PER_CHUNK_BITS;

    /** Longs per entry: key and quantity, and the need day in a pool with days. */
    private final int width;
    /** Longs per block. */
    private final int block;

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
     * @param withDays whether entries keep their need day
     */
    DemandPool(int items, boolean withDays) {
        meta = new int[3 * items];
        width = withDays ? 3 : 2;
        block = ENTRIES * width;
    }

    /** {@return the longs per entry: 2 (key, quantity) or 3 (key, quantity, need day)} */
    int width() {
        return width;
    }

    /** {@return the number of entries waiting for an item} */
    int size(int item) {
        return meta[3 * item + 2];
    }

    /**
     * Adds an entry to an item's demand, merged into the last one when the keys are equal (the need day is then
     * the last one's).
     */
    void add(int item, long key, long quantity, long day) {
        int m = 3 * item;
        int s = meta[m + 2];
        int slot = s % ENTRIES;
        if (s > 0) {
            int b = meta[m + 1];
            long[] c = chunks[b >>> BLOCKS_PER_CHUNK_BITS];
            int last = (b & (BLOCKS_PER_CHUNK - 1)) * block + (slot == 0 ? ENTRIES - 1 : slot - 1) * width;
            if (c[last] == key) {
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
        int at = (b & (BLOCKS_PER_CHUNK - 1)) * block + slot * width;
        c[at] = key;
        c[at + 1] = quantity;
        if (width == 3) {
            c[at + 2] = day;
        }
        meta[m + 2] = s + 1;
    }

    /**
     * Copies an item's entries, in the order they were added, into {@code out} ({@link #width()} longs each, grown
     * when too small) and empties the item, freeing its blocks; {@return the array holding them}
     */
    long[] take(int item, long[] out) {
        int s = meta[3 * item + 2];
        long[] to = out.length >= s * width ? out : new long[Math.max(s * width, out.length * 2)];
        int b = meta[3 * item];
        for (int k = 0; k < s; k += ENTRIES) {
            System.arraycopy(chunks[b >>> BLOCKS_PER_CHUNK_BITS], (b & (BLOCKS_PER_CHUNK - 1)) * block, to,
                    k * width, Math.min(ENTRIES, s - k) * width);
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
            chunks[chunks.length - 1] = new long[blocks * block];
            int needed = (chunks.length - 1) * BLOCKS_PER_CHUNK + blocks;
            if (next.length < needed) { // doubling: growing by one chunk at a time copied quadratically
                next = Arrays.copyOf(next, Math.max(needed, next.length * 2));
            }
        } else if ((b & (BLOCKS_PER_CHUNK - 1)) * block == chunks[b >>> BLOCKS_PER_CHUNK_BITS].length) {
            // The first chunk is full at its small size: give it its full size.
            chunks[0] = Arrays.copyOf(chunks[0], BLOCKS_PER_CHUNK * block);
            next = Arrays.copyOf(next, Math.max(next.length, BLOCKS_PER_CHUNK));
        }
        next[b] = -1;
        carved++;
        return b;
    }
}
