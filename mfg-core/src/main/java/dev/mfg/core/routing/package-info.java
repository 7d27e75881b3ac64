/**
 * Routings: the {@link dev.mfg.core.routing.Operation operations} that make an item, their
 * {@link dev.mfg.core.routing.OperationTimes times}, the {@link dev.mfg.core.routing.RoutingCatalog choice} of
 * the routing in force, and {@link dev.mfg.core.routing.RoutingScheduler backward and forward scheduling} on
 * the work centers' calendars (seed 004 §1.3, seed 003).
 */
@NullMarked
package dev.mfg.core.routing;

import org.jspecify.annotations.NullMarked;
