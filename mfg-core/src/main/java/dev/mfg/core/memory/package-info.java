/**
 * The embedded default store: thread-safe in-memory implementations of every {@link dev.mfg.core.spi}
 * repository. Reads never block; each write is an atomic compare-and-set on the record's version.
 */
@NullMarked
package dev.mfg.core.memory;

import org.jspecify.annotations.NullMarked;
