package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/**
 * Dependent demands of one bucket are pegged in the order of their parents' order numbers, whatever order the
 * engine planned the parents in.
 *
 * <p>TOP (lead 7 days) → A-PARENT (lead 0) → C; B-PARENT (lead 0) → C; C is bought, lead 0, 15 on hand. SO-1 wants
 * 10 TOP on 2026-01-26 (bucket 3), SO-2 wants 10 B-PARENT on 2026-01-19 (bucket 2). TOP is released in bucket 2,
 * so A-PARENT and B-PARENT are both due and released in bucket 2 and C has 20 of gross requirements there: 15 from
 * stock and a planned order of 5. Ids by item: A-PARENT's order is PLN-1, B-PARENT's PLN-2, C's PLN-3, TOP's PLN-4.
 * By number, PLN-1 takes 10 of the stock and PLN-2 the last 5 plus C's order of 5. B-PARENT is planned before
 * A-PARENT (low-level code 0 against 1), so pegging in planning order would have given C's order to PLN-1.
 */
class PeggingOrderTest {

    @Test
    void dependentDemandsOfOneBucket_peggedByParentOrderNumber_notByPlanningOrder() {
        MrpResult r = plan(weeks(5), PlanningSnapshot.builder()
                .masterData(data(List.of(make("TOP", 7), make("A-PARENT", 0), make("B-PARENT", 0), buy("C", 0)),
                        List.of(bom("TOP", line(10, "A-PARENT", "1").build()),
                                bom("A-PARENT", line(10, "C", "1").build()),
                                bom("B-PARENT", line(10, "C", "1").build()))))
                .onHand(Lists.immutable.of(oh("C", "15")))
                .demands(Lists.immutable.of(so("SO-1", "TOP", "10", week(3)), so("SO-2", "B-PARENT", "10", week(2))))
                .build());
        assertThat(r.plannedOrders()).extracting(PlannedOrder::id, o -> o.item().value())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PLN-1", "A-PARENT"),
                        org.assertj.core.groups.Tuple.tuple("PLN-2", "B-PARENT"),
                        org.assertj.core.groups.Tuple.tuple("PLN-3", "C"),
                        org.assertj.core.groups.Tuple.tuple("PLN-4", "TOP"));
        PlannedOrder c = r.plannedOrders().get(2);
        assertThat(c.quantity()).isEqualByComparingTo("5");
        assertThat(c.pegging()).containsExactly(new PeggedDemand("PLN-2", new BigDecimal("5")));
    }
}
