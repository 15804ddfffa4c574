package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface CaseMapper {

    String COLUMNS = """
            c.id, c.case_no, c.matter, c.region_code, c.status, c.institution_id, c.applicant_name, c.title, c.created_by,
            c.created_at, c.submitted_at, c.accepted_at, c.closed_at, c.clock_start, c.limit_working_days,
            c.extension_days, c.due_date, c.due_provisional, c.process_instance_id, c.version,
            exists (select 1 from case_pause p where p.case_id = c.id and p.ended_at is null) as paused
            """;

    @Insert("""
            insert into case_file (case_no, matter, region_code, status, institution_id, applicant_name, title,
                                   created_by, created_at)
            values (#{caseNo}, #{matter}, #{regionCode}, #{status}, #{institutionId}, #{applicantName}, #{title},
                    #{createdBy}, #{createdAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insert(CaseRow row);

    @Select("select " + COLUMNS + " from case_file c where c.case_no = #{caseNo}")
    CaseRow findByNo(String caseNo);

    @Select("select " + COLUMNS + " from case_file c where c.id = #{id}")
    CaseRow findById(long id);

    /** Locks the case row for the rest of the transaction: serialises changes of one case. */
    @Select("select " + COLUMNS + " from case_file c where c.id = #{id} for update")
    CaseRow lock(long id);

    @Update("update case_file set status = #{status}, version = version + 1 where id = #{id}")
    void updateStatus(@Param("id") long id, @Param("status") CaseStatus status);

    @Update("update case_file set status = #{status}, submitted_at = #{at}, process_instance_id = #{pi}, "
            + "version = version + 1 where id = #{id}")
    void markSubmitted(@Param("id") long id, @Param("status") CaseStatus status, @Param("at") LocalDateTime at,
                       @Param("pi") String processInstanceId);

    @Update("update case_file set accepted_at = #{at}, version = version + 1 where id = #{id}")
    void markAccepted(@Param("id") long id, @Param("at") LocalDateTime at);

    @Update("update case_file set status = #{status}, closed_at = #{at}, version = version + 1 where id = #{id}")
    void close(@Param("id") long id, @Param("status") CaseStatus status, @Param("at") LocalDateTime at);

    @Update("""
            update case_file set clock_start = #{start}, limit_working_days = #{limit}, extension_days = 0,
                   due_date = #{due}, due_provisional = #{provisional}, version = version + 1 where id = #{id}""")
    void startClock(@Param("id") long id, @Param("start") LocalDate start, @Param("limit") int limit,
                    @Param("due") LocalDate due, @Param("provisional") boolean provisional);

    @Update("update case_file set due_date = #{due}, due_provisional = #{provisional}, "
            + "extension_days = extension_days + #{extension}, version = version + 1 where id = #{id}")
    void moveDue(@Param("id") long id, @Param("due") LocalDate due, @Param("provisional") boolean provisional,
                 @Param("extension") int extension);

    @Update("update case_file set applicant_name = #{name}, title = #{title} where id = #{id}")
    void updateTitle(@Param("id") long id, @Param("name") String applicantName, @Param("title") String title);

    @Insert("insert into case_process (proc_inst_id, case_id) values (#{pi}, #{caseId})")
    void linkProcess(@Param("pi") String processInstanceId, @Param("caseId") long caseId);

    @Select("select case_id from case_process where proc_inst_id = #{pi}")
    Long caseOfProcess(String processInstanceId);

    @Select("select proc_inst_id from case_process where case_id = #{caseId}")
    List<String> processesOf(long caseId);

    // ---- pauses

    @Insert("insert into case_pause (case_id, kind, reason, started_at) values (#{caseId}, #{kind}, #{reason}, #{at})")
    void insertPause(@Param("caseId") long caseId, @Param("kind") String kind, @Param("reason") String reason,
                     @Param("at") LocalDateTime at);

    @Select("select id, kind, reason, started_at, ended_at from case_pause where case_id = #{caseId} order by started_at")
    List<PauseRow> pauses(long caseId);

    @Update("update case_pause set ended_at = #{at} where id = #{id}")
    void endPause(@Param("id") long id, @Param("at") LocalDateTime at);

    record PauseRow(Long id, String kind, String reason, LocalDateTime startedAt, LocalDateTime endedAt) {
    }

    // ---- lists

    String VISIBLE = """
             where c.region_code = #{region}
             <choose>
               <when test="institutionId != null">and c.institution_id = #{institutionId}</when>
               <when test="allCases">and 1 = 1</when>
               <otherwise>
                 and (<if test="leadMatters.size() > 0">c.matter in <foreach collection="leadMatters" item="m" open="(" close=")" separator=",">#{m}</foreach>
                      or </if>exists (select 1 from case_step s where s.case_id = c.id
                                 and (s.candidate_group in <foreach collection="groups" item="g" open="(" close=")" separator=",">#{g}</foreach>
                                      or s.assignee = #{user} or s.completed_by = #{user})))
               </otherwise>
             </choose>
             <if test="matter != null">and c.matter = #{matter}</if>
             <if test="status != null">and c.status = #{status}</if>
             <if test="excludeDrafts">and c.status &lt;&gt; 'DRAFT'</if>
             <if test="warning == 'RED'">and c.closed_at is null and c.due_date &lt; #{today}</if>
             <if test="warning == 'YELLOW'">and c.closed_at is null and c.due_date &gt;= #{today} and c.due_date &lt;= #{yellowUntil}</if>
             <if test="warning == 'NONE'">and (c.due_date is null or c.closed_at is not null or c.due_date &gt; #{yellowUntil})</if>
             <if test="q != null and q != ''">and (c.case_no = #{q} or c.applicant_name like concat('%', #{q}, '%')
                 or c.title like concat('%', #{q}, '%'))</if>
            """;

    @Select("<script>select " + COLUMNS + " from case_file c" + VISIBLE
            + " order by c.created_at desc, c.id desc limit #{limit} offset #{offset}</script>")
    List<CaseRow> search(CaseQuery query);

    @Select("<script>select count(*) from case_file c" + VISIBLE + "</script>")
    long count(CaseQuery query);

    @Select("""
            select exists (select 1 from case_step s where s.case_id = #{caseId}
                           and (s.candidate_group like concat(#{dept}, '\\_%') or s.assignee = #{user}
                                or s.completed_by = #{user}))""")
    boolean staffInvolved(@Param("caseId") long caseId, @Param("dept") String department, @Param("user") String user);

    /** Whether a step of the case went to this candidate group (e.g. a partner institution's {@code INST_42}). */
    @Select("select exists (select 1 from case_step s where s.case_id = #{caseId} and s.candidate_group = #{group})")
    boolean groupInvolved(@Param("caseId") long caseId, @Param("group") String group);

    /** Parameters of a case list; {@code institutionId} set means an applicant's own cases only. */
    class CaseQuery {
        public String region;
        public Long institutionId;
        public boolean allCases;
        public List<Matter> leadMatters = List.of();
        public List<String> groups = List.of("-");
        public String user;
        public Matter matter;
        public CaseStatus status;
        public boolean excludeDrafts;
        public String warning;
        public LocalDate today;
        public LocalDate yellowUntil;
        public String q;
        public int limit;
        public int offset;
    }
}
