package cn.yiyang.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * N concurrent clients, each repeating one operation until the time is up (at least once each): operations per
 * second over the wall time, with the latency of each operation. A failed operation counts as an error, not as
 * throughput, and the first failure is kept for the report.
 */
final class Clients {

    interface Op {
        void run(int client, int iteration) throws Exception;
    }

    private Clients() {
    }

    static Map<String, Object> run(int clients, Duration duration, Op op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                long[] lat = new long[64];
                int n = 0;
                int i = 0;
                do {
                    long t0 = System.nanoTime();
                    try {
                        op.run(client, i++);
                        if (n == lat.length) {
                            lat = java.util.Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = System.nanoTime() - t0;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                } while (System.nanoTime() < end);
                return java.util.Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return result(clients, all.stream().flatMapToLong(java.util.Arrays::stream).toArray(), elapsed, errors.get(),
                firstError.get());
    }

    /** The figures of one level: operations, seconds, rate, latency of the successful operations, errors. */
    private static Map<String, Object> result(int clients, long[] lat, long elapsed, int errors, String firstError) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("clients", clients);
        m.put("operations", lat.length);
        m.put("seconds", Stats.round(elapsed / 1e9));
        m.put("perSecond", Stats.round(lat.length / (elapsed / 1e9)));
        m.put("latency", Stats.of(lat));
        m.put("errors", errors);
        if (firstError != null) {
            m.put("firstError", firstError);
        }
        return m;
    }

    /**
     * Exactly {@code count} operations shared by {@code clients} threads, answered like {@link #run} (for operations
     * that each use up something prepared beforehand, e.g. a draft to submit).
     */
    static Map<String, Object> runEach(int clients, int count, Op op) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] lat = new long[count];
        boolean[] done = new boolean[count];
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long t0 = System.nanoTime();
                    try {
                        op.run(client, i);
                        lat[i] = System.nanoTime() - t0;
                        done[i] = true;
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        long[] ok = java.util.stream.IntStream.range(0, count).filter(i -> done[i]).mapToLong(i -> lat[i]).toArray();
        return result(clients, ok, elapsed, errors.get(), firstError.get());
    }

    /**
     * Runs {@code count} operations on {@code clients} threads (loading data), answering the seconds taken; any
     * failed operation fails the load.
     */
    static double times(int clients, int count, Op op) throws Exception {
        Map<String, Object> m = runEach(clients, count, op);
        if ((int) m.get("errors") > 0) {
            throw new IllegalStateException(m.get("errors") + " of " + count + " operations failed, the first: "
                    + m.get("firstError"));
        }
        return (double) m.get("seconds");
    }
}
