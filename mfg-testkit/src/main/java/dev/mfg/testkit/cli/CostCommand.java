package dev.mfg.testkit.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Decimals;
import dev.mfg.core.quantity.Money;
import dev.mfg.costing.CostElement;
import dev.mfg.costing.CostGap;
import dev.mfg.costing.CostPresentation;
import dev.mfg.costing.CostReport;
import dev.mfg.costing.CostRollup;
import dev.mfg.costing.CostingOptions;
import dev.mfg.costing.MaterialCost;
import dev.mfg.costing.OperationCost;
import dev.mfg.testkit.reference.ReferenceScenarios;
import dev.mfg.testkit.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cost SCENARIO --item ID [--lot-size N] [--date D] [--json]}: the standard cost rollup of one unit of an
 * item, by element and by routing operation (scenario-format.md, "Costing semantics").
 *
 * <ul>
 *   <li>The lot size defaults to the item's {@code costingLotSize}, else 1; the date to the scenario's planning
 *       start; the currency is the scenario's {@code currency} (a scenario without one cannot be costed: exit 2,
 *       {@code VALUE_MISSING} at {@code currency}).</li>
 *   <li>Money is computed exactly and rounded only here, for display: half-even to the currency's minor unit plus
 *       4 places ({@link CostPresentation#forDisplay}); quantities and minutes half-up to 6 places.</li>
 *   <li>{@code --json} prints {@code mfg-cost/1}: {@code format, item, lotSize, currency, unitCost{material, labor,
 *       machine, setup, overhead, tooling, total}, operations[{no, workCenter, setupMinutes, runMinutesPerUnit,
 *       labor, machine, setup, overhead, tooling, material, materials[{component, quantity, uom, cost}]}]} and
 *       three extensions: {@code date}; {@code unassignedMaterials} (same shape as {@code materials}: the lines
 *       of an item costed without a routing), only when there are some; and {@code gaps[{item, reason,
 *       message}]}, always. {@code unitCost.total} is the item's unit cost: Σ elements, except for a BOM with co-
 *       or by-products, where it is the main product's allocated cost and {@code unitCost.jointTotal} (another
 *       extension) holds Σ elements. {@code runMinutesPerUnit} is the nominal time, before efficiency.</li>
 *   <li>A rollup with gaps (a missing standard cost, ...) still exits 0: the gaps are printed with the result and
 *       also on standard error, one per line {@code gap: ITEM REASON: message}.</li>
 * </ul>
 *
 * @since 0.1
 */
@Command(name = "cost", mixinStandardHelpOptions = true,
        description = "Standard cost of one unit of an item, by operation and element (exact, rounded for display).")
public final class CostCommand implements Callable<Integer> {
    /** The format identifier of {@code cost --json} output. */
    public static final String FORMAT = "mfg-cost/1";

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A scenario file (mfg-scenario/1 JSON) or a bundled scenario: factory, melamine, weekly-build, widget.")
    String scenario;

    @Option(names = "--item", required = true, paramLabel = "ID", description = "The item to cost.")
    String item;

    @Option(names = "--lot-size", paramLabel = "N",
            description = "Costing lot size (setup and BATCH lines are spread over it); default: the item's "
                    + "costingLotSize, else 1.")
    BigDecimal lotSize;

    @Option(names = "--date", paramLabel = "D",
            description = "Date selecting BOMs, routings and lines in force (ISO-8601); default: the planning start.")
    LocalDate date;

    @Option(names = "--json", description = "Print mfg-cost/1 JSON instead of a table.")
    boolean json;

    /** Created by picocli. */
    public CostCommand() {}

    @Override
    public Integer call() {
        Scenario loaded = ReferenceScenarios.fileOrName(scenario);
        ItemId id = CommandInputs.requireItem(loaded, item, scenario);
        if (loaded.currency().isEmpty()) {
            throw InvalidInputException.of(RuleCode.VALUE_MISSING, "currency", scenario,
                    "The scenario (" + scenario + ") has no currency, so it cannot be costed."
                            + "\nMaybe add \"currency\": \"USD\" (or its real currency) to the file.");
        }
        CostingOptions.Builder options = CostingOptions.builder()
                .currency(loaded.currency().get().getCurrencyCode())
                .date(date != null ? date : loaded.planning().start());
        if (lotSize != null) {
            options.lotSize(lotSize);
        }
        CostReport report = CostRollup.create().rollUp(loaded.masterData(), id, rebase(options));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            writeJson(report, out);
        } else {
            writeTable(report, out);
        }
        out.flush();
        if (!report.gaps().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            for (CostGap gap : report.gaps()) {
                err.println("gap: " + gap.item() + " " + gap.reason() + ": " + gap.message().replace('\n', ' '));
            }
            err.flush();
        }
        return 0;
    }

    /** Re-reports lot-size problems at the option's name, so the user sees which argument was wrong. */
    private static CostingOptions rebase(CostingOptions.Builder options) {
        try {
            return options.build();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().collect(p -> p.path().equals("costingOptions.lotSize")
                    ? new dev.mfg.core.error.Problem(p.rule(), "--lot-size", p.value(), p.message()) : p));
        }
    }

    private static String money(Money m) {
        return moneyNumber(m).toPlainString();
    }

    /** Rounded by {@link CostPresentation#forDisplay}, then shown with all its places (4.845 → 4.845000). */
    private static BigDecimal moneyNumber(Money m) {
        int places = Math.max(m.currency().getDefaultFractionDigits(), 0) + CostPresentation.EXTRA_PLACES;
        return CostPresentation.forDisplay(m).amount().setScale(places, java.math.RoundingMode.UNNECESSARY);
    }

    private static BigDecimal quantity(BigDecimal q) {
        return Decimals.roundQuantity(q);
    }

    static void writeTable(CostReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "Cost of 1 %s at lot size %s on %s (%s)%n", r.item(),
                Decimals.strip(r.lotSize()).toPlainString(), r.date(), r.currency().getCurrencyCode());
        String row = "%-5s %-14s %10s %10s %14s %14s %14s %14s %14s %14s%n";
        out.printf(Locale.ROOT, row, "OP", "WORK CENTER", "SETUP MIN", "RUN MIN", "LABOR", "MACHINE", "SETUP",
                "OVERHEAD", "TOOLING", "MATERIAL");
        for (OperationCost o : r.operations()) {
            out.printf(Locale.ROOT, row, o.no(), o.workCenter(), quantity(o.setupMinutes()).toPlainString(),
                    quantity(o.runMinutesPerUnit()).toPlainString(), money(o.labor()), money(o.machine()),
                    money(o.setup()), money(o.overhead()), money(o.tooling()), money(o.material()));
            for (MaterialCost m : o.materials()) {
                material(out, m);
            }
        }
        if (!r.unassignedMaterials().isEmpty()) {
            out.println("Materials not tied to an operation:");
            for (MaterialCost m : r.unassignedMaterials()) {
                material(out, m);
            }
        }
        out.println("Unit cost by element:");
        for (CostElement e : CostElement.values()) {
            out.printf(Locale.ROOT, "  %-10s %18s%n", e.name(), money(r.element(e)));
        }
        if (r.jointAllocation().isPresent()) {
            out.printf(Locale.ROOT, "  %-10s %18s%n", "JOINT", money(r.jointUnitCost()));
        }
        out.printf(Locale.ROOT, "  %-10s %18s%n", "TOTAL", money(r.unitCost()));
        if (!r.gaps().isEmpty()) {
            out.println("Gaps (counted as zero):");
            for (CostGap g : r.gaps()) {
                out.printf(Locale.ROOT, "  %s %s: %s%n", g.item(), g.reason(), g.message().replace('\n', ' '));
            }
        }
    }

    private static void material(PrintWriter out, MaterialCost m) {
        out.printf(Locale.ROOT, "      %-24s %16s %-6s %14s%s%n", m.component(),
                quantity(m.quantityPerUnit()).toPlainString(), m.uom(), money(m.cost()),
                m.costOnly() ? " (cost only)" : "");
    }

    static void writeJson(CostReport r, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.configure(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature(), true);
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeStringField("item", r.item().value());
            g.writeFieldName("lotSize");
            g.writeNumber(Decimals.strip(r.lotSize()));
            g.writeStringField("currency", r.currency().getCurrencyCode());
            g.writeStringField("date", r.date().toString());
            g.writeObjectFieldStart("unitCost");
            for (CostElement e : CostElement.values()) {
                g.writeFieldName(e.name().toLowerCase(Locale.ROOT));
                g.writeNumber(moneyNumber(r.element(e)));
            }
            g.writeFieldName("total");
            g.writeNumber(moneyNumber(r.unitCost()));
            if (r.jointAllocation().isPresent()) {
                g.writeFieldName("jointTotal");
                g.writeNumber(moneyNumber(r.jointUnitCost()));
            }
            g.writeEndObject();
            g.writeArrayFieldStart("operations");
            for (OperationCost o : r.operations()) {
                g.writeStartObject();
                g.writeNumberField("no", o.no());
                g.writeStringField("workCenter", o.workCenter().value());
                g.writeFieldName("setupMinutes");
                g.writeNumber(quantity(o.setupMinutes()));
                g.writeFieldName("runMinutesPerUnit");
                g.writeNumber(quantity(o.runMinutesPerUnit()));
                moneyField(g, "labor", o.labor());
                moneyField(g, "machine", o.machine());
                moneyField(g, "setup", o.setup());
                moneyField(g, "overhead", o.overhead());
                moneyField(g, "tooling", o.tooling());
                moneyField(g, "material", o.material());
                materials(g, "materials", o.materials());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!r.unassignedMaterials().isEmpty()) {
                materials(g, "unassignedMaterials", r.unassignedMaterials());
            }
            g.writeArrayFieldStart("gaps");
            for (CostGap gap : r.gaps()) {
                g.writeStartObject();
                g.writeStringField("item", gap.item().value());
                g.writeStringField("reason", gap.reason().name());
                g.writeStringField("message", gap.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static void moneyField(JsonGenerator g, String name, Money m) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(moneyNumber(m));
    }

    private static void materials(JsonGenerator g, String field, Iterable<MaterialCost> list) throws IOException {
        g.writeArrayFieldStart(field);
        for (MaterialCost m : list) {
            g.writeStartObject();
            g.writeStringField("component", m.component().value());
            g.writeFieldName("quantity");
            g.writeNumber(quantity(m.quantityPerUnit()));
            g.writeStringField("uom", m.uom().code());
            moneyField(g, "cost", m.cost());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
