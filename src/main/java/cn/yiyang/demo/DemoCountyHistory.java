package cn.yiyang.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A year of closed history for the demo county, written as rows in a few batched statements (closed cases need no
 * process instances): more institutions in eight townships of 芒市, filed clinics, agreements (some expired), decided
 * cases and rectifications (most on time, some late), the seed-003 target table and a year of entered indicators.
 * Deterministic (fixed random seed), relative to today so the demo always looks current.
 */
@Component
@Profile("demo")
class DemoCountyHistory {

    static final String MARKER = "12533103MB7000001";
    static final String REGION = "533103";
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static final String[] TOWNSHIPS = {"勐焕街道", "芒市镇", "遮放镇", "勐戛镇", "风平镇", "轩岗乡", "江桥镇", "芒海镇"};
    private static final String[] HOMES = {"敬老院", "颐养院", "养老服务中心", "幸福院"};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    DemoCountyHistory(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    boolean loaded() {
        Integer n = jdbc.queryForObject("select count(*) from institution where credit_code like ?", Integer.class,
                MARKER + "%");
        return n != null && n > 0;
    }

    /** A valid 统一社会信用代码 (GB 32100-2015) of a public institution in 芒市: 12533103MB7 + 6 digits + check. */
    static String creditCode(int seq) {
        String base = "12533103MB7" + String.format("%06d", seq);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(base.charAt(i)) * WEIGHTS[i];
        }
        return base + CHARS.charAt((31 - sum % 31) % 31);
    }

    record Home(long id, String name, String township, boolean clinic) {
    }

    void load(LocalDate today) {
        Random random = new Random(533103);
        LocalDateTime now = today.atTime(9, 0);
        // institutions: 3 homes and 1 health centre per township (the seed institutions are already there)
        List<Object[]> institutions = new ArrayList<>();
        int seq = 1;
        for (String t : TOWNSHIPS) {
            for (int h = 0; h < 3; h++) {
                boolean clinic = random.nextInt(10) < 3;
                institutions.add(new Object[] {REGION, t.replace("街道", "") + (h == 0 ? "" : "第" + "一二三".charAt(h) + "")
                        + HOMES[(h + t.length()) % HOMES.length], creditCode(seq++), "ELDERLY_CARE", t, "芒市" + t,
                        20 + random.nextInt(80), h == 0 ? "PUBLIC" : "PRIVATE", "NON_PROFIT", clinic, now, now});
            }
            String centre = t.endsWith("街道") ? t + "社区卫生服务中心"
                    : t + "卫生院" + (t.equals("勐戛镇") || t.equals("风平镇") || t.equals("遮放镇") ? "分院" : "");
            institutions.add(new Object[] {REGION, centre,
                    creditCode(seq++), "MEDICAL", t, "芒市" + t, 20, "PUBLIC", "NON_PROFIT", false, now, now});
        }
        jdbc.batchUpdate("insert into institution (region_code, name, credit_code, type, township, address, beds, "
                + "ownership, profit, has_internal_medical, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?)",
                institutions);
        List<Home> homes = jdbc.query("select id, name, township, has_internal_medical from institution "
                + "where credit_code like ? and type = 'ELDERLY_CARE' order by id", (rs, i) -> new Home(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getBoolean(4)), MARKER.substring(0, 11) + "%");
        List<long[]> partners = jdbc.query("select id from institution where region_code = ? and type = 'MEDICAL' "
                + "order by id", (rs, i) -> new long[] {rs.getLong(1)}, REGION);

        CaseRows cases = new CaseRows(jdbc, ownTransaction);
        for (Home home : homes) {
            if (home.clinic()) {
                LocalDateTime submitted = now.minusDays(40 + random.nextInt(300));
                CaseRows.Row row = cases.closed("CLINIC_FILING", home, submitted, 15, random.nextInt(10) < 9 ? 10 : 19,
                        "CLOSED", home.name() + "医务室备案");
                cases.clinic(row, home);
            } else if (random.nextInt(10) < 8) { // an agreement: most current, some run out
                boolean expired = random.nextInt(6) == 0;
                LocalDate start = expired ? today.minusDays(380 + random.nextInt(60)) : today.minusDays(random.nextInt(330));
                long partner = partners.get(random.nextInt(partners.size()))[0];
                CaseRows.Row row = cases.closed("AGREEMENT", home, start.minusDays(20).atTime(10, 0), 14,
                        random.nextInt(10) < 9 ? 6 : 16, "CLOSED", "医养合作协议（" + start + " 起一年）");
                cases.agreement(row, home, partner, start, start.plusYears(1).minusDays(1));
            }
            if (random.nextInt(3) == 0) { // a rectification after an inspection: most closed on time
                LocalDateTime ordered = now.minusDays(45 + random.nextInt(300));
                cases.closed("RECTIFICATION", home, ordered, 30, random.nextInt(10) < 7 ? 25 : 38, "CLOSED", "限期整改");
            }
        }
        cases.flush();
        targets(now);
        enteredValues(today, random, now);
    }

