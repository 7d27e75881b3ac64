package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mfg.core.item.Item;
import dev.mfg.core.item.ItemId;
import dev.mfg.core.spi.ItemRepository;
import dev.mfg.core.spi.Versioned;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.collections.api.factory.Lists;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/** The kit must catch broken adapters: one that ignores versions (last writer wins) fails it. */
class BrokenRepositoryFailsContractTest {

    /** Ignores expected versions entirely and is not thread-safe. */
    static final class LastWriterWins implements ItemRepository {
        private final TreeMap<ItemId, Versioned<Item>> map = new TreeMap<>();

        @Override
        public Optional<Versioned<Item>> findVersioned(ItemId id) {
            return Optional.ofNullable(map.get(id));
        }

        @Override
        public ImmutableList<Item> findAll() {
            return Lists.immutable.fromStream(map.values().stream().map(Versioned::value));
        }

        @Override
        public int count() {
            return map.size();
        }

        @Override
        public long save(Item value, long expectedVersion) {
            long next = map.containsKey(value.id()) ? map.get(value.id()).version() + 1 : 1;
            map.put(value.id(), new Versioned<>(value, next));
            return next;
        }

        @Override
        public void delete(ItemId id, long expectedVersion) {
            map.remove(id);
        }
    }

    private final ItemRepositoryContract kit = () -> new LastWriterWins();

    @Test
    void staleWriteCheck_catchesLastWriterWins() {
        assertThatThrownBy(kit::save_staleVersion_rejectedAndUnchanged).isInstanceOf(AssertionError.class);
    }

    @Test
    void insertCheck_catchesLastWriterWins() {
        assertThatThrownBy(kit::save_insertOverExisting_rejected).isInstanceOf(AssertionError.class);
    }

    @Test
    void deleteCheck_catchesLastWriterWins() {
        assertThatThrownBy(kit::delete_currentVersion_removes).isInstanceOf(AssertionError.class);
    }
}
