package cn.yiyang.singlewindow;

import java.util.List;
import java.util.Map;

/**
 * The departments of the single window (DOMAIN.md §2.3) and each one's own step limit in working days. HEALTH runs
 * the licence process (two-in-one, its own limits) on a sub-case instead of a review step.
 */
public final class SingleWindowDepartments {

    public static final String CIVIL = "CIVIL";
    public static final String HEALTH = "HEALTH";
    public static final String FIRE = "FIRE";
    public static final String GOV = "GOV";
    public static final String WINDOW = "WINDOW";

    /** The departments that review in rounds on the single-window case itself, in the order shown. */
    public static final List<String> REVIEWERS = List.of(CIVIL, "PLANNING", "CONSTRUCTION", FIRE);

    /** Every track, in the order shown. */
    public static final List<String> TRACKS = List.of(CIVIL, HEALTH, "PLANNING", "CONSTRUCTION", FIRE);

    private static final Map<String, String> NAMES = Map.of(CIVIL, "民政局", HEALTH, "卫生健康局",
            "PLANNING", "自然资源和规划局", "CONSTRUCTION", "住房和城乡建设局", FIRE, "消防救援大队",
            GOV, "人民政府办公室", WINDOW, "政务服务中心综合窗口");

    /**
     * Each department's step limit: 养老机构备案 receipt (《养老机构管理办法》 2020 Art. 9) 5 working days; planning and
     * building opinions 15; 消防验收 15 (《建设工程消防设计审查验收管理暂行规定》 Art. 28).
     */
    private static final Map<String, Integer> STEP_LIMITS = Map.of(CIVIL, 5, "PLANNING", 15, "CONSTRUCTION", 15,
            FIRE, 15);

    private SingleWindowDepartments() {
    }

    public static String name(String code) {
        return NAMES.getOrDefault(code, code);
    }

    public static int stepLimit(String code) {
        return STEP_LIMITS.getOrDefault(code, 15);
    }
}
