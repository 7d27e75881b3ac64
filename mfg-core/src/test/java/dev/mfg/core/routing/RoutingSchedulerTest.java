package dev.mfg.core.routing;

import static dev.mfg.core.routing.Fixtures.CUP;
import static dev.mfg.core.routing.Fixtures.PRESS_CUP;
import static dev.mfg.core.routing.Fixtures.edit;
import static dev.mfg.core.routing.Fixtures.withOperations;
import static dev.mfg.core.routing.Fixtures.op;
import static dev.mfg.core.routing.Rules.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.effectivity.Effectivity;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.resource.CalendarId;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

/** Hand-computed schedules. Widget work centers work MON–FRI 08:00–16:00; 2026-01-09 is a Friday. */
class RoutingSchedulerTest {
    private static final BigDecimal TWO = new BigDecimal("2");

    private static LocalDateTime at(String text) {
        return LocalDateTime.parse(text);
    }

    /** Widget with 30 min move after printing and 60 min queue before post-processing. */
    private static Routing widgetWithQueueAndMove() {
        Routing w = Fixtures.widget();
        return withOperations(w, w.operations().collect(o -> o.no() == 10
                ? edit(o).moveMinutes(new BigDecimal("30")).build()
                : o.no() == 20 ? edit(o).queueMinutes(new BigDecimal("60")).build() : o));
    }

    @Test
    void backward_widgetOneUnit_withinOneDay() {
        // From Friday 16:00 back: OP-50 2 min (15:58), OP-40 2 (15:56), OP-30 3 (15:53), OP-20 5 (15:48),
        // OP-10 run 325 min = 5 h 25 → 10:23, setup 7 → 10:16.
        Schedule s = Fixtures.scheduler().backward(Fixtures.widget(), BigDecimal.ONE, at("2026-01-09T16:00"));
        assertThat(s.orderStart()).isEqualTo(at("2026-01-09T10:16"));
        assertThat(s.orderEnd()).isEqualTo(at("2026-01-09T16:00"));
        assertThat(s.operationStart(50)).isEqualTo(at("2026-01-09T15:58"));
        assertThat(s.operationStart(20)).isEqualTo(at("2026-01-09T15:48"));
        assertThat(s.operation(10)).get().satisfies(o -> {
            assertThat(o.runStart()).isEqualTo(at("2026-01-09T10:23"));
            assertThat(o.setupStart()).isEqualTo(at("2026-01-09T10:16"));
        });
        assertThat(s.leadTimeDays()).isZero();
        assertThat(s.direction()).isEqualTo(Schedule.Direction.BACKWARD);
    }

    @Test
    void backward_widgetTwoUnitsWithQueueAndMove_spillsIntoThePreviousDay() {
        // OP-50 4 min → 15:56; OP-40 4 → 15:52; OP-30 6 → 15:46; OP-20 run 10 → 15:36, queue 60 → 14:36;
        // OP-10 move 30 → run ends 14:06; run 650 min: Friday 08:00–14:06 = 366, remaining 284 min back from
        // Thursday 16:00 = 11:16; setup 7 → 11:09.
        Schedule s = Fixtures.scheduler().backward(widgetWithQueueAndMove(), TWO, at("2026-01-09T16:00"));
        ScheduledOperation op20 = s.operation(20).orElseThrow();
        assertThat(op20.queueStart()).isEqualTo(at("2026-01-09T14:36"));
        assertThat(op20.setupStart()).isEqualTo(at("2026-01-09T15:36"));
        ScheduledOperation op10 = s.operation(10).orElseThrow();
        assertThat(op10.moveEnd()).isEqualTo(at("2026-01-09T14:36"));
        assertThat(op10.runEnd()).isEqualTo(at("2026-01-09T14:06"));
        assertThat(op10.runStart()).isEqualTo(at("2026-01-08T11:16"));
        assertThat(s.orderStart()).isEqualTo(at("2026-01-08T11:09"));
        assertThat(s.leadTimeDays()).isEqualTo(1);
        assertThat(s.operations().collect(ScheduledOperation::no)).containsExactly(10, 20, 30, 40, 50);
    }

    @Test
    void forward_widgetTwoUnitsWithQueueAndMove() {
        // Monday 08:00: OP-10 setup 7 → 08:07; run 650: Monday 473 min, 177 min Tuesday → 10:57; move 30 → 11:27;
        // OP-20 queue 60 → 12:27, run 10 → 12:37; OP-30 6 → 12:43; OP-40 4 → 12:47; OP-50 4 → 12:51.
        Schedule s = Fixtures.scheduler().forward(widgetWithQueueAndMove(), TWO, at("2026-01-05T08:00"));
        assertThat(s.operation(10).orElseThrow().runEnd()).isEqualTo(at("2026-01-06T10:57"));
        assertThat(s.operationStart(20)).isEqualTo(at("2026-01-06T12:27"));
        assertThat(s.orderEnd()).isEqualTo(at("2026-01-06T12:51"));
        assertThat(s.orderStart()).isEqualTo(at("2026-01-05T08:00"));
        assertThat(s.leadTimeDays()).isEqualTo(1);
        assertThat(s.direction()).isEqualTo(Schedule.Direction.FORWARD);
    }

