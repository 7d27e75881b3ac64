/**
 * The manufacturing BOM (seed 003 §3, §6.2): one product's routing operations, each with the materials it
 * consumes and their quantities for an order size — the unified view of BOM and routing that MRP (need dates
 * per operation), costing (material per operation) and execution (per-operation shortage checks) share.
 */
@NullMarked
package dev.mfg.core.manufacturing;

import org.jspecify.annotations.NullMarked;
