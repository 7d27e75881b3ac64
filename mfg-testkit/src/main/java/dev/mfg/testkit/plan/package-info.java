/**
 * Planning a {@link dev.mfg.testkit.scenario.Scenario} and presenting the result: the scenario-to-snapshot
 * adapter and the {@code mfg-plan/1} JSON and table writers behind the {@code plan} command.
 */
@NullMarked
package dev.mfg.testkit.plan;

import org.jspecify.annotations.NullMarked;
