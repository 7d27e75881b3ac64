package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Order numbers from per-item arrays: creation order (by planning) against output order (items by id). */
class OrderNumbersTest {

    @Test
    void number_andCreationIndex_areInverse_itemsNumberedInIdOrder() {
        // Items 0..3 with id ranks 2, 0, 3, 1 (so in id order: item 1, item 3, item 0, item 2). Created orders, by
        // planning order: item 0 ×2 (g 0-1), item 2 ×1 (g 2), item 3 ×3 (g 3-5); item 1 has none.
        // Output: item 3's orders are PLN-1..3 (g 3, 4, 5), item 0's PLN-4, 5 (g 0, 1), item 2's PLN-6 (g 2).
        IntColumn items = new IntColumn();
        for (int i : new int[] {0, 0, 2, 3, 3, 3}) {
            items.add(i);
        }
        OrderNumbers numbers = new OrderNumbers(items, 6, new int[] {2, 0, 3, 1});
        int[] expectedNumber = {4, 5, 6, 1, 2, 3};
        for (int g = 0; g < 6; g++) {
            assertThat(numbers.number(g, items.get(g))).as("order %s", g).isEqualTo(expectedNumber[g]);
            assertThat(numbers.creationIndex(expectedNumber[g] - 1)).isEqualTo(g);
        }
    }
}
