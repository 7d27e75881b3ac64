package dev.mfg.mrp.lotsizing;

import java.math.BigDecimal;

/** Test helpers: whole units to micro-units, and an independent cost oracle (plain BigDecimal arithmetic). */
final class TestUnits {
    static final long U = 1_000_000L;

    private TestUnits() {}

    static long[] units(long... values) {
        long[] micros = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            micros[i] = values[i] * U;
        }
        return micros;
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    /** Setups × S + Σ ending inventory × h, written independently of LotSizingPlan.cost; null if a bucket is short. */
    static BigDecimal oracleCost(long[] req, long[] rec, BigDecimal setup, BigDecimal holding) {
        BigDecimal cost = BigDecimal.ZERO;
        long balance = 0;
        for (int t = 0; t < req.length; t++) {
            balance += rec[t] - req[t];
            if (balance < 0) {
                return null;
            }
            if (rec[t] > 0) {
                cost = cost.add(setup);
            }
            cost = cost.add(holding.multiply(BigDecimal.valueOf(balance, 6)));
        }
        return cost;
    }
}
