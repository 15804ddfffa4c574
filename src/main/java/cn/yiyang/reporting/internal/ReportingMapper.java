package cn.yiyang.reporting.internal;

import cn.yiyang.reporting.InstitutionCoverage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The indicators as SQL aggregates over the application's tables. Every ratio query groups by township WITH ROLLUP:
 * the row whose township is null is the whole county.
 */
@Mapper
public interface ReportingMapper {

    record IndicatorRow(String code, String name, String unit, String kind, String department, String basis) {
    }

    /** numerator / denominator of one township (township null: the county). */
    record Ratio(String township, long numerator, long denominator) {
    }

    record CoverageRow(String township, long institutions, long providing, long withoutClinic, long covered) {
    }

    record TargetRow(String indicatorCode, int year, String township, BigDecimal target, String department,
                     Integer taskNo, String taskText) {
    }

    record ValueRow(String indicatorCode, int year, int quarter, String township, BigDecimal value, String source,
                    String enteredBy, LocalDateTime enteredAt) {
    }

    record OverdueRow(String department, long red, long yellow) {
    }

    record OverdueCase(String caseNo, String matter, String applicantName, String title, String stepName,
                       LocalDate due, boolean red) {
    }

    @Select("select code, name, unit, kind, department, basis from indicator order by sort_order")
    List<IndicatorRow> indicators();

    // The institutions covered on a day: a confirmed agreement (not declined or withdrawn) whose period contains it.
    String VALID_AGREEMENTS = """
            select a.institution_id, group_concat(distinct p.name order by p.name separator '、') as partners,
                   max(a.period_end) as valid_until
              from agreement a join case_file c on c.id = a.case_id join institution p on p.id = a.partner_id
             where a.region_code = #{region} and a.confirmed_at is not null and a.confirmed_at &lt; #{dayAfter}
               and a.declined_at is null and c.status not in ('WITHDRAWN', 'NOT_ACCEPTED')
               and a.period_start &lt;= #{day} and a.period_end &gt;= #{day}
             group by a.institution_id""";

    /** Elderly care institutions (养老机构, 医养结合机构) and which of them provide medical services on a day. */
    @Select("<script>select i.township, count(*) as institutions,"
            + " sum(case when i.has_internal_medical or ag.institution_id is not null then 1 else 0 end) as providing,"
            + " sum(case when i.has_internal_medical then 0 else 1 end) as without_clinic,"
            + " sum(case when not i.has_internal_medical and ag.institution_id is not null then 1 else 0 end) as covered"
            + " from institution i left join (" + VALID_AGREEMENTS + ") ag on ag.institution_id = i.id"
            + " where i.region_code = #{region} and i.type in ('ELDERLY_CARE', 'COMBINED')"
            + " group by i.township with rollup</script>")
    List<CoverageRow> coverage(@Param("region") String region, @Param("day") LocalDate day,
                               @Param("dayAfter") LocalDate dayAfter);

    @Select("<script>select i.name, i.credit_code, i.township, i.has_internal_medical as internal_medical,"
            + " ag.partners, ag.valid_until"
            + " from institution i left join (" + VALID_AGREEMENTS + ") ag on ag.institution_id = i.id"
            + " where i.region_code = #{region} and i.type in ('ELDERLY_CARE', 'COMBINED')"
            + " <if test='township != null'>and i.township = #{township}</if>"
            + " order by (i.has_internal_medical or ag.institution_id is not null), i.township, i.name</script>")
    List<InstitutionCoverage> coverageDetail(@Param("region") String region, @Param("township") String township,
                                             @Param("day") LocalDate day, @Param("dayAfter") LocalDate dayAfter);

    /**
     * Cases with a limit decided in [from, to) — on time when closed by the due day (pauses already moved it) — plus
     * open cases whose due day has passed before {@code asOf} with the clock running: those are late already. A
     * paused case is not late: its clock stands still. Withdrawn cases decided nothing.
     */
    @Select("""
            <script>select y.township, sum(y.on_time) as numerator, count(*) as denominator from (
              select coalesce(i.township, '-') as township, x.on_time from (
              select c.institution_id, case when date(c.closed_at) &lt;= c.due_date then 1 else 0 end as on_time
                from case_file c
               where c.region_code = #{region} and c.due_date is not null and c.closed_at &gt;= #{from}
                 and c.closed_at &lt; #{to} and c.status != 'WITHDRAWN'
                 <if test="rectification">and c.matter = 'RECTIFICATION'</if>
                 <if test="!rectification">and c.matter not in ('RECTIFICATION', 'INSPECTION')</if>
              union all
              select c.institution_id, 0
                from case_file c
               where c.region_code = #{region} and c.closed_at is null and c.status != 'DRAFT'
                 and c.due_date &lt; #{asOf} and c.due_date &gt;= #{from}
                 and not exists (select 1 from case_pause p where p.case_id = c.id and p.ended_at is null)
                 <if test="rectification">and c.matter = 'RECTIFICATION'</if>
                 <if test="!rectification">and c.matter not in ('RECTIFICATION', 'INSPECTION')</if>
            ) x left join institution i on i.id = x.institution_id) y
            group by y.township with rollup</script>""")
    List<Ratio> onTime(@Param("region") String region, @Param("rectification") boolean rectification,
                       @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("asOf") LocalDate asOf);

