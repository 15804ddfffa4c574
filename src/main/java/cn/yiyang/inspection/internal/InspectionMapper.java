package cn.yiyang.inspection.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Check items, plans, conflicts and the append-only draw records (no update or delete of a draw here). */
@Mapper
public interface InspectionMapper {

    record CheckItemRow(String code, String name, String basis, String department, String method) {
    }

    class PlanRow {
        public long id;
        public long caseId;
        public String caseNo;
        public String name;
        public String department;
        public String items;
        public String populationType;
        public Boolean hasInternalMedical;
        public String township;
        public BigDecimal proportion;
        public int inspectorsPerTarget;
        public LocalDate periodStart;
        public LocalDate periodEnd;
        public String status;
        public String createdBy;
        public LocalDateTime createdAt;
        public Long drawId;
        public LocalDateTime publishedAt;
        public boolean weighted;
    }

    class DrawRow {
        public long id;
        public long planId;
        public long seed;
        public String record;
        public String sha256;
        public String drawnBy;
        public LocalDateTime drawnAt;
    }

    record ConflictRow(String username, long institutionId, String reason) {
    }

    record InvolvementRow(String username, long institutionId, String caseNo) {
    }

    @Select("select code, name, basis, department, method from check_item where active order by department, code")
    List<CheckItemRow> checkItems();

    @Select("select code, name, basis, department, method from check_item where code = #{code}")
    CheckItemRow checkItem(String code);

    @Insert("""
            insert into check_item (code, name, basis, department, method, updated_by, updated_at)
            values (#{row.code}, #{row.name}, #{row.basis}, #{row.department}, #{row.method}, #{actor}, #{at})""")
    void insertCheckItem(@Param("row") CheckItemRow row, @Param("actor") String actor, @Param("at") LocalDateTime at);

    @Update("""
            update check_item set name = #{row.name}, basis = #{row.basis}, department = #{row.department},
                   method = #{row.method}, updated_by = #{actor}, updated_at = #{at} where code = #{row.code}""")
    int updateCheckItem(@Param("row") CheckItemRow row, @Param("actor") String actor, @Param("at") LocalDateTime at);

    @Select("select count(*) from department where code = #{code}")
    int departmentExists(String code);

