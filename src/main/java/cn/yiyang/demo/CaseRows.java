package cn.yiyang.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closed cases of the demo history, collected and then written in batches: numbers reserved from the case number
 * series (so live cases made later never reuse one), the case rows, then the rows that hang off them.
 */
class CaseRows {

    private static final Map<String, String> PREFIX = Map.of("CLINIC_FILING", "NSBA", "AGREEMENT", "YYXY",
            "RECTIFICATION", "XQZG", "LICENCE_2IN1", "LHXK");

    /** One case: its number is set at flush. */
    static final class Row {
        final String matter;
        final DemoCountyHistory.Home home;
        final LocalDateTime submitted;
        final LocalDateTime closed;
        final LocalDate due;
        final int limit;
        final String status;
        final String title;
        String caseNo;

        Row(String matter, DemoCountyHistory.Home home, LocalDateTime submitted, LocalDateTime closed, LocalDate due,
            int limit, String status, String title) {
            this.matter = matter;
            this.home = home;
            this.submitted = submitted;
            this.closed = closed;
            this.due = due;
            this.limit = limit;
            this.status = status;
            this.title = title;
        }
    }

    private record Clinic(Row row, DemoCountyHistory.Home home) {
    }

    private record Agreement(Row row, DemoCountyHistory.Home home, long partner, LocalDate start, LocalDate end) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final List<Row> rows = new ArrayList<>();
    private final List<Clinic> clinics = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();

    /** @param ownTransaction commits the number reservation at once, as the case core's number series does */
    CaseRows(JdbcTemplate jdbc, TransactionTemplate ownTransaction) {
        this.jdbc = jdbc;
        this.ownTransaction = ownTransaction;
    }

    /** A decided case: due {@code limitDays} after submission, closed {@code closedAfterDays} after it. */
    Row closed(String matter, DemoCountyHistory.Home home, LocalDateTime submitted, int limitDays, int closedAfterDays,
               String status, String title) {
        Row row = new Row(matter, home, submitted, submitted.plusDays(closedAfterDays),
                submitted.toLocalDate().plusDays(limitDays), limitDays * 5 / 7, status, title);
        rows.add(row);
        return row;
    }

    void clinic(Row row, DemoCountyHistory.Home home) {
        clinics.add(new Clinic(row, home));
    }

    void agreement(Row row, DemoCountyHistory.Home home, long partner, LocalDate start, LocalDate end) {
        agreements.add(new Agreement(row, home, partner, start, end));
    }

    void flush() {
        // the series rows must not stay locked by this (long) transaction: live cases take numbers next
        ownTransaction.executeWithoutResult(status -> reserveNumbers());
        jdbc.batchUpdate("""
                insert into case_file (case_no, matter, region_code, status, institution_id, applicant_name, title,
                                       created_by, created_at, submitted_at, accepted_at, closed_at, clock_start,
                                       limit_working_days, due_date)
                values (?,?,?,?,?,?,?,'demo',?,?,?,?,?,?,?)""", rows.stream().map(r -> new Object[] {r.caseNo, r.matter,
                DemoCountyHistory.REGION, r.status, r.home.id(), r.home.name(), r.title, ts(r.submitted),
                ts(r.submitted), ts(r.submitted.plusDays(1)), ts(r.closed), r.submitted.toLocalDate(), r.limit,
                r.due}).toList());
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, case_no from case_file where created_by = 'demo'", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        });
        int[] n = {0};
        jdbc.batchUpdate("""
                insert into clinic_filing (case_id, institution_id, clinic_name, clinic_type, address, opening_date,
                                           services, head_name, head_id_number, head_qualification_no, registration_no,
                                           registered_at)
                values (?,?,?,'INFIRMARY','院内一楼',?,'内科、全科医疗','（演示）','11010519491231002X','QC-DEMO',?,?)""",
                clinics.stream().map(c -> new Object[] {ids.get(c.row().caseNo), c.home().id(), c.home().name() + "医务室",
                        c.row().closed.toLocalDate().plusDays(7), "芒卫医备〔" + c.row().closed.getYear() + "〕H"
                        + String.format("%03d", ++n[0]), ts(c.row().closed)}).toList());
        jdbc.batchUpdate("""
                insert into agreement (case_id, region_code, institution_id, partner_id, services, annual_fee,
                                       period_start, period_end, confirmed_at, civil_ack_at, health_ack_at)
                values (?,?,?,?,'巡诊、健康管理、保健咨询、预约就诊、急诊急救、绿色通道',?,?,?,?,?,?)""",
                agreements.stream().map(a -> new Object[] {ids.get(a.row().caseNo), DemoCountyHistory.REGION,
                        a.home().id(), a.partner(), 20000 + (a.home().id() % 4) * 10000, a.start(), a.end(),
                        ts(a.row().submitted.plusDays(3)), ts(a.row().closed), ts(a.row().closed)}).toList());
    }

    /** Takes the numbers of each series in one step, as many as the history needs. */
    private void reserveNumbers() {
        Map<String, List<Row>> bySeries = new LinkedHashMap<>();
        for (Row r : rows) {
            String prefix = PREFIX.get(r.matter) + "-" + DemoCountyHistory.REGION + "-" + r.submitted.getYear();
            bySeries.computeIfAbsent(prefix, k -> new ArrayList<>()).add(r);
        }
        bySeries.forEach((prefix, list) -> {
            String series = "CASE-" + prefix;
            jdbc.update("insert into number_series (series, next_value) values (?, ?) "
                    + "on duplicate key update next_value = next_value + ?", series, list.size(), list.size());
            long last = jdbc.queryForObject("select next_value from number_series where series = ?", Long.class, series);
            long next = last - list.size() + 1;
            for (Row r : list) {
                r.caseNo = "%s-%06d".formatted(prefix, next++);
            }
        });
    }

    private static LocalDateTime ts(LocalDateTime t) {
        return t; // the driver writes java.time values as they are (no zone shift)
    }
}
