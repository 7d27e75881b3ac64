package dev.mfg.mrp;

import dev.mfg.core.item.ItemId;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The time-phased record of one item: its low-level code and one row per bucket, in bucket order.
 *
 * @param item the item
 * @param lowLevelCode its low-level code (0 for an item in no BOM)
 * @param records one row per bucket
 * @since 0.1
 */
public record ItemPlan(ItemId item, int lowLevelCode, ImmutableList<PlanRecord> records) {}
