package dev.mfg.core.production;

import java.time.Instant;
import java.util.Objects;

/**
 * One completion report recorded on an operation: its command key, what was reported and when. The operation
 * keeps them in reporting order; a retry of the same key must carry the same report and time. A reversed report stays
 * here; its {@link ReportReversal} is in {@link OrderOperation#reversals()}.
 *
 * @param key the command key the report was posted under (its transactions are {@code key/1}, {@code key/2}, ...)
 * @param report what was reported
 * @param at when it was reported
 * @since 0.1
 */
public record OperationReport(String key, CompletionReport report, Instant at) {

    /** Validates non-null components. */
    public OperationReport {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(at, "at");
    }

    /**
     * @param report a report
     * @param at a time
     * @return whether a command with this report and time is a retry of this one
     */
    public boolean sameAs(CompletionReport report, Instant at) {
        return this.report.sameAs(report) && this.at.equals(at);
    }
}
