/** Scenario format, command line, reference scenarios, generators, conformance kit and benchmarks. */
@NullMarked
package dev.mfg.testkit;

import org.jspecify.annotations.NullMarked;
