package dev.mfg.testkit.scenario;

/**
 * Hears how far a {@link ScenarioReader} has got in a large file (see
 * {@link ScenarioReader#withProgress(ReadProgress, int)}). Called on the reading thread; it should be quick.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ReadProgress {
    /** A listener that ignores every report. */
    ReadProgress NONE = (section, elements, bytesRead) -> { };

    /**
     * One report.
     *
     * @param section the top-level array being read ({@code items}, {@code boms}, ...)
     * @param elements how many of its elements have been read so far
     * @param bytesRead how many bytes of the input have been consumed, or -1 if unknown
     */
    void report(String section, long elements, long bytesRead);
}
