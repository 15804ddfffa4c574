package cn.yiyang.casework.internal;

import cn.yiyang.casework.DoneItem;
import cn.yiyang.casework.Matter;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The inbox: one paged SQL query over the engine's runtime tasks and the case tables (indexes in V3), never the
 * engine's variable-filtered TaskQuery.
 */
@Mapper
public interface TaskMapper {

    class TaskRow {
        public String id;
        public String name;
        public String taskKey;
        public String procDefId;
        public String procInstId;
        public String caseNo;
        public Long caseId;
        public Matter matter;
        public String applicantName;
        public LocalDateTime createdAt;
        public LocalDateTime due;
        public String assignee;
        public String candidateGroups;
        public String description;
        public String formKey;
    }

    class Query {
        public String region;
        public String user;
        public List<String> groups;
        public boolean mine;
        public boolean group;
        public Matter matter;
        public String warning;
        public LocalDateTime today;
        public LocalDateTime yellowUntil;
        public String q;
        public boolean sortByCreated;
        public int limit;
        public int offset;

        /** Rows each branch of the due-sorted queue reads: everything up to the end of the page. */
        public int getWindow() {
            return offset + limit;
        }
    }

    String FROM = """
             from ACT_RU_TASK t
             join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
             join case_file c on c.id = cp.case_id
            where c.region_code = #{region}
              and (
                <if test="mine">t.ASSIGNEE_ = #{user}</if>
                <if test="mine and group"> or </if>
                <if test="group">(t.ASSIGNEE_ is null and t.ID_ in (select l.TASK_ID_ from ACT_RU_IDENTITYLINK l
                     where l.TYPE_ = 'candidate' and l.GROUP_ID_ in
                     <foreach collection="groups" item="g" open="(" close=")" separator=",">#{g}</foreach>))</if>
              )
              <if test="matter != null">and c.matter = #{matter}</if>
              <if test="warning == 'RED'">and t.DUE_DATE_ &lt; #{today}</if>
              <if test="warning == 'YELLOW'">and t.DUE_DATE_ &gt;= #{today} and t.DUE_DATE_ &lt;= #{yellowUntil}</if>
              <if test="warning == 'NONE'">and (t.DUE_DATE_ is null or t.DUE_DATE_ &gt; #{yellowUntil})</if>
              <if test="q != null">and (c.case_no = #{q} or c.applicant_name like concat('%', #{q}, '%')
                   or t.NAME_ like concat('%', #{q}, '%'))</if>
            """;

    String COLUMNS = """
            t.ID_ as id, t.NAME_ as name, t.TASK_DEF_KEY_ as task_key, t.PROC_DEF_ID_ as proc_def_id,
            t.PROC_INST_ID_ as proc_inst_id, c.case_no, c.id as case_id, c.matter, c.applicant_name,
            t.CREATE_TIME_ as created_at, t.DUE_DATE_ as due, t.ASSIGNEE_ as assignee, t.DESCRIPTION_ as description,
            (select group_concat(l.GROUP_ID_) from ACT_RU_IDENTITYLINK l
              where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate') as candidate_groups
            """;

    /** The filters every branch of the due-sorted queue shares (matter, warning, search). */
    String FILTERS = """
              <if test="matter != null">and c.matter = #{matter}</if>
              <if test="warning == 'RED'">and t.DUE_DATE_ &lt; #{today}</if>
              <if test="warning == 'YELLOW'">and t.DUE_DATE_ &gt;= #{today} and t.DUE_DATE_ &lt;= #{yellowUntil}</if>
              <if test="warning == 'NONE'">and (t.DUE_DATE_ is null or t.DUE_DATE_ &gt; #{yellowUntil})</if>
              <if test="q != null">and (c.case_no = #{q} or c.applicant_name like concat('%', #{q}, '%')
                   or t.NAME_ like concat('%', #{q}, '%'))</if>
            """;

