/** Action messages of a plan: what a planner should do about an order, a receipt or a demand. */
@NullMarked
package dev.mfg.mrp.message;

import org.jspecify.annotations.NullMarked;
