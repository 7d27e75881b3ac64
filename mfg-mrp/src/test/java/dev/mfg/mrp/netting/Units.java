package dev.mfg.mrp.netting;

/** Test helper: whole units to micro-units. */
final class Units {
    static final long U = 1_000_000L;

    private Units() {}

    static long[] units(long... values) {
        long[] micros = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            micros[i] = values[i] * U;
        }
        return micros;
    }
}