    String BRANCH = """
             select straight_join t.ID_ as id, t.DUE_DATE_ as due, t.CREATE_TIME_ as created
               from ACT_RU_TASK t force index (YY_IDX_TASK_ASSIGNEE_DUE_CREATED)
               join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
               join case_file c on c.id = cp.case_id
              where c.region_code = #{region}
            """;

    String MINE = " and t.ASSIGNEE_ = #{user}";

    String GROUP = """
               and t.ASSIGNEE_ is null and exists (select 1 from ACT_RU_IDENTITYLINK l
                    where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ in
                    <foreach collection="groups" item="g" open="(" close=")" separator=",">#{g}</foreach>)
            """;

    String DUE = " and t.DUE_DATE_ is not null" + FILTERS
            + " order by t.DUE_DATE_, t.CREATE_TIME_, t.ID_ limit #{window}";

    String NO_DUE = " and t.DUE_DATE_ is null" + FILTERS + " order by t.CREATE_TIME_, t.ID_ limit #{window}";

    /**
     * The queue by due date (tasks without one last). "Mine" and "my groups" are separate branches, and tasks with
     * and without a due date too, so that each branch is one range of YY_IDX_TASK_ASSIGNEE_DUE_CREATED (V12) read in
     * its order and stopped after offset + size rows; only those few rows are merged and sorted, then joined for
     * the columns. One OR-ed query had to sort every task of the department for each page (EXPLAIN in README).
     * STRAIGHT_JOIN and the index hint keep the optimizer from starting at the identity links (a semi-join that
     * then sorts every candidate task), which it prefers on small tables.
     */
    @Select("<script>select " + COLUMNS + """
             from (select u.id, u.due, u.created from (
              <trim prefixOverrides="union all">
                <if test="mine">union all (""" + BRANCH + MINE + DUE + ") union all (" + BRANCH + MINE + NO_DUE + """
                )</if>
                <if test="group">union all (""" + BRANCH + GROUP + DUE + ") union all (" + BRANCH + GROUP + NO_DUE
            + """
                )</if>
              </trim>) u order by u.due is null, u.due, u.created, u.id limit #{limit} offset #{offset}) k
             join ACT_RU_TASK t on t.ID_ = k.id
             join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
             join case_file c on c.id = cp.case_id
            order by k.due is null, k.due, k.created, k.id</script>""")
    List<TaskRow> queueByDue(Query query);

    /** Newest first (sort by created): the unindexed order, kept as it was. */
    @Select("<script>select " + COLUMNS + FROM
            + " order by t.CREATE_TIME_ desc, t.ID_ limit #{limit} offset #{offset}</script>")
    List<TaskRow> queueByCreated(Query query);

    default List<TaskRow> queue(Query query) {
        return query.sortByCreated ? queueByCreated(query) : queueByDue(query);
    }

    @Select("<script>select count(*)" + FROM + "</script>")
    long count(Query query);

    @Select("select " + COLUMNS + """
             from ACT_RU_TASK t
             join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
             join case_file c on c.id = cp.case_id
            where t.ID_ = #{id}""")
    TaskRow find(String taskId);

    @Select("""
            select t.ID_ from ACT_RU_TASK t join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
             where cp.case_id = #{caseId} and t.TASK_DEF_KEY_ = #{taskKey} order by t.CREATE_TIME_ limit 1""")
    String openTaskOf(@Param("caseId") long caseId, @Param("taskKey") String taskKey);

    @Select("select count(*) from ACT_HI_TASKINST where ID_ = #{id} and END_TIME_ is not null")
    boolean wasCompleted(String taskId);

    @Select("""
            select s.task_id, s.name, c.case_no, c.matter, c.applicant_name, s.started_at, s.ended_at, s.outcome, s.comment
              from case_step s join case_file c on c.id = s.case_id
             where s.completed_by = #{user} and s.ended_at is not null
             order by s.ended_at desc limit #{limit} offset #{offset}""")
    List<DoneItem> done(@Param("user") String user, @Param("limit") int limit, @Param("offset") int offset);

    @Select("select count(*) from case_step where completed_by = #{user} and ended_at is not null")
    long countDone(String user);
}
