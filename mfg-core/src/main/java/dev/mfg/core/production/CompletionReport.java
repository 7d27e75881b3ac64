package dev.mfg.core.production;

import dev.mfg.core.item.ItemId;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Collections;

/**
 * What an operator reports when completing an operation.
 *
 * @param good good pieces, ≥ 0
 * @param scrap scrapped pieces, ≥ 0; with scrap a reason is required
 * @param reason why pieces were scrapped
 * @param shift the shift reporting (tags the transactions; PER_SHIFT issue level)
 * @param actualUse per material, the quantity actually used (in the material's unit), replacing the policy's:
 *     more than required is over-consumption, recorded as such
 * @since 0.1
 */
public record CompletionReport(BigDecimal good, BigDecimal scrap, Optional<ScrapReason> reason,
        Optional<String> shift, Map<ItemId, BigDecimal> actualUse) {

    /** Validates non-null components and copies the map. */
    public CompletionReport {
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(scrap, "scrap");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(shift, "shift");
        actualUse = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(actualUse, "actualUse")));
    }

    /**
     * @param good good pieces
     * @param scrap scrapped pieces
     * @param reason the scrap reason, or null-free {@link Optional#empty()} when nothing was scrapped
     * @return the report, without shift or actual use
     */
    public static CompletionReport of(BigDecimal good, BigDecimal scrap, Optional<ScrapReason> reason) {
        return new CompletionReport(good, scrap, reason, Optional.empty(), Map.of());
    }

    /**
     * @param good good pieces
     * @return a report without scrap
     */
    public static CompletionReport good(long good) {
        return of(BigDecimal.valueOf(good), BigDecimal.ZERO, Optional.empty());
    }

    /**
     * @param shift the shift
     * @return a copy reported in that shift
     */
    public CompletionReport withShift(String shift) {
        return new CompletionReport(good, scrap, reason, Optional.of(shift), actualUse);
    }

    /**
     * @param material a material of the operation
     * @param quantity what was really used, in the material's unit
     * @return a copy with that actual use
     */
    public CompletionReport withActualUse(ItemId material, BigDecimal quantity) {
        Map<ItemId, BigDecimal> m = new TreeMap<>(actualUse);
        m.put(material, quantity);
        return new CompletionReport(good, scrap, reason, shift, m);
    }
}
