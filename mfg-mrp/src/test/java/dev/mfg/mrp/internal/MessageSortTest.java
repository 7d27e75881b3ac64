package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.mrp.message.MessageType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanRun#sortMessages} orders messages as a stable sort by item id rank, type and reference would: random
 * messages over few items, types and references (so every kind of tie occurs), each marked with its input position.
 */
class MessageSortTest {
    @Test
    void sortMessages_equalsAStableSortByRankTypeAndReference() {
        Random rnd = new Random(11);
        MessageType[] types = MessageType.values();
        for (int round = 0; round < 200; round++) {
            int items = 1 + rnd.nextInt(6);
            int[] rank = new int[items];
            for (int i = 0; i < items; i++) {
                rank[i] = i;
            }
            for (int i = items - 1; i > 0; i--) { // ranks in another order than the indexes
                int j = rnd.nextInt(i + 1);
                int t = rank[i];
                rank[i] = rank[j];
                rank[j] = t;
            }
            PlanRun.Draft[] messages = new PlanRun.Draft[rnd.nextInt(60)];
            for (int k = 0; k < messages.length; k++) {
                messages[k] = new PlanRun.Draft(types[rnd.nextInt(types.length)], rnd.nextInt(items),
                        "REF-" + rnd.nextInt(3), "input " + k);
            }
            PlanRun.Draft[] expected = messages.clone();
            Arrays.sort(expected, Comparator.comparingInt((PlanRun.Draft d) -> rank[d.item()])
                    .thenComparing(PlanRun.Draft::type).thenComparing(PlanRun.Draft::reference));
            PlanRun.sortMessages(messages, rank);
            assertThat(messages).as("round " + round).containsExactly(expected);
        }
    }
}
