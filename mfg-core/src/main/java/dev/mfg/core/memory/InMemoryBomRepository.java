package dev.mfg.core.memory;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomId;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.spi.BomRepository;
import java.util.Objects;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * The in-memory bills of material. Thread-safe. {@link #findByItem} is a range scan of the sorted map over the
 * item's keys ({@link BomId} orders by item first): O(log n + the item's BOMs).
 *
 * @since 0.1
 */
public final class InMemoryBomRepository extends InMemoryRepository<BomId, Bom> implements BomRepository {
    /** Creates an empty repository. */
    public InMemoryBomRepository() {
        super("bom");
    }

    @Override
    public ImmutableList<Bom> findByItem(ItemId item) {
        Objects.requireNonNull(item, "item");
        return findRun(BomId.of(item, SMALLEST_ID_TEXT), id -> id.item().equals(item));
    }
}
