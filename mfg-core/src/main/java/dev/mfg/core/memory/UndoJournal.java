package dev.mfg.core.memory;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Map;

/**
 * The undo log of an in-memory store while a {@link InMemoryUnitOfWork} is open on it: each write records how to
 * restore what it overwrote, newest last; a rollback runs them backwards. Not thread-safe: used only under the
 * store's lock, which the unit of work holds from begin to end. Nested units push a mark (a savepoint).
 */
final class UndoJournal {
    private final ArrayList<Runnable> undo = new ArrayList<>();
    private final ArrayDeque<Integer> marks = new ArrayDeque<>();

    /** {@return whether a unit of work is open, so writes must be recorded} */
    boolean active() {
        return !marks.isEmpty();
    }

    /** Opens a (possibly nested) unit. */
    void begin() {
        marks.push(undo.size());
    }

    /**
     * Closes the innermost unit.
     *
     * @param commit true to keep its writes, false to undo them back to its mark
     */
    void end(boolean commit) {
        int mark = marks.pop();
        if (!commit) {
            for (int i = undo.size() - 1; i >= mark; i--) {
                undo.remove(i).run();
            }
        }
        if (marks.isEmpty()) {
            undo.clear();
        }
    }

    /** Opens a (possibly nested) unit under its store's lock, which stays held until {@link #endUnder}. */
    void beginUnder(java.util.concurrent.locks.ReentrantLock lock) {
        lock.lock();
        begin();
    }

    /**
     * Closes the innermost unit opened by {@link #beginUnder} and releases the lock once, whatever happens.
     *
     * @param lock the store's lock
     * @param commit true to keep its writes, false to undo them
     */
    void endUnder(java.util.concurrent.locks.ReentrantLock lock, boolean commit) {
        try {
            end(commit);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Records an undo action, if a unit is open.
     *
     * @param action restores the state before a write
     */
    void record(Runnable action) {
        if (active()) {
            undo.add(action);
        }
    }

    /**
     * Records the current mapping of {@code key} (or its absence), if a unit is open; call before changing it.
     *
     * @param map a map without null values
     * @param key the key about to change
     * @param <K> the key type
     * @param <V> the value type
     */
    <K, V> void remember(Map<K, V> map, K key) {
        if (active()) {
            V old = map.get(key);
            undo.add(old == null ? () -> map.remove(key) : () -> map.put(key, old));
        }
    }
}
