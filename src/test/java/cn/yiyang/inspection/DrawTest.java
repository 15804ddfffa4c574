package cn.yiyang.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** 双随机 over many seeds: reproducible, proportional, always staffed by at least the required inspectors, never a withdrawn one. */
class DrawTest {

    static final int SEEDS = 200;

    /** A random but fixed world for a seed: population, pool, proportion, inspectors per target and withdrawals. */
    record World(List<Long> population, List<String> pool, BigDecimal proportion, int perTarget,
                 List<Draw.Exclusion> exclusions) {

        static World of(long worldSeed) {
            Random r = new Random(worldSeed);
            List<Long> population = LongStream.rangeClosed(1, 1 + r.nextInt(60)).map(i -> i * 7).boxed().toList();
            int poolSize = 6 + r.nextInt(10);
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < poolSize; i++) {
                pool.add("inspector" + i);
            }
            List<Draw.Exclusion> exclusions = new ArrayList<>();
            for (int i = 0; i < population.size(); i++) {
                int withdrawals = r.nextInt(4);
                for (int k = 0; k < withdrawals; k++) {
                    exclusions.add(new Draw.Exclusion(pool.get(r.nextInt(poolSize)), population.get(i),
                            r.nextBoolean() ? Draw.ExclusionReason.DECLARED_CONFLICT
                                    : Draw.ExclusionReason.PRIOR_INVOLVEMENT, "w" + k));
                }
            }
            BigDecimal proportion = BigDecimal.valueOf(1 + r.nextInt(100), 2);
            return new World(population, pool, proportion, 2 + r.nextInt(2), exclusions);
        }

