package dev.mfg.testkit.cli;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.ManufacturingException;
import dev.mfg.core.error.Problem;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code mfg.jar}. Maps outcomes to exit codes: 0 success, 2 bad input or usage (one line per
 * problem), 1 internal error (with the stack trace, since it is a bug).
 *
 * @since 0.1
 */
@Command(name = "mfg", mixinStandardHelpOptions = true, version = "mfg 0.1.0-SNAPSHOT",
        description = "Manufacturing core: plan, cost, explode and validate scenarios; generate synthetic ones.",
        subcommands = {PlanCommand.class, CostCommand.class, ExplodeCommand.class, ValidateCommand.class,
            GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit status for bad input or usage. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit status for an internal error. */
    public static final int EXIT_INTERNAL = 1;

    /** Creates the root command (picocli instantiates it). */
    public Main() {}

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // The command line is an application: it chooses SLF4J's no-operation provider (part of slf4j-api), so the
        // engines' optional DEBUG diagnostics stay silent without a "no providers" warning on standard error.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /**
     * One problem as one line: {@code PATH: RULE (VALUE): MESSAGE}, the message's advice line joined with a space,
     * for example {@code $.items[3].leadTimeDays: TIME_NEGATIVE (-2): The lead time must not be negative.}
     *
     * @param p the problem
     * @return the line
     */
    public static String describe(Problem p) {
        return p.path() + ": " + p.rule() + " (" + p.value().replace('\n', ' ') + "): "
                + p.message().replace('\n', ' ');
    }

    /**
     * Runs the command line with explicit streams (used by tests).
     *
     * @param out standard output
     * @param err standard error
     * @param args the arguments
     * @return the exit status
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException invalid) {
                for (Problem p : invalid.problems()) {
                    err.println(describe(p));
                }
                return EXIT_BAD_INPUT;
            }
            if (e instanceof java.io.UncheckedIOException io) {
                err.println("The file cannot be read: " + io.getCause().getMessage());
                return EXIT_BAD_INPUT;
            }
            if (e instanceof ManufacturingException || e instanceof IllegalArgumentException) {
                err.println(String.valueOf(e.getMessage()).replace('\n', ' '));
                return EXIT_BAD_INPUT;
            }
            err.println("internal error: " + e);
            e.printStackTrace(err);
            return EXIT_INTERNAL;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println(e.getMessage());
            return EXIT_BAD_INPUT;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }
}
