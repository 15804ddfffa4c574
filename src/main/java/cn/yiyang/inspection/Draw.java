package cn.yiyang.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * 双随机: targets drawn from the population, then for each target its inspectors drawn from the pool minus those who
 * must withdraw (回避). Pure and deterministic: the population is sorted by institution id and the pool by username
 * before one {@link SplittableRandom} seeded with the seed draws everything, so the same seed over the same population,
 * pool and exclusions gives the same result.
 */
public final class Draw {

    /** Why an inspector may not inspect an institution. */
    public enum ExclusionReason {
        DECLARED_CONFLICT("申报回避事项"),
        PRIOR_INVOLVEMENT("近12个月内办理过该机构案件");

        private final String label;

        ExclusionReason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Exclusion(String inspector, long institutionId, ExclusionReason reason, String detail) {
    }

    public record Target(long institutionId, List<String> inspectors) {
    }

    /** @param weights the institutions drawn with a weight above 1 (earlier failures), as used; empty when unweighted */
    public record Result(long seed, List<Long> population, List<String> pool, int targetCount, List<Target> targets,
                         List<Exclusion> exclusions, Map<Long, Integer> weights) {
    }

    /** Thrown when the pool, after withdrawals, cannot supply the inspectors a target needs. */
    public static final class PoolTooSmall extends RuntimeException {
        private final long institutionId;
        private final int available;

        PoolTooSmall(long institutionId, int available, int needed) {
            super("institution " + institutionId + ": " + available + " eligible inspectors, " + needed + " needed");
            this.institutionId = institutionId;
            this.available = available;
        }

        public long institutionId() {
            return institutionId;
        }

        public int available() {
            return available;
        }
    }

    private Draw() {
    }

    /** ceil(proportion × population), at least 1 for a non-empty population. */
    public static int targetCount(BigDecimal proportion, int population) {
        if (population == 0) {
            return 0;
        }
        int n = proportion.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING).intValueExact();
        return Math.max(1, Math.min(population, n));
    }

    /**
     * @param exclusions every known withdrawal, any institution and inspector; only those of drawn targets and pool
     *                   members are kept in the result
     */
    public static Result run(long seed, Collection<Long> population, Collection<String> pool, BigDecimal proportion,
                             int inspectorsPerTarget, Collection<Exclusion> exclusions) {
        return run(seed, population, pool, proportion, inspectorsPerTarget, exclusions, Map.of());
    }

    /**
     * The weighted draw: an institution with weight w (earlier failures, complaints) is w times as likely as one of
     * weight 1 to be picked at each step; weights of 1 or less, or none, give exactly the unweighted draw.
     */
    public static Result run(long seed, Collection<Long> population, Collection<String> pool, BigDecimal proportion,
                             int inspectorsPerTarget, Collection<Exclusion> exclusions, Map<Long, Integer> weights) {
        List<Long> people = population.stream().distinct().sorted().toList();
        List<String> inspectors = pool.stream().distinct().sorted().toList();
        Map<Long, Integer> used = new java.util.TreeMap<>();
        people.forEach(p -> {
            Integer w = weights.get(p);
            if (w != null && w > 1) {
                used.put(p, w);
            }
        });
        int count = targetCount(proportion, people.size());
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> drawn = used.isEmpty() ? pick(random, people, count) : pickWeighted(random, people, used, count);
        Set<String> inPool = Set.copyOf(inspectors);
        List<Target> targets = new ArrayList<>();
        List<Exclusion> kept = new ArrayList<>();
        Map<Long, List<Exclusion>> byTarget = new java.util.HashMap<>();
        exclusions.stream().filter(e -> inPool.contains(e.inspector()))
                .forEach(e -> byTarget.computeIfAbsent(e.institutionId(), k -> new ArrayList<>()).add(e));
        for (long institution : drawn) {
            List<Exclusion> withdrawn = byTarget.getOrDefault(institution, List.of()).stream()
                    .sorted(Comparator.comparing(Exclusion::inspector).thenComparing(Exclusion::reason)
                            .thenComparing(e -> String.valueOf(e.detail()))).toList();
            Set<String> out = new java.util.HashSet<>();
            for (Exclusion e : withdrawn) {
                if (out.add(e.inspector())) {
                    kept.add(e);
                }
            }
            List<String> eligible = inspectors.stream().filter(i -> !out.contains(i)).toList();
            if (eligible.size() < inspectorsPerTarget) {
                throw new PoolTooSmall(institution, eligible.size(), inspectorsPerTarget);
            }
            targets.add(new Target(institution, pick(random, eligible, inspectorsPerTarget)));
        }
        return new Result(seed, people, inspectors, count, targets, kept, Map.copyOf(used));
    }

    /** {@code k} distinct picks, each in proportion to the remaining weights (one random number per pick). */
    private static List<Long> pickWeighted(SplittableRandom random, List<Long> from, Map<Long, Integer> weights, int k) {
        List<Long> left = new ArrayList<>(from);
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            long total = left.stream().mapToLong(p -> weights.getOrDefault(p, 1)).sum();
            long r = random.nextLong(total);
            int j = 0;
            for (long acc = weights.getOrDefault(left.get(0), 1); acc <= r; acc += weights.getOrDefault(left.get(j), 1)) {
                j++;
            }
            out.add(left.remove(j));
        }
        return List.copyOf(out);
    }

    /** The first {@code k} of a partial Fisher–Yates shuffle of a copy of {@code from}. */
    private static <T> List<T> pick(SplittableRandom random, List<T> from, int k) {
        List<T> copy = new ArrayList<>(from);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(copy.size() - i);
            T swap = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, swap);
        }
        return List.copyOf(copy.subList(0, k));
    }
}
