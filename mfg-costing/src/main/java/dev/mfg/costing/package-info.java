/** Standard cost rollup, actual cost and variances over the core model. */
@NullMarked
package dev.mfg.costing;

import org.jspecify.annotations.NullMarked;
