/**
 * Variances of a production order's actual inputs against a standard cost report, as pure functions; each
 * variance explains itself with its formula and numbers.
 */
@NullMarked
package dev.mfg.costing.variance;

import org.jspecify.annotations.NullMarked;
