package dev.mfg.testkit.cli;

import dev.mfg.testkit.reference.ReferenceScenarios;
import dev.mfg.testkit.scenario.Scenario;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate SCENARIO}: reads a scenario file (or a bundled scenario) strictly. Prints {@code valid} and
 * exits 0, or prints every problem with its JSON path, one per line on standard error ({@link Main#describe}),
 * and exits 2. No engine runs.
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

    /** Created by picocli. */
    public ValidateCommand() {}

    @Override
    public Integer call() {
        Scenario s = ReferenceScenarios.fileOrName(scenario); // throws with every problem: mapped to exit 2
        spec.commandLine().getOut().println("valid");
        spec.commandLine().getOut().flush();
        return s == null ? Main.EXIT_INTERNAL : 0;
    }
}
