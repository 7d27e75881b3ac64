/**
 * Planning buckets: the {@link dev.mfg.mrp.horizon.PlanningHorizon} of DAY, WEEK or MONTH
 * {@link dev.mfg.mrp.horizon.BucketSize buckets} that every time-phased MRP record is indexed by (the
 * {@code planning} object of the scenario format).
 */
@NullMarked
package dev.mfg.mrp.horizon;

import org.jspecify.annotations.NullMarked;
