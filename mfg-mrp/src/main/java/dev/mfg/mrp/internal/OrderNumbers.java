package dev.mfg.mrp.internal;

import java.util.Arrays;

/**
 * The numbering {@code PLN-n} of a run's planned orders without a table per order: an item's orders are created
 * together (creation indexes {@code first[i] .. first[i] + count[i] - 1}) and numbered together, items in id order.
 * So an order's number follows from its item's first output position, and an output position leads back to its
 * item by a binary search over the items in id order. Arrays are per item, never per order (a plan of L has 25M
 * orders and 1M items). Immutable once built; thread-safe.
 */
final class OrderNumbers {
    /** Creation index of each item's first order (unused for items without orders). */
    private final int[] first;
    /** Output position (from 0) of each item's first order. */
    private final int[] outStart;
    /** Items with orders, in id order, and the output position of each one's first order. */
    private final int[] itemByOutput;
    private final int[] startByOutput;
    private final int orders;

    /**
     * @param orderItem the item of each order, by creation index
     * @param orders the number of orders
     * @param idRank each item's position in id order
     */
    OrderNumbers(IntColumn orderItem, int orders, int[] idRank) {
        int n = idRank.length;
        this.orders = orders;
        first = new int[n];
        int[] count = new int[n];
        Arrays.fill(first, -1);
        for (int g = 0; g < orders; g++) {
            int i = orderItem.get(g);
            if (first[i] < 0) {
                first[i] = g;
            }
            count[i]++;
        }
        int[] byRank = new int[n];
        for (int i = 0; i < n; i++) {
            byRank[idRank[i]] = i;
        }
        outStart = new int[n];
        int withOrders = 0;
        for (int i = 0; i < n; i++) {
            if (count[i] > 0) {
                withOrders++;
            }
        }
        itemByOutput = new int[withOrders];
        startByOutput = new int[withOrders];
        int x = 0;
        int k = 0;
        for (int r = 0; r < n; r++) {
            int i = byRank[r];
            if (count[i] > 0) {
                outStart[i] = x;
                itemByOutput[k] = i;
                startByOutput[k++] = x;
                x += count[i];
            }
        }
    }

    /** {@return the number n of {@code PLN-n} of the order with creation index {@code g} of item {@code item}} */
    int number(int g, int item) {
        return outStart[item] + (g - first[item]) + 1;
    }

    /** {@return the creation index of the order at output position {@code x} (from 0)} */
    int creationIndex(int x) {
        int k = Arrays.binarySearch(startByOutput, x);
        if (k < 0) {
            k = -k - 2; // the last item starting before x
        }
        int i = itemByOutput[k];
        return first[i] + (x - startByOutput[k]);
    }
}
