package dev.mfg.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

    @Test
    void cyclicBom_carriesPathAndRule() {
        var e = new CyclicBomException(Lists.immutable.of("A", "B", "C", "A"), "bom[C@1]");
        assertThat(e.cycle()).containsExactly("A", "B", "C", "A");
        assertThat(e.rule()).isEqualTo("BOM_CYCLE");
        assertThat(e.getMessage()).contains("A -> B -> C -> A");
        assertThat(e).isInstanceOf(InvalidInputException.class).isInstanceOf(ManufacturingException.class);
    }

    @Test
    void limitExceeded_carriesLimitAndActual() {
        var e = new LimitExceededException("maxBomDepth", 1000, 1001, "bom");
        assertThat(e.limitName()).isEqualTo("maxBomDepth");
        assertThat(e.limit()).isEqualTo("1000");
        assertThat(e.actual()).isEqualTo("1001");
        assertThat(e.rule()).isEqualTo("LIMIT");
    }

    @Test
    void concurrencyConflict_isRetryableFamily() {
        var e = new ConcurrencyConflictException("item:A", 3, 4);
        assertThat(e).isInstanceOf(ConcurrencyException.class);
        assertThat(e.expected()).isEqualTo(3);
        assertThat(e.actual()).isEqualTo(4);
        assertThat(e.key()).isEqualTo("item:A");
        assertThat(e.getMessage()).contains("Maybe");
    }

    @Test
    void stateExceptions_nameStateAndMove() {
        var t = new IllegalTransitionException("order PO-7", "COMPLETED", "RELEASED");
        assertThat(t.state()).isEqualTo("COMPLETED");
        assertThat(t.attempted()).isEqualTo("RELEASED");
        assertThat(t.getMessage()).contains("PO-7").contains("COMPLETED").contains("RELEASED");
        var s = new InsufficientStockException("BOX", "MAIN", new BigDecimal("7"));
        assertThat(s.shortBy()).isEqualByComparingTo("7");
        assertThat(s).isInstanceOf(StateException.class);
        assertThat(new BackdatedPostingException("2026-01-01T00:00", "2026-02-01T00:00").getMessage())
                .contains("cut-off");
    }

    @Test
    void idempotencyConflict_namesKey() {
        assertThat(new IdempotencyConflictException("k-1").key()).isEqualTo("k-1");
    }

    @Test
    void effectivityConflict_andUnitConversion_haveRules() {
        assertThat(new EffectivityConflictException("A@1", "[2026-01-01, 2026-02-01)", "bom[A@2]").rule())
                .isEqualTo("EFFECTIVITY_OVERLAP");
        assertThat(new UnitConversionException("KG", "EA", "", "line").getMessage()).doesNotContain("item (");
    }
}
