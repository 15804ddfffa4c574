package cn.yiyang.benchmark;

import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Institutions and closed history, bulk-loaded with SQL (batched INSERTs that Connector/J rewrites into multi-row
 * statements): closed cases of every matter from 2020 to 2025 with their filing rows and two finished steps each.
 * History needs no process instances: a closed case has none in the product either (history level audit keeps
 * the engine's own history, which the product never reads for lists).
 */
final class BulkHistory {

    static final String NAME_PREFIX = "基准机构-";
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String[] TOWNSHIPS = {"勐焕街道", "芒市镇", "遮放镇", "勐戛镇", "芒海镇", "风平镇", "轩岗乡",
            "江东乡", "西山乡", "中山乡", "三台山乡", "五岔路乡"};
    private static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final String region;
    private final SplittableRandom random = new SplittableRandom(20261123);

    BulkHistory(JdbcTemplate jdbc, String region) {
        this.jdbc = jdbc;
        this.region = region;
    }

    /** Institutions: 80 % elderly care, 10 % combined, 10 % medical; valid, distinct 统一社会信用代码. */
    void institutions(int count) {
        LocalDateTime now = LocalDateTime.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String type = i % 10 == 9 ? "MEDICAL" : i % 10 == 8 ? "COMBINED" : "ELDERLY_CARE";
            rows.add(new Object[] {region, NAME_PREFIX + "%06d".formatted(i), creditCode(i), type,
                    TOWNSHIPS[i % TOWNSHIPS.length], "芒市基准路 " + i + " 号", 20 + i % 200,
                    i % 3 == 0 ? "PUBLIC" : "PRIVATE", "NON_PROFIT", Timestamp.valueOf(now)});
            if (rows.size() == BATCH) {
                insertInstitutions(rows);
            }
        }
        insertInstitutions(rows);
    }

    private void insertInstitutions(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into institution (region_code, name, credit_code, type, township, address, beds, ownership,
                      profit, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    rows.stream().map(r -> {
                        Object[] x = java.util.Arrays.copyOf(r, 11);
                        x[10] = r[9];
                        return x;
                    }).toList());
            rows.clear();
        }
    }

    List<Long> institutionIds(String type) {
        return jdbc.queryForList("select id from institution where name like ? and type = ? order by id", Long.class,
                NAME_PREFIX + "%", type);
    }

    /** Closed cases spread over the matters, outcomes and six years, each with its two finished steps. */
    void closedCases(int count, List<Long> institutions) {
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from case_file", Long.class);
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> filings = new ArrayList<>();
        List<Object[]> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            int m = random.nextInt(100);
            Matter matter = m < 50 ? Matter.CLINIC_FILING : m < 70 ? Matter.LICENCE_2IN1 : m < 80 ? Matter.LICENCE_CHANGE
                    : m < 90 ? Matter.INSPECTION : m < 95 ? Matter.RECTIFICATION : Matter.AGREEMENT;
            int s = random.nextInt(100);
            CaseStatus status = s < 80 ? CaseStatus.CLOSED : s < 88 ? CaseStatus.NOT_ACCEPTED
                    : s < 95 ? CaseStatus.WITHDRAWN : CaseStatus.REFUSED;
            long institution = institutions.get(random.nextInt(institutions.size()));
            LocalDateTime created = LocalDateTime.of(2020, 1, 1, 8, 0).plusMinutes(random.nextLong(6L * 365 * 24 * 60));
            LocalDateTime submitted = created.plusHours(2);
            LocalDateTime accepted = status == CaseStatus.NOT_ACCEPTED ? null : submitted.plusDays(3);
            LocalDateTime closed = submitted.plusDays(5 + random.nextInt(30));
            LocalDate due = submitted.toLocalDate().plusDays(28);
            String caseNo = "%s-%s-%d-H%07d".formatted(matter.prefix(), region, created.getYear(), id);
            cases.add(new Object[] {id, caseNo, matter.name(), region, status.name(), institution,
                    NAME_PREFIX + institution, "历史" + matter.label(), "history", ts(created), ts(submitted),
                    ts(accepted), ts(closed), java.sql.Date.valueOf(submitted.toLocalDate()), 20,
                    java.sql.Date.valueOf(due)});
            if (matter == Matter.CLINIC_FILING) {
                boolean registered = status == CaseStatus.CLOSED;
                filings.add(new Object[] {id, institution, "历史医务室" + i, "INFIRMARY", created.toLocalDate().plusMonths(2),
                        "内科", "张医生", "11010519491231002X", "QC-" + i,
                        registered ? "BENCH-H%07d".formatted(id) : null, registered ? ts(closed) : null});
            }
            String reviewer = random.nextBoolean() ? "health1" : "health2";
            steps.add(new Object[] {id, "h-" + id + "-1", "Task_CheckCompleteness", "材料完整性审查", "HEALTH_REVIEWER",
                    reviewer, ts(submitted), ts(submitted.plusDays(3)), status == CaseStatus.NOT_ACCEPTED ? "REJECT" : "ACCEPT",
                    reviewer});
            if (status != CaseStatus.NOT_ACCEPTED) {
                steps.add(new Object[] {id, "h-" + id + "-2", "Task_Register", "登记备案", "HEALTH_REVIEWER", reviewer,
                        ts(accepted), ts(closed), status == CaseStatus.CLOSED ? "APPROVE" : "REFUSE", reviewer});
            }
            if (cases.size() == BATCH) {
                flush(cases, filings, steps);
            }
        }
        flush(cases, filings, steps);
    }

    private void flush(List<Object[]> cases, List<Object[]> filings, List<Object[]> steps) {
        if (!cases.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into case_file (id, case_no, matter, region_code, status, institution_id, applicant_name,
                      title, created_by, created_at, submitted_at, accepted_at, closed_at, clock_start,
                      limit_working_days, due_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases);
        }
        if (!filings.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into clinic_filing (case_id, institution_id, clinic_name, clinic_type, opening_date, services,
                      head_name, head_id_number, head_qualification_no, registration_no, registered_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", filings);
        }
        if (!steps.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into case_step (case_id, task_id, task_key, name, candidate_group, assignee, started_at,
                      ended_at, outcome, completed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", steps);
        }
        cases.clear();
        filings.clear();
        steps.clear();
    }

    /**
     * Draft filings ready to submit, bulk-loaded: the case row, the filing row, and the material rows of a template
     * case that went through MaterialService (the same stored files and SHA-256). Submitting them through
     * CaseSubmission.submit then makes them real process instances, as the product does.
     */
    List<String[]> drafts(int count, List<Long> institutions, long templateCaseId, String runTag) {
        List<java.util.Map<String, Object>> template = jdbc.queryForList("""
                select code, name, file_name, content_type, size_bytes, sha256, storage_key from case_material
                 where case_id = ? and superseded = false""", templateCaseId);
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from case_file", Long.class);
        int year = LocalDate.now().getYear();
        List<String[]> made = new ArrayList<>();
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> filings = new ArrayList<>();
        List<Object[]> materials = new ArrayList<>();
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        for (int i = 0; i < count; i++) {
            long id = firstId + i;
            long institution = institutions.get(i % institutions.size());
            String caseNo = "%s-%s-%d-B%s%07d".formatted(Matter.CLINIC_FILING.prefix(), region, year, runTag, id);
            String createdBy = "bench-" + institution;
            cases.add(new Object[] {id, caseNo, Matter.CLINIC_FILING.name(), region, CaseStatus.DRAFT.name(), institution,
                    NAME_PREFIX + institution, "基准医务室" + id + "（医务室）备案", createdBy, now});
            filings.add(new Object[] {id, institution, "基准医务室" + id, "INFIRMARY", LocalDate.now().plusMonths(2),
                    "内科、康复医学科", "张医生", "11010519491231002X", "QC-" + id, null, null});
            for (var m : template) {
                materials.add(new Object[] {id, m.get("code"), m.get("name"), m.get("file_name"), m.get("content_type"),
                        m.get("size_bytes"), m.get("sha256"), m.get("storage_key"), createdBy, now});
            }
            made.add(new String[] {caseNo, Long.toString(institution)});
            if (cases.size() == BATCH) {
                flushDrafts(cases, filings, materials);
            }
        }
        flushDrafts(cases, filings, materials);
        return made;
    }

    private void flushDrafts(List<Object[]> cases, List<Object[]> filings, List<Object[]> materials) {
        if (cases.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                insert into case_file (id, case_no, matter, region_code, status, institution_id, applicant_name, title,
                  created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", cases);
        jdbc.batchUpdate("""
                insert into clinic_filing (case_id, institution_id, clinic_name, clinic_type, opening_date, services,
                  head_name, head_id_number, head_qualification_no, registration_no, registered_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", filings);
        jdbc.batchUpdate("""
                insert into case_material (case_id, code, name, file_name, content_type, size_bytes, sha256, storage_key,
                  uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", materials);
        cases.clear();
        filings.clear();
        materials.clear();
    }

    private static Timestamp ts(LocalDateTime t) {
        return t == null ? null : Timestamp.valueOf(t);
    }

    /** A valid 统一社会信用代码 (GB 32100-2015) of a private non-enterprise unit, distinct for each index. */
    static String creditCode(int index) {
        StringBuilder body = new StringBuilder("52").append("533103");
        String digits = "%09d".formatted(index);
        // shift into the letters half of the alphabet so the codes never collide with the demo's real ones
        for (int i = 0; i < 9; i++) {
            body.append(CHARS.charAt(i == 0 ? 21 + (digits.charAt(i) - '0') : digits.charAt(i) - '0'));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARS.indexOf(body.charAt(i)) * WEIGHTS[i];
        }
        return body.append(CHARS.charAt((31 - sum % 31) % 31)).toString();
    }
}
