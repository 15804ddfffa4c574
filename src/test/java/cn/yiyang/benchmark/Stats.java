package cn.yiyang.benchmark;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Latencies in milliseconds: median, p95, p99 (nearest rank) and the count. */
final class Stats {

    private Stats() {
    }

    static Map<String, Object> of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", sorted.length);
        m.put("medianMs", ms(pct(sorted, 50)));
        m.put("p95Ms", ms(pct(sorted, 95)));
        m.put("p99Ms", ms(pct(sorted, 99)));
        m.put("maxMs", ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        return m;
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double ms(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
