package dev.mfg.core.inventory;

import java.util.Objects;

/**
 * The outcome of one leg of a rejected batch: the failing leg's rule ({@code INSUFFICIENT_STOCK},
 * {@code RETURN_EXCEEDS_ISSUED}, {@code IDEMPOTENCY_CONFLICT}, {@code BACKDATED}, {@code UOM_INCOMPATIBLE}),
 * every other leg {@code LINKED_FAILED}.
 *
 * @param index the leg's position in the batch, from 0
 * @param key the leg's idempotency key
 * @param rule the rule
 * @since 0.1
 */
public record LegResult(int index, String key, String rule) {
    /** The rule of a leg that was valid but not applied because another leg failed. */
    public static final String LINKED_FAILED = "LINKED_FAILED";

    /** Validates non-null components. */
    public LegResult {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
    }
}
