package dev.mfg.core.production;

import dev.mfg.core.error.Problems;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.internal.MfgStyle;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.resource.ToolId;
import dev.mfg.core.resource.WorkCenterId;
import java.math.BigDecimal;
import java.util.Optional;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.immutables.value.Value;

/**
 * One operation of a released production order (seed 001 {@code work_order_steps}), with its frozen materials and
 * its progress: pieces in, cumulative good and scrapped pieces over its completion {@link #reports() reports}, the
 * latest scrap reason and tool cycles.
 *
 * <p>An IN_PROGRESS operation takes several reports (one per shift or pallet); {@link OperationStatus#COMPLETED}
 * means closed: a report closed it, and no more reports are accepted. A report can be reversed
 * ({@link ProductionService#reverseReport}): it stays in {@link #reports()} for the audit trail, its
 * {@link #reversals() reversal} is recorded, and only the {@link #liveReports() live reports} count in
 * {@link #good()}, {@link #scrap()} and {@link #toolCycles()}. Reversing the report that closed the operation
 * re-opens it.
 *
 * <p>Immutable and thread-safe. Quantities must be ≥ 0 and good + scrap ≤ quantity in ({@code QTY_EXCEEDS_INPUT});
 * when reports are recorded, the good and scrap of the live ones add up to {@link #good()} and {@link #scrap()},
 * their keys are distinct, and every reversal names a recorded report, once, under a key of its own
 * ({@code COMPLETION_REPORTS_MISMATCH}). Operations without recorded reports (stored before partial
 * reports existed) are accepted as they are.
 *
 * @since 0.1
 */
