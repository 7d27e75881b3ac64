package dev.mfg.core.error;

/**
 * Two effectivity windows of the same parent (BOM or routing versions of one item) overlap, so the version in
 * force on a date would be ambiguous.
 *
 * @since 0.1
 */
public final class EffectivityConflictException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    private final String existingId;
    private final String overlap;

    /**
     * @param existingId the id of the version already in force
     * @param overlap the overlapping window, as text
     * @param path the field path of the conflicting version
     */
    public EffectivityConflictException(String existingId, String overlap, String path) {
        super(new Problem(RuleCode.EFFECTIVITY_OVERLAP.name(), path, overlap,
                "The effectivity overlaps (" + overlap + ") with (" + existingId + ")."
                        + "\nMaybe end the earlier version the day the new one starts."));
        this.existingId = existingId;
        this.overlap = overlap;
    }

    /** {@return the id of the version it conflicts with} */
    public String existingId() {
        return existingId;
    }

    /** {@return the overlapping window} */
    public String overlap() {
        return overlap;
    }
}
