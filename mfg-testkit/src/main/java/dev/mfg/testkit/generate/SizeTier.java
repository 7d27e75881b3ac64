package dev.mfg.testkit.generate;

/**
 * The generator's size ladder.
 *
 * @since 0.1
 */
public enum SizeTier {
    /** 1k items, 5 levels, 52 weekly buckets. */
    S(1_000, 5, 52, "WEEK"),
    /** 100k items, 8 levels, 52 weekly buckets, about 300k BOM lines. */
    M(100_000, 8, 52, "WEEK"),
    /** 1M items, 12 levels, 104 weekly buckets, about 3M BOM lines. */
    L(1_000_000, 12, 104, "WEEK"),
    /** 5M items, 12 levels, 365 daily buckets. */
    XL(5_000_000, 12, 365, "DAY");

    private final int items;
    private final int levels;
    private final int buckets;
    private final String bucketSize;

    SizeTier(int items, int levels, int buckets, String bucketSize) {
        this.items = items;
        this.levels = levels;
        this.buckets = buckets;
        this.bucketSize = bucketSize;
    }

    /** {@return the number of items} */
    public int items() {
        return items;
    }

    /** {@return the number of BOM levels (finished goods at level 0, raw materials at the last)} */
    public int levels() {
        return levels;
    }

    /** {@return the number of planning buckets} */
    public int buckets() {
        return buckets;
    }

    /** {@return the bucket size: WEEK or DAY} */
    public String bucketSize() {
        return bucketSize;
    }
}
