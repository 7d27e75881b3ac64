/**
 * The library's exceptions: one unchecked root, {@link dev.mfg.core.error.ManufacturingException}, and a few
 * subclasses that carry their evidence (rule code, field path and value; the cycle's path; the expected and
 * actual versions). Validation reports every {@link dev.mfg.core.error.Problem} of an object graph at once.
 */
@NullMarked
package dev.mfg.core.error;

import org.jspecify.annotations.NullMarked;
