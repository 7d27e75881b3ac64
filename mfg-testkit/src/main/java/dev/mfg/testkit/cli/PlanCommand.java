package dev.mfg.testkit.cli;

import dev.mfg.mrp.MrpOptions;
import dev.mfg.mrp.MrpPlanner;
import dev.mfg.mrp.MrpResult;
import dev.mfg.mrp.PlanningSnapshot;
import dev.mfg.testkit.plan.PlanWriter;
import dev.mfg.testkit.plan.ScenarioPlanning;
import dev.mfg.testkit.scenario.Scenario;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code plan SCENARIO [--json] [--summary] [--threads N]}: regenerative MRP over the scenario's planning horizon
 * (scenario-format.md, "Plan"). A readable table by default; {@code --json} prints {@code mfg-plan/1} (byte-identical
 * for the same scenario, without {@code elapsedMillis}); {@code --summary} prints only the summary, whose
 * {@code elapsedMillis} is the planning engine's own time (not reading or writing). {@code --max-file-size} and the
 * reading progress of large files are as for {@link ValidateCommand}; a scenario of at least
 * {@value #PROGRESS_ITEMS} items also reports the start and end of planning on standard error.
 *
 * @since 0.1
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Time-phased MRP of a scenario: records, planned orders with pegging, messages, capacity.")
public final class PlanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (mfg-scenario/1 JSON) or a bundled scenario: factory, melamine, weekly-build, widget.")
    String scenario;

    @Option(names = "--json", description = "Print mfg-plan/1 JSON instead of tables.")
    boolean json;

    @Option(names = "--summary", description = "Print only the summary (items, planned orders, engine time).")
    boolean summary;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = ValidateCommand.DEFAULT_MAX_FILE_SIZE,
            description = "Largest scenario file accepted, checked before reading: bytes or a size such as 512M, "
                    + "16G (binary units). Default: ${DEFAULT-VALUE}.")
    String maxFileSize;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "Most threads the plan may use (MrpOptions.threads): 1 plans on one thread; 2 or more also "
                    + "adds up capacity load and pegging on a second thread. The plan is the same. "
                    + "Default: ${DEFAULT-VALUE}.")
    int threads;

    /** Scenarios with at least this many items report planning progress on standard error. */
    static final int PROGRESS_ITEMS = 50_000;

    /** Created by picocli. */
    public PlanCommand() {}

    @Override
    public Integer call() {
        Scenario loaded = ValidateCommand.load(scenario, maxFileSize, spec.commandLine().getErr());
        PlanningSnapshot snapshot = ScenarioPlanning.snapshot(loaded);
        PrintWriter err = spec.commandLine().getErr();
        int items = snapshot.masterData().items().size();
        MrpOptions options = MrpOptions.builder().from(ScenarioPlanning.options(loaded)).threads(threads).build();
        if (reportsProgress(items)) {
            err.printf(Locale.ROOT, "planning %,d items over %,d %s buckets%n", items, options.buckets(),
                    options.bucketSize());
            err.flush();
        }
        MrpResult plan = MrpPlanner.create(options).plan(snapshot);
        if (reportsProgress(items)) {
            err.printf(Locale.ROOT, "planned in %.1f s: %,d planned orders, %,d material requirements%n",
                    plan.summary().elapsedMillis() / 1e3, plan.plannedOrderCount(), plan.materialRequirementCount());
            err.flush();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (summary) {
            PlanWriter.writeSummaryJson(plan, out);
        } else if (json) {
            PlanWriter.writeJson(loaded.name().orElse(scenario), plan, out, false);
        } else {
            PlanWriter.writeTable(plan, out);
        }
        out.flush();
        return 0;
    }

    /** {@return whether planning this many items is long enough to report on standard error} */
    static boolean reportsProgress(int items) {
        return items >= PROGRESS_ITEMS;
    }
}
