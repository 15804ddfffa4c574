package cn.yiyang.benchmark;

import java.time.Duration;

/**
 * How much data the benchmark loads and how long it measures. {@code county} and {@code province} are the issue's
 * scales; {@code tiny} is the CI smoke run (it must finish, not be fast). A province run that cannot load 100,000
 * open instances in the time at hand may lower {@code open} with {@code -Dbench.open=N}; the JSON then says so.
 */
record Scale(String name, int institutions, int closed, int open, Duration perLevel, int queries, int sessions,
             int warmup) {

    static Scale of(String name) {
        Scale s = switch (name) {
            case "tiny" -> new Scale("tiny", 6, 60, 8, Duration.ofMillis(700), 20, 6, 3);
            case "county" -> new Scale("county", 500, 50_000, 5_000, Duration.ofSeconds(12), 1_000, 300, 30);
            case "province" -> new Scale("province", 20_000, 1_000_000, 100_000, Duration.ofSeconds(12), 1_000, 300, 30);
            default -> throw new IllegalArgumentException("bench.scale: tiny, county or province, not " + name);
        };
        String open = System.getProperty("bench.open");
        if (open != null && !open.isBlank()) {
            s = new Scale(s.name, s.institutions, s.closed, Integer.parseInt(open), s.perLevel, s.queries, s.sessions,
                    s.warmup);
        }
        return s;
    }

    /** The 1, 4 and 16 clients; the smoke run stops at 4 (16 HTTP clients would cost CI 20 s of BCrypt). */
    int[] clients() {
        return name.equals("tiny") ? new int[] {1, 2, 4} : new int[] {1, 4, 16};
    }
}