    // The results of a plan are due by its publication step (Task_Publish, 20 working days from the last signature,
    // moved by pauses like every case limit): the step's due day, else the plan case's. One row per inspected target.
    String PUBLICATIONS = """
              from inspection_plan p join case_file c on c.id = p.case_id
              join case_step s on s.case_id = c.id and s.task_key = 'Task_Publish'
              join inspection_target t on t.plan_id = p.id join institution i on i.id = t.institution_id
             where c.region_code = #{region}
               and ((p.published_at &gt;= #{from} and p.published_at &lt; #{to})
                 or (p.published_at is null and coalesce(date(s.due_at), c.due_date) &lt; #{asOf}
                     and coalesce(date(s.due_at), c.due_date) &gt;= #{from}
                     and not exists (select 1 from case_pause q where q.case_id = c.id and q.ended_at is null)))""";

    String PUBLISHED_IN_TIME = "p.published_at is not null and date(p.published_at) &lt;= coalesce(date(s.due_at), c.due_date)";

    /**
     * Inspection results published in [from, to) — on time when published by the publication step's working-day due
     * day — plus unpublished ones whose due day passed before {@code asOf}: late already; still within it: not counted.
     */
    @Select("<script>select i.township, sum(case when " + PUBLISHED_IN_TIME + " then 1 else 0 end) as numerator,"
            + " count(*) as denominator" + PUBLICATIONS + " group by i.township with rollup</script>")
    List<Ratio> publishedOnTime(@Param("region") String region, @Param("from") LocalDate from,
                                @Param("to") LocalDate to, @Param("asOf") LocalDate asOf);

    /** One late item behind an on-time indicator: a case decided (or still open) after its due day. */
    record LateRow(String caseNo, String matter, String applicantName, String title, String township, LocalDate due,
                   LocalDateTime doneAt) {
    }

    /** The late publications behind {@link #publishedOnTime}: the plan's case, the inspected institution. */
    @Select("<script>select c.case_no, c.matter, i.name as applicant_name, p.name as title, i.township,"
            + " coalesce(date(s.due_at), c.due_date) as due, p.published_at as done_at" + PUBLICATIONS
            + " and not (" + PUBLISHED_IN_TIME + ")"
            + " <if test='township != null'>and i.township = #{township}</if>"
            + " order by due, c.case_no, i.name limit #{limit} offset #{offset}</script>")
    List<LateRow> latePublications(@Param("region") String region, @Param("from") LocalDate from,
                                   @Param("to") LocalDate to, @Param("asOf") LocalDate asOf,
                                   @Param("township") String township, @Param("limit") int limit,
                                   @Param("offset") int offset);

    @Select("<script>select count(*)" + PUBLICATIONS + " and not (" + PUBLISHED_IN_TIME + ")"
            + " <if test='township != null'>and i.township = #{township}</if></script>")
    long countLatePublications(@Param("region") String region, @Param("from") LocalDate from,
                               @Param("to") LocalDate to, @Param("asOf") LocalDate asOf,
                               @Param("township") String township);

    // The late cases behind onTime: decided in [from, to) after the due day, or open past it with the clock running.
    String LATE_CASES = """
              from case_file c left join institution i on i.id = c.institution_id
             where c.region_code = #{region} and c.due_date is not null and c.status != 'WITHDRAWN'
               <if test="rectification">and c.matter = 'RECTIFICATION'</if>
               <if test="!rectification">and c.matter not in ('RECTIFICATION', 'INSPECTION')</if>
               and ((c.closed_at &gt;= #{from} and c.closed_at &lt; #{to} and date(c.closed_at) &gt; c.due_date)
                 or (c.closed_at is null and c.status != 'DRAFT' and c.due_date &lt; #{asOf} and c.due_date &gt;= #{from}
                     and not exists (select 1 from case_pause q where q.case_id = c.id and q.ended_at is null)))
               <if test="township != null">and i.township = #{township}</if>""";

    @Select("<script>select c.case_no, c.matter, c.applicant_name, c.title, i.township, c.due_date as due,"
            + " c.closed_at as done_at" + LATE_CASES + " order by c.due_date, c.case_no"
            + " limit #{limit} offset #{offset}</script>")
    List<LateRow> lateCases(@Param("region") String region, @Param("rectification") boolean rectification,
                            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("asOf") LocalDate asOf,
                            @Param("township") String township, @Param("limit") int limit,
                            @Param("offset") int offset);

    @Select("<script>select count(*)" + LATE_CASES + "</script>")
    long countLateCases(@Param("region") String region, @Param("rectification") boolean rectification,
                        @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("asOf") LocalDate asOf,
                        @Param("township") String township);

