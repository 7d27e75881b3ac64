package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** The plan as a value: compact (built when read) and built lists are interchangeable. */
class MrpResultTest {

    /** A 2-level plan: FG (lead 1 week as 7 days) made of 2 × PART; 10 FG due in bucket 2 and 5 in bucket 3. */
    private static MrpResult compact() {
        return plan(weeks(4), PlanningSnapshot.builder()
                .masterData(data(List.of(make("FG", 7), buy("PART", 0)), List.of(bom("FG", line(10, "PART", "2").build()))))
                .demands(Lists.immutable.of(so("SO-1", "FG", "10", week(2)), so("SO-2", "FG", "5", week(3))))
                .build());
    }

    private static MrpResult built(MrpResult r) {
        return MrpResult.builder().buckets(r.buckets()).items(r.items()).plannedOrders(r.plannedOrders())
                .materialRequirements(r.materialRequirements()).messages(r.messages()).capacity(r.capacity())
                .toolLoads(r.toolLoads()).summary(r.summary()).build();
    }

    @Test
    void plannedOrder_byIndex_equalsTheBuiltList() {
        MrpResult r = compact();
        // FG: 10 in bucket 2 and 5 in bucket 3, released a week earlier; PART: 20 and 10 in buckets 1 and 2.
        assertThat(r.plannedOrderCount()).isEqualTo(4);
        assertThat(r.materialRequirementCount()).isEqualTo(2);
        for (int x = 0; x < r.plannedOrderCount(); x++) {
            assertThat(r.plannedOrder(x)).isEqualTo(r.plannedOrders().get(x));
        }
        assertThat(r.plannedOrders()).extracting(PlannedOrder::id)
                .containsExactly("PLN-1", "PLN-2", "PLN-3", "PLN-4");
        assertThat(r.materialRequirement(1)).isEqualTo(r.materialRequirements().get(1));
        assertThat(r.materialRequirements()).extracting(c -> c.quantity().toPlainString()).containsExactly("20", "10");
    }

    @Test
    void plannedOrders_builtOnce_sameListOnEveryCall() {
        MrpResult r = compact();
        assertThat(r.plannedOrders()).isSameAs(r.plannedOrders());
        assertThat(r.materialRequirements()).isSameAs(r.materialRequirements());
    }

    @Test
    void equals_compactAndBuiltPlans_areEqualWithEqualHashes() {
        MrpResult a = compact();
        MrpResult b = built(compact());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void messages_builtWhenRead_equalToAListOfThem_andKept() {
        // FG (7 days' lead time) due at the start: released a week before it, so an EXPEDITE message, whose text
        // the plan writes only when the messages are read.
        MrpResult lazy = plan(weeks(4), PlanningSnapshot.builder()
                .masterData(data(List.of(make("FG", 7), buy("PART", 0)), List.of(bom("FG", line(10, "PART", "2").build()))))
                .demands(Lists.immutable.of(so("SO-1", "FG", "10", week(0)))).build());
        assertThat(lazy.messages()).extracting(m -> m.type(), m -> m.reference())
                .containsExactly(tuple(dev.mfg.mrp.message.MessageType.EXPEDITE, "PLN-1"));
        assertThat(lazy.messages().getFirst().text()).startsWith("Release 10 EA of FG due ");
        assertThat(lazy.messages()).isSameAs(lazy.messages());
        MrpResult eager = built(lazy);
        assertThat(lazy).isEqualTo(eager).hasSameHashCodeAs(eager);
        MrpResult none = MrpResult.builder().from(eager).messages(List.of()).build();
        assertThat(lazy).isNotEqualTo(none);
    }

    @Test
    void equals_anotherOrderList_isNotEqual() {
        MrpResult a = compact();
        MrpResult b = MrpResult.builder().buckets(a.buckets()).items(a.items())
                .plannedOrders(a.plannedOrders().take(3)).materialRequirements(a.materialRequirements())
                .messages(a.messages()).capacity(a.capacity()).toolLoads(a.toolLoads()).summary(a.summary()).build();
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void plannedOrder_outsideTheList_throws() {
        MrpResult r = compact();
        assertThatThrownBy(() -> r.plannedOrder(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> r.materialRequirement(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void builder_withoutBucketsOrSummary_throws_listsDefaultToEmpty() {
        MrpResult r = compact();
        assertThatThrownBy(() -> MrpResult.builder().summary(r.summary()).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("buckets");
        assertThatThrownBy(() -> MrpResult.builder().buckets(r.buckets()).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("summary");
        MrpResult empty = MrpResult.builder().buckets(r.buckets()).summary(r.summary()).build();
        assertThat(empty.plannedOrderCount()).isZero();
        assertThat(empty.plannedOrders()).isEmpty();
        assertThat(empty.items()).isEmpty();
        assertThatThrownBy(() -> MrpResult.builder().plannedOrders(-1, x -> null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toString_showsCountsNotRows() {
        assertThat(compact().toString()).contains("plannedOrders=4", "materialRequirements=2")
                .doesNotContain("PLN-1");
    }
}
