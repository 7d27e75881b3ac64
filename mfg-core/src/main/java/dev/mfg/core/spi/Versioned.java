package dev.mfg.core.spi;

import java.util.Objects;

/**
 * A stored value with its optimistic version (≥ 1 for a stored record).
 *
 * @param value the value
 * @param version the version, starting at 1 and incremented by exactly 1 on every write
 * @param <T> the value type
 * @since 0.1
 */
public record Versioned<T>(T value, long version) {

    /** Validates the version. */
    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 1) {
            throw new IllegalArgumentException("A stored version starts at 1, was (" + version + ").");
        }
    }
}
