package dev.mfg.testkit.cli;

import dev.mfg.core.error.InvalidInputException;
import dev.mfg.core.error.RuleCode;
import dev.mfg.core.item.ItemId;
import dev.mfg.testkit.scenario.Scenario;

/** Checks shared by the commands that take an item of a scenario ({@code cost}, {@code explode}). */
final class CommandInputs {
    private CommandInputs() {}

    /**
     * {@return the id of {@code item}, an item of the loaded scenario}
     *
     * @param loaded the scenario
     * @param item the {@code --item} value
     * @param scenario the scenario as named on the command line, for the message
     * @throws InvalidInputException {@code REFERENCE_UNKNOWN} at {@code --item} if the scenario has no such item
     */
    static ItemId requireItem(Scenario loaded, String item, String scenario) {
        ItemId id = ItemId.of(item);
        if (loaded.masterData().item(id).isEmpty()) {
            throw InvalidInputException.of(RuleCode.REFERENCE_UNKNOWN, "--item", item,
                    "The item (" + item + ") is not in scenario (" + scenario + ").");
        }
        return id;
    }
}
