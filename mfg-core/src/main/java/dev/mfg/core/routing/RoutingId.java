package dev.mfg.core.routing;

import dev.mfg.core.internal.Ids;
import dev.mfg.core.item.ItemId;
import java.util.Comparator;
import java.util.Objects;

/**
 * The identity of a {@link Routing}: the item it makes and its version. Ordered by item, then version.
 *
 * @param item the item made
 * @param version the version, 1–64 characters
 * @since 0.1
 */
public record RoutingId(ItemId item, String version) implements Comparable<RoutingId> {
    private static final Comparator<RoutingId> ORDER =
            Comparator.comparing(RoutingId::item).thenComparing(RoutingId::version);

    /** Validates the version ({@code ID_INVALID} at {@code routing.version}). */
    public RoutingId {
        Objects.requireNonNull(item, "item");
        Ids.check(version, "routing.version");
    }

    /**
     * @param item the item
     * @param version the version
     * @return the id
     */
    public static RoutingId of(ItemId item, String version) {
        return new RoutingId(item, version);
    }

    @Override
    public int compareTo(RoutingId o) {
        return ORDER.compare(this, o);
    }

    /** {@return {@code ITEM@VERSION}, as used in field paths} */
    @Override
    public String toString() {
        return item + "@" + version;
    }
}
