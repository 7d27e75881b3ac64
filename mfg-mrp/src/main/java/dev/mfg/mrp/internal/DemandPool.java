package dev.mfg.mrp.internal;

import java.util.Arrays;

/**
 * The dependent demand waiting for every item not yet planned. Entries are {@link #width()} {@code long}s: the
 * pegging sort key (which holds the bucket and names the demand: the reference follows from it), the quantity in
 * micro-units and, in a pool made with days (for phantoms, whose pass-through needs them), the need day (epoch
 * day). They are written into blocks carved from chunked arrays; an item's blocks form a chain, and {@link #take}
 * copies them out and returns them to free lists. A plan therefore holds only as many blocks as are waiting at its
 * peak and never copies or reallocates an entry: growable per-item arrays made about a quarter of all the bytes a
 * plan allocated. Two longs per entry, not four, halve the memory an explosion writes into items not planned yet,
 * which is where a plan waits on memory most.
 *
 * <p>An item's blocks double: its first holds {@link #ENTRIES} entries, the next twice as many, up to
 * {@link #ENTRIES} × 2^{@link #MAX_CLASS} (512) entries, so a component with thousands of parent orders reads back a
 * few long blocks, not hundreds of short ones each a wait on memory; an item wastes at most about half of what it
 * holds.
 *
 * <p>An entry with the same key as the item's last one is merged into it (two lines of one order for the same
 * component, or slices of one pass-through). Not thread-safe: one per planning run.
 */
final class DemandPool {
    /** Entries of an item's first block: a unit of the pool's memory. */
    static final int ENTRIES = 8;
    /** Block classes: class c holds {@code ENTRIES << c} entries (2^c units); an item's k-th block is of class k. */
    static final int MAX_CLASS = 6;
    /** Entries an item holds in its blocks of classes 0 .. MAX_CLASS (8 × 127). */
    private static final int DOUBLING_ENTRIES = ENTRIES * ((2 << MAX_CLASS) - 1);
    private static final int UNITS_PER_CHUNK_BITS = 11; // 2,048 units of 16 or 24 longs: 256 or 384 KB chunks
    private static final int UNITS_PER_CHUNK = 1 << UNITS_PER_CHUNK_BITS;
    /** Units of the first chunk until it is full: small plans stay small. */
    private static final int FIRST_CHUNK_UNITS = 64;

    /** Longs per entry: key and quantity, and the need day in a pool with days. */
    private final int width;
    /** Longs per unit ({@link #ENTRIES} entries). */
    private final int unit;

