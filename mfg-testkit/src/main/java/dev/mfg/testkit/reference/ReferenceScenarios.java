package dev.mfg.testkit.reference;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.masterdata.MasterData;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The bundled reference scenarios, by name.
 *
 * @since 0.1
 */
public final class ReferenceScenarios {
    private static final Map<String, Supplier<MasterData>> BY_NAME = new TreeMap<>(Map.of(
            "melamine", MelamineSet::masterData));

    private ReferenceScenarios() {}

    /** {@return the names of the bundled scenarios, sorted} */
    public static Iterable<String> names() {
        return BY_NAME.keySet();
    }

    /**
     * @param name a scenario name
     * @return its master data
     * @throws InvalidInputException if there is no scenario of that name
     */
    public static MasterData masterData(String name) {
        Supplier<MasterData> s = BY_NAME.get(name);
        if (s == null) {
            throw InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "scenario", name,
                    "There is no bundled scenario named (" + name + ").\nMaybe use one of " + BY_NAME.keySet()
                            + ".");
        }
        return s.get();
    }
}
