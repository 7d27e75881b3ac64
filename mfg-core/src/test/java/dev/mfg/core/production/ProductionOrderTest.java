package dev.mfg.core.production;

import static dev.mfg.core.production.ExecFixtures.DAY;
import static dev.mfg.core.production.ExecFixtures.WIDGET;
import static dev.mfg.core.production.ExecFixtures.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.IllegalTransitionException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductionOrderTest {

    static ProductionOrder.Builder base() {
        ProductionOrder.Builder b = ProductionOrder.builder();
        b.id(ProductionOrderId.of("PO-1")).item(WIDGET).quantity(BigDecimal.TEN).type(OrderType.MAKE_TO_STOCK)
                .plannedStart(DAY).plannedEnd(DAY);
        return b;
    }

    @Test
    void build_defaults() {
        ProductionOrder o = base().build();
        assertThat(o.status()).isEqualTo(OrderStatus.PLANNED);
        assertThat(o.priority()).isEqualTo(3);
        assertThat(o.location()).isEqualTo("MAIN");
        assertThat(o.operations()).isEmpty();
        assertThat(o.received()).isZero();
    }

    @Test
    void build_makeToOrder_linksDemand() {
        ProductionOrder o = base().type(OrderType.MAKE_TO_ORDER).demand("SO-1001").priority(1).build();
        assertThat(o.demand()).contains("SO-1001");
        assertThat(o.priority()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1"})
    void quantity_notPositive_rejected(String q) {
        assertRule(() -> base().quantity(new BigDecimal(q)).build(), "QTY_NOT_POSITIVE", "order[PO-1].quantity");
    }

    @Test
    void quantity_absurdScale_rejected() {
        assertRule(() -> base().quantity(new BigDecimal("1e-100000000")).build(), "SCALE_EXCEEDED",
                "order[PO-1].quantity");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -3})
    void priority_outOfRange_rejected(int p) {
        assertRule(() -> base().priority(p).build(), "PRIORITY_INVALID", "order[PO-1].priority");
    }

    @Test
    void demand_mustMatchType() {
        assertRule(() -> base().type(OrderType.MAKE_TO_ORDER).build(), "VALUE_MISSING", "order[PO-1].demand");
        assertRule(() -> base().demand("SO-1").build(), "TX_FIELD_INVALID", "order[PO-1].demand");
    }

    @Test
    void dates_inverted_rejected() {
        assertRule(() -> base().plannedEnd(DAY.minusDays(1)).build(), "DATES_INVERTED", "order[PO-1].plannedEnd");
    }

    @Test
    void id_andLocation_invalid_rejected() {
        assertRule(() -> ProductionOrderId.of(" "), "ID_INVALID", "order.id");
        assertRule(() -> base().location("").build(), "ID_INVALID", "order[PO-1].location");
    }

    @Test
    void build_collectsEveryProblem() {
        assertThatThrownBy(() -> base().quantity(BigDecimal.ZERO).priority(9).plannedEnd(DAY.minusDays(1)).build())
                .isInstanceOfSatisfying(dev.mfg.core.error.InvalidInputException.class,
                        e -> assertThat(e.problems()).hasSize(3));
    }

    /** The allowed graph, written out by hand from the issue text. */
    static final Set<String> ALLOWED = Set.of("PLANNED>RELEASED", "PLANNED>CANCELLED", "RELEASED>IN_PROGRESS",
            "RELEASED>CANCELLED", "IN_PROGRESS>QUALITY_HOLD", "IN_PROGRESS>COMPLETED", "IN_PROGRESS>CANCELLED",
            "QUALITY_HOLD>IN_PROGRESS", "QUALITY_HOLD>CANCELLED");

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void withStatusChecked_everyPair_followsTheGraph(OrderStatus from) {
        ProductionOrder o = base().status(from).build();
        for (OrderStatus to : EnumSet.allOf(OrderStatus.class)) {
            boolean allowed = ALLOWED.contains(from + ">" + to);
            assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed);
            if (allowed) {
                assertThat(o.withStatusChecked(to).status()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> o.withStatusChecked(to)).isInstanceOfSatisfying(
                        IllegalTransitionException.class, e -> {
                            assertThat(e.state()).isEqualTo(from.name());
                            assertThat(e.attempted()).isEqualTo(to.name());
                            assertThat(e.getMessage()).contains("order PO-1");
                        });
            }
        }
        assertThat(from.isOpen()).isEqualTo(from != OrderStatus.COMPLETED && from != OrderStatus.CANCELLED);
    }
}