    @Select("""
            <script>select indicator_code, year, township, target, department, task_no, task_text
              from indicator_target where region_code = #{region} and year = #{year}
              <if test="code != null">and indicator_code = #{code}</if>
              order by indicator_code, township</script>""")
    List<TargetRow> targets(@Param("region") String region, @Param("year") int year, @Param("code") String code);

    @Insert("""
            insert into indicator_target (region_code, indicator_code, year, township, target, department, task_no,
                                          task_text, updated_by, updated_at)
            values (#{region}, #{t.indicatorCode}, #{t.year}, #{t.township}, #{t.target}, #{t.department}, #{t.taskNo},
                    #{t.taskText}, #{by}, #{at})
            on duplicate key update target = values(target), department = values(department),
                    task_no = values(task_no), task_text = values(task_text), updated_by = values(updated_by),
                    updated_at = values(updated_at)""")
    void upsertTarget(@Param("region") String region, @Param("t") TargetRow target, @Param("by") String by,
                      @Param("at") LocalDateTime at);

    @Select("""
            <script>select indicator_code, year, quarter, township, value, source, entered_by, entered_at
              from indicator_value where region_code = #{region} and year between #{fromYear} and #{toYear}
              <if test="code != null">and indicator_code = #{code}</if>
              order by indicator_code, township, year, quarter</script>""")
    List<ValueRow> values(@Param("region") String region, @Param("fromYear") int fromYear,
                          @Param("toYear") int toYear, @Param("code") String code);

    /** Locks the indicator's row: entries of one indicator's values happen one after another. */
    @Select("select code from indicator where code = #{code} for update")
    String lockIndicator(String code);

    @Select("""
            select indicator_code, year, quarter, township, value, source, entered_by, entered_at from indicator_value
             where region_code = #{region} and indicator_code = #{code} and year = #{year} and quarter = #{quarter}
               and township = #{township}""")
    ValueRow value(@Param("region") String region, @Param("code") String code, @Param("year") int year,
                   @Param("quarter") int quarter, @Param("township") String township);

    @Insert("""
            insert into indicator_value (region_code, indicator_code, year, quarter, township, value, source, entered_by,
                                         entered_at)
            values (#{region}, #{v.indicatorCode}, #{v.year}, #{v.quarter}, #{v.township}, #{v.value}, #{v.source},
                    #{v.enteredBy}, #{v.enteredAt})
            on duplicate key update value = values(value), source = values(source), entered_by = values(entered_by),
                    entered_at = values(entered_at)""")
    void upsertValue(@Param("region") String region, @Param("v") ValueRow value);

    // An open step's department is the first part of its candidate group (HEALTH_REVIEWER → HEALTH); INST_42 is
    // an institution (the applicant's turn). The step's own due day if it has one, else the case's.
    String OPEN_STEPS = """
              from case_step s join case_file c on c.id = s.case_id
             where s.ended_at is null and c.region_code = #{region} and c.closed_at is null
               and coalesce(date(s.due_at), c.due_date) &lt;= #{yellowUntil}
               and not exists (select 1 from case_pause p where p.case_id = c.id and p.ended_at is null)""";

    String DEPARTMENT = "case when s.candidate_group like 'INST\\\\_%' then 'APPLICANT' "
            + "else substring_index(coalesce(s.candidate_group, 'UNASSIGNED'), '_', 1) end";

    @Select("<script>select " + DEPARTMENT + " as department,"
            + " sum(case when coalesce(date(s.due_at), c.due_date) &lt; #{today} then 1 else 0 end) as red,"
            + " sum(case when coalesce(date(s.due_at), c.due_date) &gt;= #{today} then 1 else 0 end) as yellow"
            + OPEN_STEPS + " group by 1 order by 2 desc, 3 desc</script>")
    List<OverdueRow> overdueByDepartment(@Param("region") String region, @Param("today") LocalDate today,
                                         @Param("yellowUntil") LocalDate yellowUntil);

    @Select("<script>select c.case_no, c.matter, c.applicant_name, c.title, s.name as step_name,"
            + " coalesce(date(s.due_at), c.due_date) as due,"
            + " coalesce(date(s.due_at), c.due_date) &lt; #{today} as red" + OPEN_STEPS
            + " and " + DEPARTMENT + " = #{department}"
            + " order by due, c.case_no limit #{limit} offset #{offset}</script>")
    List<OverdueCase> overdueCases(@Param("region") String region, @Param("today") LocalDate today,
                                   @Param("yellowUntil") LocalDate yellowUntil, @Param("department") String department,
                                   @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>select count(*)" + OPEN_STEPS + " and " + DEPARTMENT + " = #{department}</script>")
    long countOverdueCases(@Param("region") String region, @Param("today") LocalDate today,
                           @Param("yellowUntil") LocalDate yellowUntil, @Param("department") String department);
}
