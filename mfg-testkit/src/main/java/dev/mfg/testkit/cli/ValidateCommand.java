package dev.mfg.testkit.cli;

import dev.mfg.testkit.reference.ReferenceScenarios;
import dev.mfg.testkit.scenario.Scenario;
import dev.mfg.testkit.scenario.ScenarioLimits;
import dev.mfg.testkit.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate SCENARIO}: reads a scenario file (or a bundled scenario) strictly. Prints {@code valid} and
 * exits 0, or prints every problem with its JSON path, one per line on standard error ({@link Main#describe}),
 * and exits 2. No engine runs.
 *
 * <p>{@code --max-file-size} (also on {@code plan}) bounds the file, checked before it is opened: 16 GiB by default,
 * enough for generated XL scenarios (the library's own default, {@link ScenarioLimits#maxFileBytes()}, stays at
 * 256 MiB). Files of {@value #PROGRESS_FILE_BYTES} bytes or more, or any file when a console is attached, report
 * their reading progress on standard error.
 *
 * @since 0.1
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario: every problem with its JSON path on standard error (exit 2), or 'valid'.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (mfg-scenario/1 JSON) or a bundled scenario: factory, melamine, weekly-build, widget.")
    String scenario;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = DEFAULT_MAX_FILE_SIZE,
            description = "Largest scenario file accepted, checked before reading: bytes or a size such as 512M, "
                    + "16G (binary units). Default: ${DEFAULT-VALUE}.")
    String maxFileSize;

    /** The command line's default file-size limit: room for generated XL scenarios. */
    static final String DEFAULT_MAX_FILE_SIZE = "16G";
    /** Files at least this large report reading progress on standard error (64 MiB). */
    static final long PROGRESS_FILE_BYTES = 64L << 20;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*([KMGT]?)(?:I?B)?");

    /** Created by picocli. */
    public ValidateCommand() {}

    @Override
    public Integer call() {
        // throws with every problem: mapped to exit 2
        Scenario s = load(scenario, maxFileSize, spec.commandLine().getErr());
        spec.commandLine().getOut().println("valid");
        spec.commandLine().getOut().flush();
        return s == null ? Main.EXIT_INTERNAL : 0;
    }

    /**
     * @param size bytes, or a number with K, M, G or T (binary: 16G = 16 × 2^30), optionally followed by B or iB
     * @return the bytes
     * @throws IllegalArgumentException if it is not such a size or not positive
     */
    static long bytes(String size) {
        Matcher m = SIZE.matcher(size.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("The file size (" + size + ") must be bytes or a size such as 512M"
                    + " or 16G.");
        }
        int shift = switch (m.group(2)) {
            case "K" -> 10;
            case "M" -> 20;
            case "G" -> 30;
            case "T" -> 40;
            default -> 0;
        };
        try {
            long n = Long.parseLong(m.group(1));
            if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
                throw new IllegalArgumentException("The file size (" + size + ") must be positive and below 8 EiB.");
            }
            return n << shift;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The file size (" + size + ") is too large.");
        }
    }

    /**
     * Reads a scenario file with the given size limit (and progress on {@code err} for large files), or returns a
     * bundled scenario by name.
     *
     * @param fileOrName a file path or a bundled scenario's name
     * @param maxFileSize the {@code --max-file-size} option
     * @param err standard error, for progress
     * @return the scenario
     */
    static Scenario load(String fileOrName, String maxFileSize, PrintWriter err) {
        long limit = bytes(maxFileSize);
        Path path = null;
        if (!ReferenceScenarios.names().contains(fileOrName)) {
            try {
                path = Path.of(fileOrName);
            } catch (InvalidPathException e) {
                path = null;
            }
        }
        if (path == null || !Files.isRegularFile(path)) {
            return ReferenceScenarios.fileOrName(fileOrName); // a bundled scenario, or the "no such file" problem
        }
        ScenarioReader reader = ScenarioReader.create(ScenarioLimits.builder().maxFileBytes(limit).build());
        long size;
        try {
            size = Files.size(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (size < PROGRESS_FILE_BYTES && System.console() == null) {
            return reader.read(path);
        }
        long start = System.nanoTime();
        String total = mb(size);
        reader = reader.withProgress((section, elements, bytesRead) -> {
            err.printf(Locale.ROOT, "reading %s: %,d read, %s of %s MB, %.1f s%n", section, elements,
                    bytesRead < 0 ? "?" : mb(bytesRead), total, (System.nanoTime() - start) / 1e9);
            err.flush();
        }, ScenarioReader.DEFAULT_PROGRESS_EVERY);
        Scenario s = reader.read(path);
        err.printf(Locale.ROOT, "read %s (%s MB) in %.1f s%n", path, total, (System.nanoTime() - start) / 1e9);
        err.flush();
        return s;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,d", bytes >> 20);
    }
}
