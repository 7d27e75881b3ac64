package dev.mfg.mrp;

import static dev.mfg.mrp.Fx.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.LimitExceededException;
import dev.mfg.core.error.Problem;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.mrp.horizon.BucketSize;
import dev.mfg.mrp.horizon.PlanningHorizon;
import java.util.List;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** Bad input is rejected when the snapshot and options are built, with every problem at once. */
class PlanningSnapshotTest {
    private static final MasterData DATA = data(List.of(buy("X", 0)), List.of());

    @Test
    void demandForUnknownItem_rejected() {
        assertThatThrownBy(() -> PlanningSnapshot.builder().masterData(DATA)
                .demands(Lists.immutable.of(so("S1", "NOPE", "1", START))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN");
                    assertThat(e.path()).isEqualTo("demands[0].item");
                    assertThat(e.value()).isEqualTo("NOPE");
                });
    }

    @Test
    void receiptForUnknownItem_rejected() {
        assertThatThrownBy(() -> PlanningSnapshot.builder().masterData(DATA)
                .scheduledReceipts(Lists.immutable.of(sr("PO", "NOPE", "1", START))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN");
                    assertThat(e.path()).isEqualTo("scheduledReceipts[0].item");
                });
    }

    @Test
    void stockOfUnknownItem_rejected() {
        assertThatThrownBy(() -> PlanningSnapshot.builder().masterData(DATA)
                .onHand(Lists.immutable.of(oh("NOPE", "1"))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("REFERENCE_UNKNOWN");
                    assertThat(e.path()).isEqualTo("onHand[0].item");
                });
    }

    @Test
    void duplicateDemandId_rejected() {
        assertThatThrownBy(() -> PlanningSnapshot.builder().masterData(DATA)
                .demands(Lists.immutable.of(so("S1", "X", "1", START), fc("S1", "X", "2", START))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_DUPLICATE");
                    assertThat(e.path()).isEqualTo("demands[1].id");
                });
    }

    @Test
    void duplicateReceiptId_rejected() {
        assertThatThrownBy(() -> PlanningSnapshot.builder().masterData(DATA)
                .scheduledReceipts(Lists.immutable.of(sr("PO", "X", "1", START), sr("PO", "X", "1", week(1))))
                .build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_DUPLICATE");
                    assertThat(e.path()).isEqualTo("scheduledReceipts[1].id");
                });
    }

    @Test
    void twoStockBalancesOfOneItem_rejected() {
        assertThatThrownBy(() -> PlanningSnapshot.builder().masterData(DATA)
                .onHand(Lists.immutable.of(oh("X", "1"), oh("X", "2"))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("ID_DUPLICATE");
                    assertThat(e.path()).isEqualTo("onHand[1].item");
                });
    }

    @Test
    void everyProblem_reportedAtOnce() {
        assertThatThrownBy(() -> PlanningSnapshot.builder().masterData(DATA)
                .onHand(Lists.immutable.of(oh("NOPE", "1")))
                .scheduledReceipts(Lists.immutable.of(sr("PO", "NOPE", "1", START)))
                .demands(Lists.immutable.of(so("S1", "X", "1", START), so("S1", "NOPE", "1", START))).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path).containsExactly("onHand[0].item", "scheduledReceipts[0].item",
                                "demands[1].item", "demands[1].id"));
    }

    @Test
    void options_defaults() {
        MrpOptions o = MrpOptions.builder().start(START).build();
        assertThat(o.buckets()).isEqualTo(52);
        assertThat(o.bucketSize()).isEqualTo(BucketSize.WEEK);
        assertThat(o.forecastConsumption()).isFalse();
        assertThat(o.threads()).isEqualTo(1);
        assertThat(o.horizon()).isEqualTo(PlanningHorizon.of(START, 52, BucketSize.WEEK));
    }

    @Test
    void options_zeroBuckets_rejected() {
        assertThatThrownBy(() -> MrpOptions.builder().start(START).buckets(0).build())
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo(PlanningHorizon.RULE_BUCKETS_NOT_POSITIVE);
                    assertThat(e.path()).isEqualTo("planning.buckets");
                });
    }

    @Test
    void options_threadsBelowOne_rejected() {
        for (int threads : new int[] {0, -3}) {
            assertThatThrownBy(() -> MrpOptions.builder().start(START).threads(threads).build())
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                        assertThat(e.rule()).isEqualTo(MrpOptions.RULE_THREADS_NOT_POSITIVE);
                        assertThat(e.path()).isEqualTo("planning.threads");
                        assertThat(e.problems().getFirst().value()).isEqualTo(String.valueOf(threads));
                    });
        }
        assertThat(MrpOptions.builder().start(START).threads(8).build().threads()).isEqualTo(8);
    }

    @Test
    void options_tooManyBuckets_rejected() {
        assertThatThrownBy(() -> MrpOptions.builder().start(START).buckets(PlanningHorizon.MAX_BUCKETS + 1).build())
                .isInstanceOf(LimitExceededException.class);
    }

    @Test
    void planner_nullOptions_rejected() {
        assertThatThrownBy(() -> MrpPlanner.create(null)).isInstanceOf(NullPointerException.class);
    }
}
