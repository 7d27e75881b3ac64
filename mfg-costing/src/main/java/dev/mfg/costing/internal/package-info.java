/** Implementations behind the costing interfaces; not part of the API. */
@NullMarked
package dev.mfg.costing.internal;

import org.jspecify.annotations.NullMarked;
