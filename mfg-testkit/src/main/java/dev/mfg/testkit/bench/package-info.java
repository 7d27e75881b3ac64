/**
 * JMH benchmarks over the generator's size ladder, with fixed seeds. Never run by the test suite.
 *
 * <pre>{@code
 * ./mvnw -B -ntp -q -DskipTests package
 * java -jar mfg-testkit/target/benchmarks.jar ExplosionBenchmark -p tier=S,M
 * }</pre>
 */
@NullMarked
package dev.mfg.testkit.bench;

import org.jspecify.annotations.NullMarked;
