/**
 * The storage SPI: one repository interface per aggregate, which an integrator implements over any store.
 *
 * <h2>Contract shared by every repository ({@link dev.mfg.core.spi.Repository})</h2>
 * <ul>
 *   <li>Absent values are {@link java.util.Optional#empty()}, never null.</li>
 *   <li>Optimistic versions: an absent record has version 0; the first save expects 0 and stores version 1;
 *       every successful write increments the version by exactly 1; a write with a stale expected version throws
 *       {@link dev.mfg.core.error.ConcurrencyConflictException} and changes nothing.</li>
 *   <li>Values are immutable, so a repository never hands out a mutable alias.</li>
 *   <li>{@code findAll()} returns values sorted by id, so every output built from it is deterministic.</li>
 * </ul>
 * The conformance kit in {@code mfg-testkit} checks an implementation against this contract; the in-memory
 * implementation in {@code dev.mfg.core.memory} is the reference.
 */
@NullMarked
package dev.mfg.core.spi;

import org.jspecify.annotations.NullMarked;
