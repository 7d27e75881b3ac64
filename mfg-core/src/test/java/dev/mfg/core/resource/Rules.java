package dev.mfg.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.error.InvalidInputException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertion on the rule code and field path of an {@link InvalidInputException}. */
final class Rules {
    private Rules() {}

    static void assertRule(ThrowingCallable call, String rule, String path) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.path()).isEqualTo(path);
        });
    }
}