    /** Seed 003's task table as this county's targets (its 2019 and 2020 columns as last year and this year). */
    private void targets(LocalDateTime now) {
        int thisYear = now.getYear();
        List<Object[]> rows = new ArrayList<>();
        Object[][] table = {
                {"AGREEMENT_COVERAGE", 6, "不具备开办医疗卫生服务机构条件的养老服务机构要按照就近方便的原则，与相关医疗卫生服务机构建立协作关系，定期开展医疗保健服务。", "CIVIL", 100, 100},
                {"GREEN_CHANNEL", 9, "医疗卫生服务机构为60岁以上老年人特别是高龄、重病老年人开设就医绿色通道。", "HEALTH", 100, 100},
                {"HEALTH_MANAGEMENT", 11, "结合基本公共卫生服务项目的实施，为65岁以上老年人提供免费体检，开展慢性病管理。", "HEALTH", 90, 95},
                {"FAMILY_DOCTOR_65", 13, "积极推行老年人家庭健康管理签约服务。", "HEALTH", 90, 95},
                {"MEDICAL_SERVICE_SHARE", null, "要求100%养老机构为入住老人提供不同形式的医疗卫生服务（种子002第9条）。", "CIVIL", 90, 100},
                {"CASES_ON_TIME", null, "医养结合审批事项按法定时限办结。", "HEALTH", 100, 100},
                {"RECTIFICATION_ON_TIME", null, "抽查发现问题限期整改到位。", "HEALTH", 85, 90},
                {"RESULTS_PUBLISHED_ON_TIME", null, "双随机抽查结果按时公示。", "HEALTH", 100, 100},
                {"SATISFACTION", null, "医养结合服务满意度测评。", "SUPERVISOR", 85, 90}};
        for (Object[] t : table) {
            for (int y = 0; y < 2; y++) {
                rows.add(new Object[] {REGION, t[0], thisYear - 1 + y, "", t[4 + y], t[3], t[1], t[2], "demo", now});
            }
        }
        // township targets where the county asks more of the seat of government
        rows.add(new Object[] {REGION, "FAMILY_DOCTOR_65", thisYear, "勐焕街道", 98, "HEALTH", 13, "城区家庭医生签约率", "demo", now});
        jdbc.batchUpdate("insert into indicator_target (region_code, indicator_code, year, township, target, department, "
                + "task_no, task_text, updated_by, updated_at) values (?,?,?,?,?,?,?,?,?,?)", rows);
    }

    /** Each quarter of last year and this year so far: the county and every township, with the source. */
    private void enteredValues(LocalDate today, Random random, LocalDateTime now) {
        Object[][] indicators = {
                {"FAMILY_DOCTOR_65", 78.0, 1.8, "基本公共卫生服务信息系统季度统计", "health1"},
                {"HEALTH_MANAGEMENT", 70.0, 2.0, "老年人健康管理季度报表", "health1"},
                {"GREEN_CHANNEL", 88.0, 2.5, "医疗机构绿色通道开设情况调查", "health-lead"},
                {"SATISFACTION", 82.0, 1.2, "领导小组办公室满意度问卷（每季度200份）", "supervisor1"}};
        List<Object[]> rows = new ArrayList<>();
        for (int year = today.getYear() - 1; year <= today.getYear(); year++) {
            for (int q = 1; q <= 4; q++) {
                if (LocalDate.of(year, q * 3 - 2, 1).isAfter(today)) {
                    break;
                }
                int step = (year - today.getYear() + 1) * 4 + q - 1;
                for (Object[] i : indicators) {
                    double county = Math.min(100, (double) i[1] + step * (double) i[2]);
                    rows.add(value(i, year, q, "", county, now));
                    for (String t : TOWNSHIPS) {
                        double v = Math.max(40, Math.min(100, county + random.nextInt(13) - 7));
                        rows.add(value(i, year, q, t, v, now));
                    }
                }
            }
        }
        jdbc.batchUpdate("insert into indicator_value (region_code, indicator_code, year, quarter, township, value, "
                + "source, entered_by, entered_at) values (?,?,?,?,?,?,?,?,?)", rows);
    }

    private static Object[] value(Object[] indicator, int year, int quarter, String township, double v,
                                  LocalDateTime now) {
        return new Object[] {REGION, indicator[0], year, quarter, township, Math.round(v * 10) / 10.0, indicator[3],
                indicator[4], now};
    }
}
