package dev.mfg.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mfg.core.item.ItemId;
import dev.mfg.core.spi.Repository;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.list.ImmutableList;
import org.junit.jupiter.api.Test;

/**
 * Conformance of a repository whose values belong to an item in several versions (BOMs, routings), keyed by
 * (item, version) and searchable with {@code findByItem}: only that exact item's values, sorted by id.
 *
 * <p>The fixture uses item codes that defeat the usual shortcuts of an adapter: {@code A} and {@code AB}
 * (prefix match, {@code LIKE 'A%'}), {@code A@X} (a key column {@code item@version} scanned with prefix
 * {@code A@}), {@code A-} (sorts between {@code A} and {@code A@X}), {@code a} (case-insensitive collation), and
 * versions {@code !}, {@code 10}, {@code 2}, {@code ~} whose text order differs from their numeric order.
 *
 * @param <K> the id type
 * @param <V> the value type
 * @param <R> the repository type
 * @since 0.1
 */
public interface ItemScopedRepositoryContract<K extends Comparable<? super K>, V, R extends Repository<K, V>>
        extends RepositoryContract<K, V> {

    @Override
    R newRepository();

    /**
     * @param item the item made
     * @param version the version
     * @param i an index choosing among valid variants of content
     * @return a valid value of that item and version
     */
    V sampleOf(ItemId item, String version, int i);

    /**
     * @param value a value
     * @return the item it belongs to
     */
    ItemId itemOf(V value);

    /**
     * @param value a value
     * @return its version
     */
    String versionOf(V value);

    /**
     * @param repository the repository
     * @param item an item
     * @return {@code repository.findByItem(item)}
     */
    ImmutableList<V> findByItem(R repository, ItemId item);

    /** Saves the prefix fixture in a scrambled order; returns the repository. */
    private R prefixFixture() {
        R repo = newRepository();
        String[][] ids = {
            {"AB", "1"}, {"A", "2"}, {"A@X", "1"}, {"A", "10"}, {"B", "1"}, {"A-", "1"}, {"A", "~"}, {"A", "!"},
            {"Ä", "1"}, {"a", "1"}
        };
        for (int i = 0; i < ids.length; i++) {
            repo.save(sampleOf(ItemId.of(ids[i][0]), ids[i][1], i), 0);
        }
        return repo;
    }

    private List<String> versions(ImmutableList<V> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(itemOf(v).value() + "@" + versionOf(v)));
        return out;
    }

    /** Only the exact item's values, sorted by version as text, returned whole. */
    @Test
    default void findByItem_itemsSharingPrefix_onlyThatItemSortedById() {
        R repo = prefixFixture();
        // By hand: A's versions as text: '!'(33) < '1'(49) so "!" < "10"; "10" < "2" at the first character;
        // '2'(50) < '~'(126).
        assertThat(versions(findByItem(repo, ItemId.of("A")))).containsExactly("A@!", "A@10", "A@2", "A@~");
        assertThat(versions(findByItem(repo, ItemId.of("AB")))).containsExactly("AB@1");
        assertThat(versions(findByItem(repo, ItemId.of("A@X")))).containsExactly("A@X@1");
        assertThat(versions(findByItem(repo, ItemId.of("A-")))).containsExactly("A-@1");
        assertThat(versions(findByItem(repo, ItemId.of("a")))).containsExactly("a@1");
        assertThat(versions(findByItem(repo, ItemId.of("Ä")))).containsExactly("Ä@1");
        // Whole values: the fixture saved A@10 as variant 3.
        assertThat(findByItem(repo, ItemId.of("A")).get(1)).isEqualTo(sampleOf(ItemId.of("A"), "10", 3));
    }

    /** An item without values gives an empty list, also when its code is a prefix of, or between, stored ones. */
    @Test
    default void findByItem_unknownItem_empty() {
        assertThat(findByItem(newRepository(), ItemId.of("A"))).isEmpty();
        R repo = prefixFixture();
        for (String unknown : List.of("0", "AA", "A@", "Z", "ä", "A@X@1")) {
            assertThat(findByItem(repo, ItemId.of(unknown))).as("findByItem(%s)", unknown).isEmpty();
        }
    }

    /** Updates and deletes show at once in {@code findByItem}. */
    @Test
    default void findByItem_afterUpdateAndDelete_currentState() {
        R repo = prefixFixture();
        V a2 = sampleOf(ItemId.of("A"), "2", 1);
        V changed = modified(a2, 42);
        repo.save(changed, 1);
        repo.delete(repo.idOf(sampleOf(ItemId.of("A"), "!", 7)), 1);
        ImmutableList<V> found = findByItem(repo, ItemId.of("A"));
        assertThat(versions(found)).containsExactly("A@10", "A@2", "A@~");
        assertThat(counterOf(found.get(1))).isEqualTo(42);
    }

    /** Over the kit's samples (three items, unicode and 64-character ids), each item's values are exactly its own. */
    @Test
    default void findByItem_samples_partitionFindAll() {
        R repo = newRepository();
        for (int i = 11; i >= 0; i--) {
            repo.save(sample(i), 0);
        }
        ImmutableList<V> all = repo.findAll();
        List<ItemId> items = new ArrayList<>();
        all.forEach(v -> {
            if (!items.contains(itemOf(v))) {
                items.add(itemOf(v));
            }
        });
        assertThat(items).hasSize(3);
        int total = 0;
        for (ItemId item : items) {
            ImmutableList<V> found = findByItem(repo, item);
            assertThat(found).as("findByItem(%s)", item)
                    .containsExactlyElementsOf(all.select(v -> itemOf(v).equals(item)));
            total += found.size();
        }
        assertThat(total).isEqualTo(12);
    }
}
