package dev.mfg.core.production;

import java.time.Instant;
import java.util.Objects;

/**
 * The reversal of one completion report, recorded on its operation next to the report it reverses (which stays in
 * {@link OrderOperation#reports()} for the audit trail but no longer counts in the operation's good and scrap).
 *
 * @param key the command key of the reversal (its ledger transactions are {@code key/1}, {@code key/2}, ...)
 * @param reportKey the key of the reversed report, one of the operation's {@link OrderOperation#reports()}
 * @param at when the report was reversed
 * @since 0.1
 */
public record ReportReversal(String key, String reportKey, Instant at) {

    /** Validates non-null components. */
    public ReportReversal {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reportKey, "reportKey");
        Objects.requireNonNull(at, "at");
    }
}