    @Insert("""
            insert into inspection_plan (case_id, name, department, items, population_type, has_internal_medical,
                                         township, proportion, inspectors_per_target, period_start, period_end, status,
                                         created_by, created_at, weighted)
            values (#{caseId}, #{name}, #{department}, #{items}, #{populationType}, #{hasInternalMedical}, #{township},
                    #{proportion}, #{inspectorsPerTarget}, #{periodStart}, #{periodEnd}, #{status}, #{createdBy},
                    #{createdAt}, #{weighted})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertPlan(PlanRow row);

    String PLAN = """
            select p.id, p.case_id, c.case_no, p.name, p.department, p.items, p.population_type, p.has_internal_medical,
                   p.township, p.proportion, p.inspectors_per_target, p.period_start, p.period_end, p.status,
                   p.created_by, p.created_at, p.published_at, p.weighted, d.id as draw_id
            from inspection_plan p join case_file c on c.id = p.case_id left join inspection_draw d on d.plan_id = p.id
            """;

    @Select(PLAN + " where p.id = #{id}")
    PlanRow plan(long id);

    /** Plans of cases in a region, newest first (the plan list; the join is on the case's primary key). */
    @Select(PLAN + " where c.region_code = #{region} order by p.id desc limit #{limit} offset #{offset}")
    List<PlanRow> plans(@Param("region") String region, @Param("limit") int limit, @Param("offset") int offset);

    @Select("select count(*) from inspection_plan p join case_file c on c.id = p.case_id where c.region_code = #{region}")
    long countPlans(String region);

    @Select(PLAN + " where p.case_id = #{caseId}")
    PlanRow planOfCase(long caseId);

    @Select(PLAN + " where p.name = #{name} order by p.id limit 1")
    PlanRow planNamed(String name);

    @Select("select * from inspection_plan where id = #{id} for update")
    PlanRow lockPlan(long id);

    @Update("update inspection_plan set status = #{status} where id = #{id}")
    void updatePlanStatus(@Param("id") long id, @Param("status") String status);

    /** The population: institutions of the region matching the plan's filters (null = any), by id. */
    @Select("""
            <script>select id from institution where region_code = #{region}
            <if test="type != null"> and type = #{type}</if>
            <if test="internal != null"> and has_internal_medical = #{internal}</if>
            <if test="township != null"> and township = #{township}</if>
            order by id</script>""")
    List<Long> population(@Param("region") String region, @Param("type") String type,
                          @Param("internal") Boolean hasInternalMedical, @Param("township") String township);

    @Select("select username, institution_id, reason from inspector_conflict")
    List<ConflictRow> conflicts();

    @Insert("""
            insert into inspector_conflict (username, institution_id, reason, declared_at)
            values (#{username}, #{institutionId}, #{reason}, #{at})""")
    void insertConflict(@Param("username") String username, @Param("institutionId") long institutionId,
                        @Param("reason") String reason, @Param("at") LocalDateTime at);

    /** Who completed a step of a case of which institution since a moment (回避 for earlier involvement). */
    @Select("""
            select s.completed_by as username, c.institution_id, min(c.case_no) as case_no
            from case_step s join case_file c on c.id = s.case_id
            where s.ended_at >= #{since} and s.completed_by is not null and c.institution_id is not null
            group by s.completed_by, c.institution_id""")
    List<InvolvementRow> involvements(LocalDateTime since);

    @Insert("""
            insert into inspection_draw (plan_id, seed, record, sha256, drawn_by, drawn_at)
            values (#{planId}, #{seed}, #{record}, #{sha256}, #{drawnBy}, #{drawnAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertDraw(DrawRow row);

    @Select("select id, plan_id, seed, record, sha256, drawn_by, drawn_at from inspection_draw where id = #{id}")
    DrawRow draw(long id);

    // ---- drawn targets and their checklists

    class TargetRow {
        public long caseId;
        /** null for a scheduled supervision (定期监督检查), which has no plan and no draw */
        public Long planId;
        public Long drawId;
        public long institutionId;
        public String inspectorA;
        public String inspectorB;
        public LocalDateTime signedAAt;
        public LocalDateTime signedBAt;
        public String result;
        public int rectifyRound;
        public String source;
        public String sourceCaseNo;
        public String department;
        public String items;
        public Long seed;
        public String pickRecord;
    }

    record AnswerRow(String itemCode, String result, String note, String answeredBy) {
    }

    @Insert("""
            insert into inspection_target (case_id, plan_id, draw_id, institution_id, inspector_a, inspector_b)
            values (#{caseId}, #{planId}, #{drawId}, #{institutionId}, #{inspectorA}, #{inspectorB})""")
    void insertTarget(TargetRow row);

    @Insert("""
            insert into inspection_target (case_id, institution_id, inspector_a, inspector_b, source, source_case_no,
                                           department, items, seed, pick_record)
            values (#{caseId}, #{institutionId}, #{inspectorA}, #{inspectorB}, #{source}, #{sourceCaseNo},
                    #{department}, #{items}, #{seed}, #{pickRecord})""")
    void insertScheduledTarget(TargetRow row);

    /** The scheduled inspections a filing or licence case opened, oldest first. */
    @Select("""
            select c.case_no, t.institution_id, c.applicant_name as institution_name, t.inspector_a, t.inspector_b,
                   c.status, t.result, t.rectify_round
            from inspection_target t join case_file c on c.id = t.case_id where t.source_case_no = #{caseNo}
            order by t.case_id""")
    List<cn.yiyang.inspection.Inspection> inspectionsOfSource(String caseNo);

    /**
     * What a target is inspected under: its plan, or for a scheduled supervision a plan-like scope built from the
     * target's own department and items (id 0, named after the source case).
     */
    default PlanRow scopeOf(TargetRow t) {
        if (t.planId != null) {
            return plan(t.planId);
        }
        PlanRow scope = new PlanRow();
        scope.name = "定期监督检查";
        scope.caseNo = t.sourceCaseNo;
        scope.department = t.department;
        scope.items = t.items;
        scope.inspectorsPerTarget = 2;
        return scope;
    }

    @Select("select * from inspection_target where case_id = #{caseId} for update")
    TargetRow lockTarget(long caseId);

    @Select("select * from inspection_target where case_id = #{caseId}")
    TargetRow target(long caseId);

    @Select("select * from inspection_target where plan_id = #{planId} order by case_id")
    List<TargetRow> targetsOfPlan(long planId);

    @Update("update inspection_target set signed_a_at = #{at} where case_id = #{caseId}")
    void signA(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    @Update("update inspection_target set signed_b_at = #{at}, result = #{result} where case_id = #{caseId}")
    void signB(@Param("caseId") long caseId, @Param("at") LocalDateTime at, @Param("result") String result);

    @Update("update inspection_target set rectify_round = #{round} where case_id = #{caseId}")
    void rectifyRound(@Param("caseId") long caseId, @Param("round") int round);

    @Update("update inspection_target set result = #{result} where case_id = #{caseId}")
    void result(@Param("caseId") long caseId, @Param("result") String result);

    @Update("delete from inspection_answer where case_id = #{caseId}")
    void deleteAnswers(long caseId);

    @Insert("""
            <script>insert into inspection_answer (case_id, item_code, result, note, answered_by, answered_at) values
            <foreach collection="answers" item="a" separator=",">(#{caseId}, #{a.itemCode}, #{a.result}, #{a.note}, #{a.answeredBy}, #{at})</foreach>
            </script>""")
    void insertAnswers(@Param("caseId") long caseId, @Param("answers") List<AnswerRow> answers,
                       @Param("at") LocalDateTime at);

    @Select("select item_code, result, note, answered_by from inspection_answer where case_id = #{caseId} order by item_code")
    List<AnswerRow> answers(long caseId);

    @Select("""
            select c.case_no, t.institution_id, c.applicant_name as institution_name, t.inspector_a, t.inspector_b,
                   c.status, t.result, t.rectify_round
            from inspection_target t join case_file c on c.id = t.case_id where t.plan_id = #{planId} order by t.case_id""")
    List<cn.yiyang.inspection.Inspection> inspections(long planId);

    @Update("update inspection_plan set published_at = #{at}, published_by = #{actor} where id = #{id}")
    void publish(@Param("id") long id, @Param("actor") String actor, @Param("at") LocalDateTime at);

    @Select("select published_at from inspection_plan where id = #{id}")
    LocalDateTime publishedAt(long id);

    /** Results of published plans of a year: institution and outcome only, no personal data. */
    @Select("""
            select p.name as plan_name, c.case_no, c.applicant_name as institution_name, i.township, t.result,
                   cast(c.closed_at as date) as closed_on, cast(p.published_at as date) as published_on
            from inspection_target t join inspection_plan p on p.id = t.plan_id join case_file c on c.id = t.case_id
                 join institution i on i.id = t.institution_id
            where p.published_at is not null and year(p.published_at) = #{year} and t.result is not null
            order by p.published_at desc, c.case_no""")
    List<cn.yiyang.inspection.PublishedResult> publishedResults(int year);

    /** The draws of a year for the public page: plan, when, how many targets, whether its results are published. */
    @Select("""
            select d.id as draw_id, p.name as plan_name, c.case_no as plan_case_no, d.seed, d.drawn_at,
                   (select count(*) from inspection_target t where t.draw_id = d.id) as targets,
                   p.published_at is not null as published
            from inspection_draw d join inspection_plan p on p.id = d.plan_id join case_file c on c.id = p.case_id
            where d.drawn_at >= #{from} and d.drawn_at < #{to} order by d.drawn_at desc""")
    List<cn.yiyang.inspection.PublicDraw> publicDraws(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    // ---- 整改不到位: escalation, 通报 and 移送

    @Insert("""
            insert into inspection_escalation (case_id, institution_id, reason, escalated_by, escalated_at)
            values (#{caseId}, #{institutionId}, #{reason}, #{actor}, #{at})""")
    void insertEscalation(@Param("caseId") long caseId, @Param("institutionId") long institutionId,
                          @Param("reason") String reason, @Param("actor") String actor, @Param("at") LocalDateTime at);

    @Select("select reason from inspection_escalation where case_id = #{caseId}")
    String escalationReason(long caseId);

    @Update("""
            update inspection_escalation set circular_no = #{circularNo}, circular_text = #{text},
                   referral_no = #{referralNo}, refer_to = #{referTo}, circulated_by = #{actor}, circulated_at = #{at}
            where case_id = #{caseId}""")
    void circulate(@Param("caseId") long caseId, @Param("circularNo") String circularNo, @Param("text") String text,
                   @Param("referralNo") String referralNo, @Param("referTo") String referTo,
                   @Param("actor") String actor, @Param("at") LocalDateTime at);

    /** The 通报 of a year for the public page: institution, number, text, date; no person's name. */
    @Select("""
            select e.circular_no, c.applicant_name as institution_name, e.circular_text,
                   cast(e.circulated_at as date) as circulated_on
            from inspection_escalation e join case_file c on c.id = e.case_id
            where e.circulated_at >= #{from} and e.circulated_at < #{to} order by e.circulated_at desc""")
    List<cn.yiyang.inspection.Circular> circulars(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    /** Institutions of the population whose earlier inspection failed (FAIL, later RECTIFIED, or ESCALATED). */
    @Select("""
            <script>select distinct institution_id from inspection_target
            where result in ('FAIL', 'RECTIFIED', 'ESCALATED') and institution_id in
            <foreach collection="population" item="id" open="(" separator="," close=")">#{id}</foreach></script>""")
    List<Long> earlierFailures(@Param("population") List<Long> population);
}