    @Test
    void backward_cupsOnThreeShiftCalendar_skipTheHoliday() {
        // Run 1000 × 0.25 / 0.85 = 294.1176470588... min = 4 h 54 min 7.058823530 s (rounded up to the ns).
        // Back from Thursday 02:00: Thursday 00–02 (2 h), Wednesday 2026-01-07 is a holiday, so Tuesday:
        // 24:00 − 2 h 54 min 7.058823530 s = 21:05:52.941176470; setup 90 min (tool) → 19:35:52.941176470.
        Routing cups = Routing.builder().item(CUP).operations(Lists.immutable.of(PRESS_CUP)).build();
        Schedule s = Fixtures.scheduler().backward(cups, new BigDecimal("1000"), at("2026-01-08T02:00"));
        assertThat(s.operation(10).orElseThrow().runStart()).isEqualTo(at("2026-01-06T21:05:52.941176470"));
        assertThat(s.operationStart(10)).isEqualTo(at("2026-01-06T19:35:52.941176470"));
        assertThat(s.leadTimeDays()).isEqualTo(2);
    }

    @Test
    void backward_operationNotInForceAtDueDate_isLeftOut() {
        Routing r = Fixtures.widget();
        Routing withOld = withOperations(r, r.operations().collect(o -> o.no() == 30
                ? edit(o).effectivity(Effectivity.until(LocalDate.parse("2026-01-01"))).build() : o));
        Schedule s = Fixtures.scheduler().backward(withOld, BigDecimal.ONE, at("2026-01-09T16:00"));
        assertThat(s.operations().collect(ScheduledOperation::no)).containsExactly(10, 20, 40, 50);
        // OP-20 now ends where OP-40 starts: 15:56 − 5 = 15:51
        assertThat(s.operationStart(20)).isEqualTo(at("2026-01-09T15:51"));
        assertRule(() -> s.operationStart(30), "OPERATION_UNKNOWN", "schedule[FG-WIDGET-001@1].operations[30]");
    }

    @Test
    void backward_unknownWorkCenterAndTool_reportsBothAtOnce() {
        Routing r = Routing.builder().item(CUP).operations(Lists.immutable.of(
                op(10, "WC-NONE", "1"), edit(PRESS_CUP).no(20).tool(ToolId.of("MOLD-NONE")).build())).build();
        assertThatThrownBy(() -> Fixtures.scheduler().backward(r, BigDecimal.ONE, at("2026-01-09T16:00")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(p -> p.rule() + " " + p.path()).containsExactly(
                            "REFERENCE_UNKNOWN routing[CUP@1].operations[10].workCenter",
                            "REFERENCE_UNKNOWN routing[CUP@1].operations[20].tool");
                });
    }

    @Test
    void forward_unknownCalendar_isReported() {
        WorkCenter lost = WorkCenter.builder().from(Fixtures.WC_PRESS).calendar(CalendarId.of("NONE")).build();
        RoutingScheduler scheduler = RoutingScheduler.of(id -> Optional.of(lost), id -> Optional.empty(),
                id -> Optional.of(Fixtures.MOLD_CUP));
        Routing r = Routing.builder().item(CUP).operations(Lists.immutable.of(PRESS_CUP)).build();
        assertRule(() -> scheduler.forward(r, BigDecimal.ONE, at("2026-01-05T08:00")), "REFERENCE_UNKNOWN",
                "workCenter[WC-PRESS].calendar");
    }

    @Test
    void backward_operationClaimsMoreCavitiesThanItsTool_isReportedUnderTheRouting() {
        Routing r = Routing.builder().item(CUP).operations(Lists.immutable.of(edit(PRESS_CUP).cavities(6).build())).build();
        assertRule(() -> Fixtures.scheduler().backward(r, BigDecimal.ONE, at("2026-01-09T16:00")), "CAVITIES_INVALID",
                "routing[CUP@1].operations[10].cavities");
    }

    @Test
    void backward_zeroQuantity_isRejected() {
        assertRule(() -> Fixtures.scheduler().backward(Fixtures.widget(), BigDecimal.ZERO, at("2026-01-09T16:00")),
                "QTY_NOT_POSITIVE", "routing[FG-WIDGET-001@1].quantity");
    }

    @Test
    void forward_negativeQuantity_isRejected() {
        assertRule(() -> Fixtures.scheduler().forward(Fixtures.widget(), new BigDecimal("-1"), at("2026-01-05T08:00")),
                "QTY_NOT_POSITIVE", "routing[FG-WIDGET-001@1].quantity");
    }

    @Test
    void backwardThenForward_fromTheOrderStart_endsAtTheDueDate() {
        LocalDateTime due = at("2026-01-09T16:00");
        Schedule back = Fixtures.scheduler().backward(widgetWithQueueAndMove(), TWO, due);
        Schedule forth = Fixtures.scheduler().forward(widgetWithQueueAndMove(), TWO, back.orderStart());
        assertThat(forth.orderEnd()).isEqualTo(due);
        assertThat(forth.operations()).isEqualTo(back.operations());
    }
}
