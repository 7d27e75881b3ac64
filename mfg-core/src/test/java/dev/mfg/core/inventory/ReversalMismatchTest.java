package dev.mfg.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Quantity;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The comparison the ledger and actual costing share to reject a reversal that does not match its original. */
class ReversalMismatchTest {
    private static final Instant T = Instant.parse("2026-01-05T08:00:00Z");

    private static MaterialTransaction receipt(String key, String qty, String lot) {
        MaterialTransaction.Builder b = MaterialTransaction.builder().key(key).type(TransactionType.RECEIPT)
                .item(ItemId.of("RM-1")).quantity(Quantity.of(new BigDecimal(qty), Uom.EA)).location("MAIN").timestamp(T);
        if (lot != null) {
            b.lot(lot);
        }
        return b.build();
    }

    @Test
    void reversalMismatch_equalFieldsButKeyTimeAndReason_isEmpty() {
        MaterialTransaction original = receipt("R-1", "10", "L1");
        MaterialTransaction reversal = MaterialTransaction.builder().from(original).key("R-1-REV")
                .timestamp(T.plusSeconds(60)).reverses("R-1").reason("typo").build();
        assertThat(reversal.reversalMismatch(original)).isEmpty();
    }

    @Test
    void reversalMismatch_reportsTheFirstDifferingFieldInTheListedOrder() {
        MaterialTransaction original = receipt("R-1", "10", "L1");
        // Quantity and lot both differ: quantity comes first in REVERSAL_FIELDS.
        MaterialTransaction reversal = MaterialTransaction.builder().from(receipt("R-1-REV", "12", null))
                .reverses("R-1").build();
        assertThat(reversal.reversalMismatch(original)).contains("quantity");
        assertThat(reversal.reversalFieldText("lot")).isEqualTo(StockKey.NO_LOT);
        assertThat(original.reversalFieldText("lot")).isEqualTo("L1");
        assertThat(original.reversalFieldText("operation")).isEqualTo("none");
        assertThat(MaterialTransaction.REVERSAL_FIELDS).startsWith("type", "item", "quantity").endsWith("unitCost");
    }

    @Test
    void reversalFieldText_unknownField_throws() {
        assertThatThrownBy(() -> receipt("R-1", "1", null).reversalFieldText("reason"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
    }
}
