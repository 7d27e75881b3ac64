/**
 * The scenario interchange format {@code mfg-scenario/1}: the {@link dev.mfg.testkit.scenario.Scenario} model,
 * a strict, streaming {@link dev.mfg.testkit.scenario.ScenarioReader} that reports every problem with its JSON path
 * (and reads generated L and XL files without a tree of the whole text), and a
 * deterministic {@link dev.mfg.testkit.scenario.ScenarioWriter}. The contract is
 * {@code shared/spec/scenario-format.md}; the additions this implementation makes to it are documented on
 * {@link dev.mfg.testkit.scenario.ScenarioReader}.
 */
@NullMarked
package dev.mfg.testkit.scenario;

import org.jspecify.annotations.NullMarked;
