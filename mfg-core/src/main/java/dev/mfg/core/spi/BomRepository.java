package dev.mfg.core.spi;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomId;
import dev.mfg.core.item.ItemId;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Storage of bills of material ({@link Bom}), every version of every item's BOM, keyed by {@link BomId}
 * (item, version): {@code idOf(bom) == bom.id()}. Keys order by item first, then by version compared as text,
 * so {@link #findAll()} lists the BOMs item by item.
 *
 * <pre>{@code
 * long v = boms.save(setBom, 0);                              // SET-50@1, version 1
 * ImmutableList<Bom> all = boms.findByItem(ItemId.of("SET-50")); // [SET-50@1, SET-50@2, ...]
 * }</pre>
 *
 * <p>Keeps the contract of {@link Repository} (see the package documentation); the conformance kit's
 * {@code BomRepositoryContract} checks an implementation.
 *
 * @since 0.1
 */
public interface BomRepository extends Repository<BomId, Bom> {

    /**
     * {@inheritDoc}
     *
     * @return {@code value.id()}: its item and version
     */
    @Override
    default BomId idOf(Bom value) {
        return value.id();
    }

    /**
     * Every stored BOM of one item, whatever its type, status or effectivity; choosing the BOM in force is the
     * caller's job. Only BOMs whose {@link Bom#item()} equals {@code item} exactly: an item whose code merely
     * starts with the same text ({@code A} and {@code AB}) is another item. Implementations should answer from
     * an index on the item (a range scan of keys ordered by item first), not by scanning every BOM.
     *
     * @param item the item made
     * @return its BOMs in {@link BomId} order (by version, compared as text: {@code "1" < "10" < "2"}); empty if
     *         the item has none
     */
    ImmutableList<Bom> findByItem(ItemId item);
}
