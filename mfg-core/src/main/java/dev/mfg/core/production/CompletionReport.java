package dev.mfg.core.production;

import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an operator reports on an operation: one shift's or one pallet's good and scrapped pieces. An operation
 * takes one or several reports, each under its own command key; their quantities add up on the operation.
 *
 * <p><b>Closing.</b> A report {@link #closes() closes} the operation by default ({@link #of}, {@link #good}), so a
 * caller that reports an operation once behaves as before partial reports existed. A partial report
 * ({@link #partial}, {@link #asPartial()}) leaves it open for more reports; the operation still closes by itself
 * when a report brings its cumulative good + scrap to the quantity that entered it and its predecessor is closed
 * (nothing more can come). {@link #closing()} closes an operation that already has reports without reporting more
 * pieces.
 *
 * <pre>{@code
 * CompletionReport first = CompletionReport.partial(BigDecimal.valueOf(40), BigDecimal.valueOf(2),
 *         Optional.of(ScrapReason.QUALITY_DEFECT)).withShift("S1");
 * CompletionReport second = CompletionReport.of(BigDecimal.valueOf(55), BigDecimal.valueOf(3),
 *         Optional.of(ScrapReason.MACHINE_ERROR)).withShift("S2"); // closes
 * }</pre>
 *
 * @param good good pieces of this report, ≥ 0
 * @param scrap scrapped pieces of this report, ≥ 0; with scrap a reason is required
 * @param reason why pieces were scrapped
 * @param shift the shift reporting (tags the transactions; PER_SHIFT issue level: one report per shift)
 * @param actualUse per material, the quantity actually used by this report (in the material's unit), replacing
 *     the policy's share for this report: more than required is over-consumption, recorded as such
 * @param closes whether this report closes the operation (true for {@link #of} and {@link #good})
 * @since 0.1
 */
public record CompletionReport(BigDecimal good, BigDecimal scrap, Optional<ScrapReason> reason,
        Optional<String> shift, Map<ItemId, BigDecimal> actualUse, boolean closes) {

    /** Validates non-null components and copies the map. */
    public CompletionReport {
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(scrap, "scrap");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(shift, "shift");
        actualUse = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(actualUse, "actualUse")));
    }

    /**
     * A report that closes the operation (the form before partial reports existed).
     *
     * @param good good pieces
     * @param scrap scrapped pieces
     * @param reason the scrap reason
     * @param shift the shift
     * @param actualUse actual use per material
     */
    public CompletionReport(BigDecimal good, BigDecimal scrap, Optional<ScrapReason> reason, Optional<String> shift,
            Map<ItemId, BigDecimal> actualUse) {
        this(good, scrap, reason, shift, actualUse, true);
    }

    /**
     * @param good good pieces
     * @param scrap scrapped pieces
     * @param reason the scrap reason, or null-free {@link Optional#empty()} when nothing was scrapped
     * @return a report that closes the operation, without shift or actual use
     */
    public static CompletionReport of(BigDecimal good, BigDecimal scrap, Optional<ScrapReason> reason) {
        return new CompletionReport(good, scrap, reason, Optional.empty(), Map.of(), true);
    }

    /**
     * @param good good pieces
     * @param scrap scrapped pieces
     * @param reason the scrap reason, or {@link Optional#empty()} when nothing was scrapped
     * @return a partial report that leaves the operation open, without shift or actual use
     */
    public static CompletionReport partial(BigDecimal good, BigDecimal scrap, Optional<ScrapReason> reason) {
        return new CompletionReport(good, scrap, reason, Optional.empty(), Map.of(), false);
    }

    /**
     * @param good good pieces
     * @return a report without scrap that closes the operation
     */
    public static CompletionReport good(long good) {
        return of(BigDecimal.valueOf(good), BigDecimal.ZERO, Optional.empty());
    }

    /**
     * A report of no further pieces that closes an operation which already has reports (the pieces still missing
     * were lost, or the predecessor closed short). Rejected ({@code QTY_NOT_POSITIVE}) as the first report.
     *
     * @return the closing report
     */
    public static CompletionReport closing() {
        return of(BigDecimal.ZERO, BigDecimal.ZERO, Optional.empty());
    }

    /**
     * @param shift the shift
     * @return a copy reported in that shift
     */
    public CompletionReport withShift(String shift) {
        return new CompletionReport(good, scrap, reason, Optional.of(shift), actualUse, closes);
    }

    /**
     * @param material a material of the operation
     * @param quantity what this report really used, in the material's unit
     * @return a copy with that actual use
     */
    public CompletionReport withActualUse(ItemId material, BigDecimal quantity) {
        Map<ItemId, BigDecimal> m = new TreeMap<>(actualUse);
        m.put(material, quantity);
        return new CompletionReport(good, scrap, reason, shift, m, closes);
    }

    /**
     * @param closes whether the report closes the operation
     * @return a copy with that flag
     */
    public CompletionReport withCloses(boolean closes) {
        return new CompletionReport(good, scrap, reason, shift, actualUse, closes);
    }

    /** {@return a copy that leaves the operation open} */
    public CompletionReport asPartial() {
        return withCloses(false);
    }

    /**
     * Whether two reports say the same, comparing quantities by value ({@code 2} and {@code 2.0} are the same):
     * the test a retry under the same key must pass.
     *
     * @param other another report
     * @return true if every field is the same, quantities compared numerically
     */
    public boolean sameAs(CompletionReport other) {
        Objects.requireNonNull(other, "other");
        if (good.compareTo(other.good) != 0 || scrap.compareTo(other.scrap) != 0 || !reason.equals(other.reason)
                || !shift.equals(other.shift) || closes != other.closes
                || actualUse.size() != other.actualUse.size()) {
            return false;
        }
        Iterator<Map.Entry<ItemId, BigDecimal>> a = actualUse.entrySet().iterator();
        Iterator<Map.Entry<ItemId, BigDecimal>> b = other.actualUse.entrySet().iterator();
        while (a.hasNext()) {
            Map.Entry<ItemId, BigDecimal> x = a.next();
            Map.Entry<ItemId, BigDecimal> y = b.next();
            if (!x.getKey().equals(y.getKey()) || x.getValue().compareTo(y.getValue()) != 0) {
                return false;
            }
        }
        return true;
    }
}
