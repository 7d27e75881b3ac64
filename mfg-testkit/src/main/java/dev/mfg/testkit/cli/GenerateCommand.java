package dev.mfg.testkit.cli;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.testkit.generate.ModelGenerator;
import dev.mfg.testkit.generate.ScenarioFileSink;
import dev.mfg.testkit.generate.SizeTier;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate --size S|M|L|XL [--seed N] --out FILE}: writes a valid synthetic {@code mfg-scenario/1} file
 * ({@link ModelGenerator}), streamed section by section ({@link ScenarioFileSink}) so that even XL needs little
 * memory. Deterministic: the same size and seed give a byte-identical file. The seed defaults to 42. For L and XL
 * progress lines ({@code generate: items 100000}) go to standard error. The file is written to
 * {@code FILE.partial} and moved over {@code FILE} only when complete.
 *
 * @since 0.1
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a valid synthetic scenario: S 1k items, M 100k, L 1M, XL 5M (deterministic per seed).")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--size", required = true, paramLabel = "S|M|L|XL",
            description = "The size tier: ${COMPLETION-CANDIDATES}.")
    SizeTier size;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "The seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The scenario file to write.")
    Path out;

    /** Created by picocli. */
    public GenerateCommand() {}

    @Override
    public Integer call() {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "--out", out,
                    "The directory of the output file (" + parent + ") does not exist.");
        }
        if (Files.isDirectory(out)) {
            throw InvalidInputException.of(RuleCode.VALUE_MISSING, "--out", out,
                    "The output (" + out + ") is a directory.\nMaybe add a file name such as s.json.");
        }
        boolean large = size == SizeTier.L || size == SizeTier.XL;
        PrintWriter err = spec.commandLine().getErr();
        Path partial = out.resolveSibling(out.getFileName() + ".partial");
        long started = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
                ScenarioFileSink sink = new ScenarioFileSink(w, (section, n) -> {
                    if (large) {
                        err.println("generate: " + section + " " + n);
                        err.flush();
                    }
                })) {
            ModelGenerator.seeded(seed).generate(size, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (large) {
            err.println("generate: done in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            err.flush();
        }
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
