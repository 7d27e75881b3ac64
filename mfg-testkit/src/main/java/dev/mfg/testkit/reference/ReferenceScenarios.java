package dev.mfg.testkit.reference;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.masterdata.MasterData;
import dev.mfg.testkit.scenario.Scenario;
import dev.mfg.testkit.scenario.ScenarioReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bundled reference scenarios, by name, read from the JSON resources {@code /scenarios/NAME.json} of this
 * jar:
 * <ul>
 *   <li>{@code melamine}: seed 004's melamine dinner set: the 50-piece set's 4-level BOM (the numbers of
 *       {@link MelamineSet}), two press groups of two presses (WC-PRESS, 3 shifts, 85 %, piece rate,
 *       bottleneck), six molds (four mounted; MOLD-CUP with 4 cavities), the dish routing (press 70 s, cooling
 *       queue, deflash, sanding, grading), powder bought per KG, and a quarter of demand (12 weekly buckets from
 *       2026-01-05);</li>
 *   <li>{@code widget}: seed 003's FG-WIDGET-001: FDM-POOL with four printers, five operations carrying their
 *       materials, and 3 boxes on hand for an order of 10 (can start OP-10, blocked at OP-50);</li>
 *   <li>{@code factory}: seed 001's supply-chain factory at small scale: two factories (Chicago FAC-CHI, Munich
 *       FAC-MUC, as each work center's {@code plantLocation}) with four work centers each, covering the seed's
 *       five types (assembly, machining, fabrication, testing, packaging; efficiency rating 0.xx and hourly rate
 *       kept in the work center's extensions), four products with 3–5-step routings named after the seed's
 *       operations, make-to-order sales orders (controller, gearbox) and make-to-stock forecasts (sensor), 8
 *       weekly buckets from 2026-01-05;</li>
 *   <li>{@code weekly-build}: seed 000's week at Opulo: a desktop pick-and-place machine (PNP-LUMEN) with four
 *       sub-assemblies (frame, gantry, toolhead, electronics), this week's build BATCH-0001 (12 machines, due
 *       Friday 2026-01-09) as a scheduled receipt, the open sales orders it ships, and the purchase forecast for
 *       BATCH-0002: 14 machines a week, the simple average of the 90 days of sales history kept in the file's
 *       extensions (180 machines / 90 days × 7), 4 weekly buckets.</li>
 * </ul>
 * Scenarios are read once and cached (they are immutable).
 *
 * @since 0.1
 */
public final class ReferenceScenarios {
    private static final List<String> NAMES = List.of("factory", "melamine", "weekly-build", "widget");
    private static final Map<String, Scenario> CACHE = new ConcurrentHashMap<>();

    private ReferenceScenarios() {}

    /** {@return the names of the bundled scenarios, sorted} */
    public static List<String> names() {
        return NAMES;
    }

    /** {@return the {@code melamine} scenario} */
    public static Scenario melamine() {
        return scenario("melamine");
    }

    /** {@return the {@code factory} scenario (seed 001)} */
    public static Scenario factory() {
        return scenario("factory");
    }

    /** {@return the {@code weekly-build} scenario (seed 000)} */
    public static Scenario weeklyBuild() {
        return scenario("weekly-build");
    }

    /** {@return the {@code widget} scenario} */
    public static Scenario widget() {
        return scenario("widget");
    }

    /**
     * @param name a scenario name
     * @return the bundled scenario
     * @throws InvalidInputException if there is no scenario of that name
     */
    public static Scenario scenario(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAMES.contains(name)) {
            throw InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "scenario", name,
                    "There is no bundled scenario named (" + name + ").\nMaybe use one of " + NAMES
                            + ", or give the path of a scenario file.");
        }
        return CACHE.computeIfAbsent(name, ReferenceScenarios::load);
    }

    private static Scenario load(String name) {
        try (InputStream in = ReferenceScenarios.class.getResourceAsStream("/scenarios/" + name + ".json")) {
            if (in == null) {
                throw new IllegalStateException("The resource /scenarios/" + name + ".json is missing.");
            }
            return ScenarioReader.create().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name a scenario name
     * @return its master data
     * @throws InvalidInputException if there is no scenario of that name
     */
    public static MasterData masterData(String name) {
        return scenario(name).masterData();
    }

    /**
     * Resolves a command-line scenario argument: an existing file is read (strictly), otherwise the argument
     * must be the name of a bundled scenario.
     *
     * @param fileOrName a file path or a bundled scenario's name
     * @return the scenario
     * @throws InvalidInputException with every problem of the file, or if it is neither a file nor a name
     */
    public static Scenario fileOrName(String fileOrName) {
        Objects.requireNonNull(fileOrName, "fileOrName");
        if (NAMES.contains(fileOrName)) {
            return scenario(fileOrName);
        }
        Path path;
        try {
            path = Path.of(fileOrName);
        } catch (java.nio.file.InvalidPathException e) {
            path = null;
        }
        if (path == null || !Files.isRegularFile(path)) {
            throw InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "scenario", fileOrName,
                    "There is no scenario file or bundled scenario named (" + fileOrName + ").\nMaybe use one of "
                            + NAMES + ", or give the path of a scenario file.");
        }
        return ScenarioReader.create().read(path);
    }
}
