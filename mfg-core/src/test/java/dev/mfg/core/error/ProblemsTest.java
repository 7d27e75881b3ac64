package dev.mfg.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eclipse.collections.api.factory.Lists;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void throwIfAny_empty_doesNothing() {
        Problems p = new Problems();
        p.throwIfAny();
        assertThat(p.isEmpty()).isTrue();
        assertThat(p.toList()).isEmpty();
    }

    @Test
    void throwIfAny_reportsEveryProblemInOrder() {
        Problems p = new Problems()
                .add(RuleCode.SCRAP_OUT_OF_RANGE, "bom[A@1].lines[0].scrapPercent", "100", "too much")
                .add(RuleCode.QTY_NEGATIVE, "bom[A@1].lines[1].quantity", "-1", "negative");
        assertThatThrownBy(p::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(Problem::rule).containsExactly("SCRAP_OUT_OF_RANGE", "QTY_NEGATIVE");
            assertThat(e.rule()).isEqualTo("SCRAP_OUT_OF_RANGE");
            assertThat(e.path()).isEqualTo("bom[A@1].lines[0].scrapPercent");
            assertThat(e.value()).isEqualTo("100");
            assertThat(e.hasRule(RuleCode.QTY_NEGATIVE)).isTrue();
            assertThat(e.hasRule(RuleCode.BOM_CYCLE)).isFalse();
            assertThat(e.getMessage()).startsWith("2 problems:").contains("QTY_NEGATIVE at bom[A@1].lines[1].quantity (-1)");
        });
    }

    @Test
    void collect_gathersNestedValidationFailures() {
        Problems p = new Problems();
        p.collect(() -> {
            throw InvalidInputException.of(RuleCode.ID_INVALID, "item.id", "", "blank");
        });
        p.collect(() -> { });
        assertThat(p.toList()).hasSize(1);
        assertThat(p.toList().getFirst().rule()).isEqualTo("ID_INVALID");
    }

    @Test
    void collect_otherExceptions_propagate() {
        assertThatThrownBy(() -> new Problems().collect(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void invalidInput_withoutProblems_rejected() {
        assertThatThrownBy(() -> new InvalidInputException(Lists.immutable.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void problem_blankRule_rejected() {
        assertThatThrownBy(() -> new Problem(" ", "p", "v", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Problem("R", null, "v", "m")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void problem_toString_isTheReportedLine() {
        assertThat(Problem.of(RuleCode.LIMIT, "item[X].leadTimeDays", 9999, "too long").toString())
                .isEqualTo("LIMIT at item[X].leadTimeDays (9999): too long");
    }
}
