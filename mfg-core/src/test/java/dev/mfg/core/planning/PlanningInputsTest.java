package dev.mfg.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanningInputsTest {
    private static final ItemId SET = ItemId.of("SET-50");
    private static final LocalDate D = LocalDate.of(2026, 2, 2);

    @Test
    void demand_negativeQuantity_rejected() {
        assertThatThrownBy(() -> Demand.salesOrder("SO-1", SET, new BigDecimal("-1"), D))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.rule()).isEqualTo("QTY_NEGATIVE");
                    assertThat(e.path()).isEqualTo("demand[SO-1].quantity");
                });
    }

    @Test
    void demand_blankId_rejected() {
        assertThatThrownBy(() -> Demand.forecast(" ", SET, BigDecimal.ONE, D))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("ID_INVALID"));
    }

    @Test
    void demand_planningOrder_dateThenSalesOrderThenId() {
        List<Demand> list = new ArrayList<>(List.of(
                Demand.forecast("FC-1", SET, BigDecimal.ONE, D),
                Demand.salesOrder("SO-2", SET, BigDecimal.ONE, D),
                Demand.salesOrder("SO-1", SET, BigDecimal.ONE, D),
                Demand.salesOrder("SO-0", SET, BigDecimal.ONE, D.plusDays(1))));
        list.sort(Demand.PLANNING_ORDER);
        assertThat(list).extracting(Demand::id).containsExactly("SO-1", "SO-2", "FC-1", "SO-0");
    }

    @Test
    void scheduledReceipt_negative_rejected_andScaleChecked() {
        assertThatThrownBy(() -> ScheduledReceipt.of("PO-1", SET, new BigDecimal("-5"), D))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).isEqualTo("QTY_NEGATIVE"));
        assertThatThrownBy(() -> ScheduledReceipt.of("PO-1", SET, new BigDecimal("0.0000001"), D))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.rule()).isEqualTo("SCALE_EXCEEDED"));
        assertThat(ScheduledReceipt.of("PO-1", SET, new BigDecimal("500.0"), D).quantity()).isEqualTo(new BigDecimal("500"));
    }

    @Test
    void stockBalance_negativeAllowed_limitsChecked() {
        assertThat(StockBalance.of(SET, new BigDecimal("-3")).quantity()).isEqualByComparingTo("-3");
        assertThatThrownBy(() -> StockBalance.of(SET, new BigDecimal("1e20"))).isInstanceOf(InvalidInputException.class);
    }
}
