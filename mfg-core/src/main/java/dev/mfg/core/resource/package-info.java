/**
 * Production resources: {@link dev.mfg.core.resource.WorkCenter work centers} with their capacity and rates,
 * {@link dev.mfg.core.resource.Tool tools and molds}, and {@link dev.mfg.core.resource.WorkCalendar work
 * calendars} with exact working-time arithmetic (seed 004 §1.4–1.5).
 */
@NullMarked
package dev.mfg.core.resource;

import org.jspecify.annotations.NullMarked;