@Value.Immutable
@MfgStyle
public abstract class OrderOperation {

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the operation number (10, 20, ...)} */
    public abstract int no();

    /** {@return the description} By default empty. */
    @Value.Default
    public String description() {
        return "";
    }

    /** {@return the work center} */
    public abstract WorkCenterId workCenter();

    /** {@return the tool or mold, if any} */
    public abstract Optional<ToolId> tool();

    /** {@return the pieces per tool cycle} By default 1. */
    @Value.Default
    public int cavities() {
        return 1;
    }

    /** {@return the status} By default PENDING. */
    @Value.Default
    public OperationStatus status() {
        return OperationStatus.PENDING;
    }

    /**
     * {@return pieces entering the operation: the order quantity for the first, for the others the previous
     * operation's cumulative good so far (it grows with each of that operation's reports)}
     */
    @Value.Default
    public BigDecimal quantityIn() {
        return BigDecimal.ZERO;
    }

    /** {@return good pieces reported, Σ over the reports} By default 0. */
    @Value.Default
    public BigDecimal good() {
        return BigDecimal.ZERO;
    }

    /** {@return scrapped pieces reported, Σ over the reports} By default 0. */
    @Value.Default
    public BigDecimal scrap() {
        return BigDecimal.ZERO;
    }

    /** {@return why pieces were scrapped: the reason of the latest report with scrap, if any had scrap} */
    public abstract Optional<ScrapReason> scrapReason();

    /**
     * {@return tool cycles used: ⌈(good + scrap) / cavities⌉ over the cumulative quantities when the operation has a
     * tool, else 0} Counted on the cumulative pieces, so several reports count what one report of the totals would.
     */
    @Value.Default
    public long toolCycles() {
        return 0;
    }

    /** {@return the materials consumed at this operation} By default none. */
    @Value.Default
    public ImmutableList<OrderMaterial> materials() {
        return Lists.immutable.empty();
    }

    /** {@return the key of the start command, once started} */
    public abstract Optional<String> startKey();

    /** {@return the key of the report that closed the operation, once closed} */
    public abstract Optional<String> completionKey();

    /** {@return the shift the latest report was made in, if it gave one} */
    public abstract Optional<String> shift();

    /** {@return the completion reports, in reporting order} By default none. */
    @Value.Default
    public ImmutableList<OperationReport> reports() {
        return Lists.immutable.empty();
    }

    /**
     * {@return the reversals of reports, in reversal order} By default none. A reversed report stays in
     * {@link #reports()}.
     */
    @Value.Default
    public ImmutableList<ReportReversal> reversals() {
        return Lists.immutable.empty();
    }

    /** {@return the reports that are not reversed, in reporting order: those {@link #good()} and {@link #scrap()} sum} */
    public final ImmutableList<OperationReport> liveReports() {
        if (reversals().isEmpty()) {
            return reports();
        }
        return reports().reject(r -> isReversed(r.key()));
    }

    /**
     * @param reportKey a report key
     * @return the reversal of that report, if it was reversed
     */
    public final Optional<ReportReversal> reversalOf(String reportKey) {
        return Optional.ofNullable(reversals().detect(r -> r.reportKey().equals(reportKey)));
    }

    /**
     * @param reportKey a report key
     * @return whether that report was reversed
     */
    public final boolean isReversed(String reportKey) {
        return reversals().anySatisfy(r -> r.reportKey().equals(reportKey));
    }

    /** {@return the keys of the {@link #reports()} (live and reversed), in reporting order} */
    public final ImmutableList<String> reportKeys() {
        return reports().collect(OperationReport::key);
    }

    /** {@return good + scrap reported so far} */
    public final BigDecimal processed() {
        return Decimals.strip(good().add(scrap()));
    }

    /**
     * @param key a command key
     * @return the report recorded under that key, if any
     */
    public final Optional<OperationReport> report(String key) {
        return Optional.ofNullable(reports().detect(r -> r.key().equals(key)));
    }

    /**
     * @param component a component
     * @return its material at this operation, if any
     */
    public final Optional<OrderMaterial> material(ItemId component) {
        return Optional.ofNullable(materials().detect(m -> m.component().equals(component)));
    }

    @Value.Check
    final void check() {
        Problems p = new Problems();
        String path = "operation[" + no() + "]";
        if (no() <= 0) {
            p.add(RuleCode.OPERATION_NO_INVALID, path + ".no", no(), "The operation number must be positive.");
        }
        if (cavities() < 1) {
            p.add(RuleCode.CAVITIES_INVALID, path + ".cavities", cavities(), "Cavities must be at least 1.");
        }
        for (BigDecimal v : new BigDecimal[] {quantityIn(), good(), scrap()}) {
            p.collect(() -> Decimals.checkQuantity(v, path + ".quantity"));
            if (v.signum() < 0) {
                p.add(RuleCode.QTY_NEGATIVE, path + ".quantity", v.toPlainString(), "Quantities must not be negative.");
            }
        }
        if (good().add(scrap()).compareTo(quantityIn()) > 0) {
            p.add(RuleCode.QTY_EXCEEDS_INPUT, path + ".good", good().add(scrap()).toPlainString(),
                    "Good plus scrap (" + good().add(scrap()).toPlainString() + ") exceeds the quantity in ("
                            + quantityIn().toPlainString() + ") of operation (" + no() + ").");
        }
        if (p.isEmpty() && reports().notEmpty()) {
            ImmutableList<OperationReport> live = liveReports();
            BigDecimal g = live.injectInto(BigDecimal.ZERO, (s, r) -> s.add(r.report().good()));
            BigDecimal s = live.injectInto(BigDecimal.ZERO, (t, r) -> t.add(r.report().scrap()));
            if (g.compareTo(good()) != 0 || s.compareTo(scrap()) != 0) {
                p.add(RuleCode.COMPLETION_REPORTS_MISMATCH, path + ".reports", g.toPlainString() + " good, "
                        + s.toPlainString() + " scrap", "The reports of operation (" + no() + ") add up to ("
                        + g.toPlainString() + ") good and (" + s.toPlainString() + ") scrap, not (" + good().toPlainString()
                        + ") and (" + scrap().toPlainString() + ").");
            }
            if (reports().collect(OperationReport::key).toSet().size() != reports().size()) {
                p.add(RuleCode.COMPLETION_REPORTS_MISMATCH, path + ".reports", reportKeys().makeString(", "),
                        "The report keys of operation (" + no() + ") repeat (" + reportKeys().makeString(", ") + ").");
            }
        }
        java.util.Set<String> reversed = new java.util.HashSet<>();
        java.util.Set<String> reversalKeys = new java.util.HashSet<>();
        for (ReportReversal r : reversals()) {
            if (report(r.reportKey()).isEmpty() || !reversed.add(r.reportKey()) || !reversalKeys.add(r.key())
                    || report(r.key()).isPresent()) {
                p.add(RuleCode.COMPLETION_REPORTS_MISMATCH, path + ".reversals", r.key() + " -> " + r.reportKey(),
                        "The reversal (" + r.key() + ") of operation (" + no() + ") must name a recorded report ("
                                + r.reportKey() + ") not reversed before, under a key used by no report or other"
                                + " reversal.");
            }
        }
        if (toolCycles() < 0) {
            p.add(RuleCode.QTY_NEGATIVE, path + ".toolCycles", toolCycles(), "Tool cycles must not be negative.");
        }
        p.throwIfAny();
    }

    /** Builds {@link OrderOperation} values. */
    public static final class Builder extends ImmutableOrderOperation.Builder {
        Builder() {}
    }
}
