/**
 * Items (materials, parts, products) and their planning and costing settings: {@link dev.mfg.core.item.Item},
 * {@link dev.mfg.core.item.ItemId}, {@link dev.mfg.core.item.LotSizing} and the enums of the item master.
 */
@NullMarked
package dev.mfg.core.item;

import org.jspecify.annotations.NullMarked;
