package dev.mfg.core.bom;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.quantity.Uom;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of an indented (tree) explosion: one occurrence of a line on one path from the exploded item.
 *
 * <p>A record although it has seven components: it is a plain result row. The full path of a row is found by
 * following {@link #parentRow()} back to {@code -1}; rows do not hold it, so a 10,000-level tree stays linear
 * in size.
 *
 * @param level the depth below the exploded item (direct components: 1)
 * @param parentRow the index of the parent's row in the result, or -1 when the parent is the exploded item
 * @param parent the item whose BOM holds the line
 * @param line the line
 * @param quantity the requirement of this occurrence, exact
 * @param uom the unit of {@code quantity} (converted like the aggregated explosion)
 * @param phantom whether the component is a phantom (its own components follow it one level deeper)
 * @since 0.1
 */
public record TreeRow(int level, int parentRow, ItemId parent, BomLine line, BigDecimal quantity, Uom uom,
        boolean phantom) {
    /** Validates non-null. */
    public TreeRow {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(uom, "uom");
    }

    /** {@return the component of the line} */
    public ItemId component() {
        return line.component();
    }
}
