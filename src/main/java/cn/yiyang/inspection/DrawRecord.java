package cn.yiyang.inspection;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The stored record of a draw: seed, population, pool, withdrawals with reasons, result, and the SHA-256 of the
 * canonical record that was stored. {@code population} is the size N, {@code populationIds} the institutions;
 * {@code weights} the institutions a weighted plan made more likely to be drawn (empty when unweighted).
 */
public record DrawRecord(long id, long planId, String planCaseNo, long seed, int population, List<Long> populationIds,
                         List<Inspector> pool, List<TargetView> targets, List<ExclusionView> exclusions,
                         String sha256, boolean intact, String drawnBy, LocalDateTime drawnAt,
                         java.util.Map<Long, Integer> weights) {

    public record Inspector(String username, String displayName) {
    }

    public record TargetView(long institutionId, String institutionName, List<String> inspectors,
                             List<String> inspectorNames) {
    }

    public record ExclusionView(String inspector, String inspectorName, long institutionId, String reason,
                                String reasonLabel, String detail) {
    }

    /** The public view (一公开): display names only, no usernames, no free-text conflict details. */
    public record Public(long id, String planName, String planCaseNo, long seed, int population,
                         List<Long> populationIds, List<String> pool, List<PublicTarget> targets,
                         List<PublicExclusion> exclusions, String sha256, boolean intact, LocalDateTime drawnAt,
                         java.util.Map<Long, Integer> weights) {
    }

    public record PublicTarget(long institutionId, String institutionName, List<String> inspectors) {
    }

    public record PublicExclusion(String inspector, long institutionId, String reason, String reasonLabel) {
    }
}