        Draw.Result draw(long seed) {
            return Draw.run(seed, population, pool, proportion, perTarget, exclusions);
        }
    }

    @Test
    void the_same_seed_over_the_same_population_and_pool_gives_the_same_draw_whatever_their_order() {
        for (long seed = 0; seed < SEEDS; seed++) {
            World w = World.of(seed);
            List<Long> shuffledPopulation = new ArrayList<>(w.population());
            List<String> shuffledPool = new ArrayList<>(w.pool());
            List<Draw.Exclusion> shuffledExclusions = new ArrayList<>(w.exclusions());
            Collections.shuffle(shuffledPopulation, new Random(seed));
            Collections.shuffle(shuffledPool, new Random(seed + 1));
            Collections.shuffle(shuffledExclusions, new Random(seed + 2));
            Draw.Result again = Draw.run(seed, shuffledPopulation, shuffledPool, w.proportion(), w.perTarget(),
                    shuffledExclusions);
            assertThat(again).as("seed %d", seed).isEqualTo(w.draw(seed));
        }
    }

    @Test
    void different_seeds_give_different_draws() {
        World w = World.of(7);
        Set<List<Draw.Target>> seen = new HashSet<>();
        for (long seed = 0; seed < SEEDS; seed++) {
            seen.add(w.draw(seed).targets());
        }
        assertThat(seen.size()).isGreaterThan(SEEDS * 9 / 10);
    }

    @Test
    void the_target_count_is_the_proportion_of_the_population_rounded_up_and_targets_are_distinct_members() {
        for (long seed = 0; seed < SEEDS; seed++) {
            World w = World.of(seed);
            Draw.Result result = w.draw(seed);
            int expected = w.proportion().multiply(BigDecimal.valueOf(w.population().size()))
                    .setScale(0, java.math.RoundingMode.CEILING).intValue();
            List<Long> targets = result.targets().stream().map(Draw.Target::institutionId).toList();
            assertThat(targets).as("seed %d", seed).hasSize(expected).doesNotHaveDuplicates();
            assertThat(w.population()).containsAll(targets);
            assertThat(result.population()).hasSize(w.population().size());
        }
    }

    @Test
    void every_target_gets_exactly_the_required_number_of_distinct_pool_inspectors_and_never_a_withdrawn_one() {
        for (long seed = 0; seed < SEEDS; seed++) {
            World w = World.of(seed);
            Draw.Result result = w.draw(seed);
            for (Draw.Target t : result.targets()) {
                assertThat(t.inspectors()).as("seed %d", seed).hasSize(w.perTarget()).doesNotHaveDuplicates();
                assertThat(w.pool()).containsAll(t.inspectors());
                Set<String> withdrawn = new HashSet<>();
                w.exclusions().stream().filter(e -> e.institutionId() == t.institutionId())
                        .forEach(e -> withdrawn.add(e.inspector()));
                assertThat(t.inspectors()).as("seed %d target %d", seed, t.institutionId())
                        .noneMatch(withdrawn::contains);
            }
        }
    }

    @Test
    void the_record_lists_each_withdrawal_of_a_drawn_target_once_with_its_reason() {
        for (long seed = 0; seed < SEEDS; seed++) {
            World w = World.of(seed);
            Draw.Result result = w.draw(seed);
            Set<Long> drawn = new HashSet<>(result.targets().stream().map(Draw.Target::institutionId).toList());
            Set<String> pairs = new HashSet<>();
            for (Draw.Exclusion e : result.exclusions()) {
                assertThat(drawn).contains(e.institutionId());
                assertThat(e.reason()).isNotNull();
                assertThat(pairs.add(e.inspector() + "@" + e.institutionId())).as("listed once").isTrue();
            }
            long expected = w.exclusions().stream().filter(e -> drawn.contains(e.institutionId()))
                    .map(e -> e.inspector() + "@" + e.institutionId()).distinct().count();
            assertThat(result.exclusions()).hasSize((int) expected);
        }
    }

    @Test
    void a_pool_that_cannot_staff_a_target_after_withdrawals_refuses_the_draw() {
        List<Draw.Exclusion> exclusions = List.of(
                new Draw.Exclusion("a", 1, Draw.ExclusionReason.DECLARED_CONFLICT, "亲属"));
        assertThatThrownBy(() -> Draw.run(1, List.of(1L), List.of("a", "b"), BigDecimal.ONE, 2, exclusions))
                .isInstanceOf(Draw.PoolTooSmall.class);
        assertThatThrownBy(() -> Draw.run(1, List.of(1L), List.of("a"), BigDecimal.ONE, 2, List.of()))
                .isInstanceOf(Draw.PoolTooSmall.class);
    }

    @Test
    void a_small_proportion_still_draws_one_target_and_a_proportion_of_one_draws_everyone() {
        assertThat(Draw.targetCount(new BigDecimal("0.01"), 5)).isEqualTo(1);
        assertThat(Draw.targetCount(BigDecimal.ONE, 5)).isEqualTo(5);
        assertThat(Draw.targetCount(new BigDecimal("0.3"), 10)).isEqualTo(3);
        assertThat(Draw.targetCount(new BigDecimal("0.31"), 10)).isEqualTo(4);
        assertThat(Draw.targetCount(new BigDecimal("0.5"), 0)).isZero();
    }

    // ---- 加权 (earlier failures weighted up)

    /** Some of the world's institutions weighted 2–4, fixed for the world seed. */
    static java.util.Map<Long, Integer> weights(World w, long worldSeed) {
        Random r = new Random(worldSeed * 31 + 5);
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        w.population().forEach(p -> {
            if (r.nextInt(4) == 0) {
                out.put(p, 2 + r.nextInt(3));
            }
        });
        return out;
    }

    @Test
    void a_weighted_draw_is_reproducible_from_the_seed_and_keeps_the_proportion_the_staffing_and_the_withdrawals() {
        for (long seed = 0; seed < SEEDS; seed++) {
            World w = World.of(seed);
            java.util.Map<Long, Integer> weights = weights(w, seed);
            Draw.Result result = Draw.run(seed, w.population(), w.pool(), w.proportion(), w.perTarget(),
                    w.exclusions(), weights);
            List<Long> shuffled = new ArrayList<>(w.population());
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(Draw.run(seed, shuffled, w.pool(), w.proportion(), w.perTarget(), w.exclusions(),
                    new java.util.TreeMap<>(weights))).as("seed %d", seed).isEqualTo(result);
            assertThat(result.weights()).isEqualTo(weights);
            List<Long> targets = result.targets().stream().map(Draw.Target::institutionId).toList();
            assertThat(targets).hasSize(Draw.targetCount(w.proportion(), w.population().size())).doesNotHaveDuplicates();
            assertThat(w.population()).containsAll(targets);
            for (Draw.Target t : result.targets()) {
                assertThat(t.inspectors()).hasSize(w.perTarget()).doesNotHaveDuplicates();
                assertThat(t.inspectors()).noneMatch(i -> w.exclusions().stream().anyMatch(e ->
                        e.institutionId() == t.institutionId() && e.inspector().equals(i)));
            }
        }
    }

    @Test
    void weights_of_one_or_none_give_exactly_the_unweighted_draw() {
        for (long seed = 0; seed < SEEDS; seed++) {
            World w = World.of(seed);
            java.util.Map<Long, Integer> ones = new java.util.HashMap<>();
            w.population().forEach(p -> ones.put(p, 1));
            assertThat(Draw.run(seed, w.population(), w.pool(), w.proportion(), w.perTarget(), w.exclusions(), ones))
                    .as("seed %d", seed).isEqualTo(w.draw(seed));
        }
    }

    @Test
    void an_institution_weighted_up_is_drawn_about_as_much_more_often_as_its_weight_over_many_seeds() {
        List<Long> population = LongStream.rangeClosed(1, 20).boxed().toList();
        List<String> pool = List.of("a", "b", "c", "d");
        int[] drawn = new int[21];
        int runs = 4000;
        for (long seed = 0; seed < runs; seed++) {
            Draw.run(seed, population, pool, new BigDecimal("0.1"), 2, List.of(), java.util.Map.of(5L, 3)).targets()
                    .forEach(t -> drawn[(int) t.institutionId()]++);
        }
        double others = java.util.stream.IntStream.rangeClosed(1, 20).filter(i -> i != 5).map(i -> drawn[i])
                .average().orElseThrow();
        // 2 of 20 with one weight 3: about 0.25 of runs for the weighted one against about 0.09 for each other
        assertThat(drawn[5] / others).isBetween(2.2, 3.4);
    }
}