    private long[][] chunks = new long[0][];
    // Per block, by its first unit: the next block of its chain or free list, -1 at the end.
    private int[] next = new int[0];
    private int carved; // units carved so far, including the tails of chunks skipped by a block that did not fit
    private final int[] free = new int[MAX_CLASS + 1]; // per class: the first free block, -1 for none
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
        unit = ENTRIES * width;
        Arrays.fill(free, -1);
    }

    /** {@return the longs per entry: 2 (key, quantity) or 3 (key, quantity, need day)} */
    int width() {
        return width;
    }

    /** {@return the number of entries waiting for an item} */
    int size(int item) {
        return meta[3 * item + 2];
    }

    /** {@return the class of an item's k-th block (from 0)} */
    private static int classOf(int k) {
        return Math.min(k, MAX_CLASS);
    }

    /** {@return the index of the block that holds an item's entry {@code s} (from 0)} */
    private static int blockOf(int s) {
        if (s < DOUBLING_ENTRIES) {
            return 31 - Integer.numberOfLeadingZeros(s / ENTRIES + 1);
        }
        return MAX_CLASS + 1 + (s - DOUBLING_ENTRIES) / (ENTRIES << MAX_CLASS);
    }

    /** {@return the entries before an item's k-th block} */
    private static int entriesBefore(int k) {
        if (k <= MAX_CLASS + 1) {
            return ENTRIES * ((1 << k) - 1);
        }
        return DOUBLING_ENTRIES + (k - MAX_CLASS - 1) * (ENTRIES << MAX_CLASS);
    }

    /** {@return the offset of a block's entry {@code slot} in its chunk} */
    private int at(int block, int slot) {
        return (block & (UNITS_PER_CHUNK - 1)) * unit + slot * width;
    }

    /**
     * Adds an entry to an item's demand, merged into the last one when the keys are equal (the need day is then
     * the last one's).
     */
    void add(int item, long key, long quantity, long day) {
        int m = 3 * item;
        int s = meta[m + 2];
        int k;
        int slot;
        if (s < ENTRIES) { // most items: the first block, no arithmetic
            k = 0;
            slot = s;
        } else {
            k = blockOf(s);
            slot = s - entriesBefore(k);
        }
        if (s > 0) {
            int b = meta[m + 1];
            long[] c = chunks[b >>> UNITS_PER_CHUNK_BITS];
            int last = at(b, slot == 0 ? (ENTRIES << classOf(k - 1)) - 1 : slot - 1);
            if (c[last] == key) {
                c[last + 1] = Math.addExact(c[last + 1], quantity);
                return;
            }
        }
        int b;
        if (slot == 0) {
            b = block(classOf(k));
            if (s == 0) {
                meta[m] = b;
            } else {
                next[meta[m + 1]] = b;
            }
            meta[m + 1] = b;
        } else {
            b = meta[m + 1];
        }
        long[] c = chunks[b >>> UNITS_PER_CHUNK_BITS];
        int at = at(b, slot);
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
        for (int k = 0, done = 0; done < s; k++) {
            int n = Math.min(ENTRIES << classOf(k), s - done);
            System.arraycopy(chunks[b >>> UNITS_PER_CHUNK_BITS], at(b, 0), to, done * width, n * width);
            done += n;
            b = next[b];
        }
        clear(item);
        return to;
    }

    /** Empties an item without reading it. */
    void clear(int item) {
        int s = meta[3 * item + 2];
        int b = meta[3 * item];
        for (int k = 0, done = 0; done < s; k++) {
            int after = next[b];
            int c = classOf(k);
            next[b] = free[c];
            free[c] = b;
            done += ENTRIES << c;
            b = after;
        }
        meta[3 * item + 2] = 0;
    }

    /** {@return the number of units ({@link #ENTRIES} entries each) carved so far (for tests)} */
    int unitsCarved() {
        return carved;
    }

    /** {@return a free block of class {@code c}: reused, or carved where it fits in one chunk} */
    private int block(int c) {
        int b = free[c];
        if (b >= 0) {
            free[c] = next[b];
            next[b] = -1;
            return b;
        }
        int units = 1 << c;
        int chunk = carved >>> UNITS_PER_CHUNK_BITS;
        if ((carved & (UNITS_PER_CHUNK - 1)) + units > UNITS_PER_CHUNK) {
            chunk++; // the block does not fit in the rest of this chunk: the rest stays unused
            carved = chunk << UNITS_PER_CHUNK_BITS;
        }
        int end = (carved & (UNITS_PER_CHUNK - 1)) + units; // units of the chunk in use after this block
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunk + 1);
            chunks[chunk] = new long[(chunk == 0 ? Math.max(FIRST_CHUNK_UNITS, end) : UNITS_PER_CHUNK) * unit];
        } else if (end * unit > chunks[chunk].length) {
            chunks[chunk] = Arrays.copyOf(chunks[chunk], UNITS_PER_CHUNK * unit); // the first, grown whole
        }
        b = carved;
        carved += units;
        if (next.length < carved) { // doubling: growing by one chunk at a time copied quadratically
            next = Arrays.copyOf(next, Math.max(carved, next.length * 2));
        }
        next[b] = -1;
        return b;
    }
}
