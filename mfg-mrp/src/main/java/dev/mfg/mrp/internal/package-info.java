/** The multi-level MRP engine behind {@link dev.mfg.mrp.MrpPlanner}; not part of the public API. */
@NullMarked
package dev.mfg.mrp.internal;

import org.jspecify.annotations.NullMarked;
