/**
 * The repository conformance kit: JUnit 5 test interfaces ("traits") with default test methods that an
 * integrator implements for their own store with a few lines.
 *
 * <pre>{@code
 * class JdbcItemRepositoryTest implements ItemRepositoryContract {
 *     @Override public ItemRepository newRepository() { return new JdbcItemRepository(freshDataSource()); }
 * }
 * }</pre>
 *
 * The kit's first customer is the in-memory store, which runs it in this project's build.
 */
@NullMarked
package dev.mfg.testkit.contract;

import org.jspecify.annotations.NullMarked;
