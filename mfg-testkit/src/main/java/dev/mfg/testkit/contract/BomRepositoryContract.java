package dev.mfg.testkit.contract;

import dev.mfg.core.bom.Bom;
import dev.mfg.core.bom.BomId;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.spi.BomRepository;
import java.math.BigDecimal;
import org.eclipse.collections.api.list.ImmutableList;

/**
 * Conformance of a {@link BomRepository}: the {@link RepositoryContract} and {@code findByItem}
 * ({@link ItemScopedRepositoryContract}). Samples are {@link Samples#bom(int)}: lines with substitutes,
 * co-products, effectivities, unicode and 64-character ids. The counter of {@link #modified} is encoded in the
 * base quantity ({@code n + 1}).
 *
 * <pre>{@code
 * class JdbcBomRepositoryTest implements BomRepositoryContract {
 *     @Override public BomRepository newRepository() { return new JdbcBomRepository(freshDataSource()); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface BomRepositoryContract extends ItemScopedRepositoryContract<BomId, Bom, BomRepository> {

    @Override
    BomRepository newRepository();

    /** {@return {@link Samples#bom(int)}} */
    @Override
    default Bom sample(int i) {
        return Samples.bom(i);
    }

    /** {@return {@link Samples#bom(ItemId, String, int)}} */
    @Override
    default Bom sampleOf(ItemId item, String version, int i) {
        return Samples.bom(item, version, i);
    }

    /** {@return the BOM with base quantity {@code n + 1}} */
    @Override
    default Bom modified(Bom value, int n) {
        return Bom.builder().from(value).baseQuantity(BigDecimal.valueOf(n + 1L)).build();
    }

    /** {@return the base quantity minus 1} */
    @Override
    default int counterOf(Bom value) {
        return value.baseQuantity().intValueExact() - 1;
    }

    @Override
    default ItemId itemOf(Bom value) {
        return value.item();
    }

    @Override
    default String versionOf(Bom value) {
        return value.version();
    }

    @Override
    default ImmutableList<Bom> findByItem(BomRepository repository, ItemId item) {
        return repository.findByItem(item);
    }
}
