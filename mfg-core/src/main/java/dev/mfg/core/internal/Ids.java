package dev.mfg.core.internal;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import java.util.Objects;

/** Validation shared by every id type: 1–64 characters, not blank, no control characters. */
public final class Ids {
    /** Longest id accepted. */
    public static final int MAX_LENGTH = 64;

    private Ids() {}

    /**
     * @param value the id text
     * @param path the field path for the error
     * @return the value
     * @throws InvalidInputException with {@link RuleCode#ID_INVALID}
     */
    public static String check(String value, String path) {
        Objects.requireNonNull(value, path);
        if (value.isBlank() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)
                || !value.equals(value.strip())) {
            throw InvalidInputException.of(RuleCode.ID_INVALID, path, value,
                    "An id must be 1-" + MAX_LENGTH + " characters, not blank, without control characters or"
                            + " surrounding spaces.");
        }
        return value;
    }
}
