package dev.mfg.core.bom;

import dev.mfg.core.internal.Ids;
import dev.mfg.core.item.ItemId;
import java.util.Objects;

/**
 * The identity of a {@link Bom}: its item and version. Printed as {@code ITEM@version} ({@code SET-50@1}).
 *
 * @param item the item the BOM makes
 * @param version the version label, 1–64 characters
 * @since 0.1
 */
public record BomId(ItemId item, String version) implements Comparable<BomId> {

    /** Validates both parts. */
    public BomId {
        Objects.requireNonNull(item, "item");
        Ids.check(version, "bom.version");
    }

    /**
     * @param item the item
     * @param version the version
     * @return the id
     */
    public static BomId of(ItemId item, String version) {
        return new BomId(item, version);
    }

    /** Orders by item, then version. */
    @Override
    public int compareTo(BomId o) {
        int c = item.compareTo(o.item);
        return c != 0 ? c : version.compareTo(o.version);
    }

    /** {@return {@code ITEM@version}} */
    @Override
    public String toString() {
        return item + "@" + version;
    }
}
