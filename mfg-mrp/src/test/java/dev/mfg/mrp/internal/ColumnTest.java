package dev.mfg.mrp.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Chunked columns: values survive growth across chunks; truncation drops the tail. */
class ColumnTest {

    @Test
    void intColumn_acrossSeveralChunks_keepsEveryValue() {
        IntColumn c = new IntColumn();
        int n = 5 * IntColumn.CHUNK + 3; // 5 full chunks and 3 values more, past the initial chunk table of 4
        for (int x = 0; x < n; x++) {
            c.add(x * 7);
        }
        assertThat(c.size()).isEqualTo(n);
        assertThat(c.get(0)).isZero();
        assertThat(c.get(IntColumn.CHUNK)).isEqualTo(IntColumn.CHUNK * 7);
        assertThat(c.get(n - 1)).isEqualTo((n - 1) * 7);
        c.set(IntColumn.CHUNK - 1, -1);
        assertThat(c.get(IntColumn.CHUNK - 1)).isEqualTo(-1);
        assertThat(c.get(IntColumn.CHUNK)).isEqualTo(IntColumn.CHUNK * 7);
    }

    @Test
    void longColumn_truncateThenAdd_overwritesTheTail() {
        LongColumn c = new LongColumn();
        for (long x = 0; x < 10; x++) {
            c.add(x << 40);
        }
        c.truncate(4);
        c.add(-5L);
        assertThat(c.size()).isEqualTo(5);
        assertThat(c.get(3)).isEqualTo(3L << 40);
        assertThat(c.get(4)).isEqualTo(-5L);
        assertThatThrownBy(() -> c.truncate(6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> c.truncate(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void truncateAcrossAChunkBoundaryThenAdd_writesIntoTheEarlierChunk() {
        LongColumn longs = new LongColumn();
        IntColumn ints = new IntColumn();
        int n = 2 * LongColumn.CHUNK + 10;
        for (int x = 0; x < n; x++) {
            longs.add(x);
            ints.add(x);
        }
        longs.truncate(LongColumn.CHUNK - 2);
        ints.truncate(IntColumn.CHUNK - 2);
        for (int x = 0; x < 5; x++) { // two values end the first chunk, three start the second again
            longs.add(-x - 1L);
            ints.add(-x - 1);
        }
        assertThat(longs.size()).isEqualTo(LongColumn.CHUNK + 3);
        assertThat(ints.size()).isEqualTo(IntColumn.CHUNK + 3);
        assertThat(longs.get(LongColumn.CHUNK - 3)).isEqualTo(LongColumn.CHUNK - 3L);
        assertThat(longs.get(LongColumn.CHUNK - 2)).isEqualTo(-1L);
        assertThat(longs.get(LongColumn.CHUNK + 2)).isEqualTo(-5L);
        assertThat(ints.get(IntColumn.CHUNK - 2)).isEqualTo(-1);
        assertThat(ints.get(IntColumn.CHUNK + 2)).isEqualTo(-5);
    }
}
