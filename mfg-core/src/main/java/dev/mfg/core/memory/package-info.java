/**
 * The embedded default store: thread-safe in-memory implementations of every {@link dev.mfg.core.spi}
 * repository. Reads never block; each write is an atomic compare-and-set on the record's version. The production
 * order store and the material ledger are the exceptions: each guards reads and writes with one lock, so that
 * {@link dev.mfg.core.memory.InMemoryUnitOfWork} can make a command's writes to both atomic (other threads wait
 * while a unit of work is open on them).
 */
@NullMarked
package dev.mfg.core.memory;

import org.jspecify.annotations.NullMarked;
