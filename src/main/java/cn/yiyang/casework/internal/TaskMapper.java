package cn.yiyang.casework.internal;

import cn.yiyang.casework.DoneItem;
import cn.yiyang.casework.Matter;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/**
 * The inbox: one paged SQL query over the 待办队列 (task_queue, V14) joined to the engine's runtime tasks and the
 * case for the columns of one page, never the engine's variable-filtered TaskQuery.
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

        /** Rows each branch of the queue reads: everything up to the end of the page. */
        public int getWindow() {
            return offset + limit;
        }

        /** The task_queue owners the caller answers for: themself ("mine"), each of their groups ("group"). */
        public List<String> getOwners() {
            List<String> owners = new java.util.ArrayList<>();
            if (mine) {
                owners.add(TaskQueue.USER + user);
            }
            if (group) {
                groups.forEach(g -> owners.add(TaskQueue.GROUP + g));
            }
            return owners;
        }
    }

    String COLUMNS = """
            t.ID_ as id, t.NAME_ as name, t.TASK_DEF_KEY_ as task_key, t.PROC_DEF_ID_ as proc_def_id,
            t.PROC_INST_ID_ as proc_inst_id, c.case_no, c.id as case_id, c.matter, c.applicant_name,
            t.CREATE_TIME_ as created_at, t.DUE_DATE_ as due, t.ASSIGNEE_ as assignee, t.DESCRIPTION_ as description,
            (select group_concat(l.GROUP_ID_) from ACT_RU_IDENTITYLINK l
              where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate') as candidate_groups
            """;

    /** The index whose equality prefix is the branch's filter and whose rest is the sort. */
    String INDEX = """
             force index (<choose>
               <when test="sortByCreated and matter != null">ix_queue_matter_created</when>
               <when test="sortByCreated">ix_queue_created</when>
               <when test="matter != null">ix_queue_matter_due</when>
               <otherwise>ix_queue_due</otherwise></choose>)
            """;

    /** Search text needs the case and the task name; without it a branch reads the queue's index alone. */
    String SEARCH_JOIN = """
             <if test="q != null">join case_file c on c.id = tq.case_id join ACT_RU_TASK t on t.ID_ = tq.task_id</if>
            """;

    String FILTERS = """
               and tq.region_code = #{region}
              <if test="matter != null">and tq.matter = #{matter}</if>
              <if test="warning == 'RED'">and tq.due_sort &lt; #{today}</if>
              <if test="warning == 'YELLOW'">and tq.due_sort &gt;= #{today} and tq.due_sort &lt;= #{yellowUntil}</if>
              <if test="warning == 'NONE'">and tq.due_sort &gt; #{yellowUntil}</if>
              <if test="q != null">and (c.case_no = #{q} or c.applicant_name like concat('%', #{q}, '%')
                   or t.NAME_ like concat('%', #{q}, '%'))</if>
            """;

    /* The sort, due date first (undated last) or newest first, on the columns of the branch, union and page. */
    String ORDER_TQ = """
             <choose><when test="sortByCreated">order by tq.created_at desc, tq.task_id desc</when>
               <otherwise>order by tq.due_sort, tq.created_at, tq.task_id</otherwise></choose>
            """;

    String ORDER_U = """
             <choose><when test="sortByCreated">order by u.created_at desc, u.task_id desc</when>
               <otherwise>order by u.due_sort, u.created_at, u.task_id</otherwise></choose>
            """;

    String ORDER_K = """
             <choose><when test="sortByCreated">order by k.created_at desc, k.task_id desc</when>
               <otherwise>order by k.due_sort, k.created_at, k.task_id</otherwise></choose>
            """;

    /**
     * The queue (待办队列, V14): one branch per owner the caller answers for (themself, each of their groups), each
     * one range of an index read in the sort's order and stopped after offset + size rows; only those rows are
     * merged (a task offered to two of the caller's groups once), sorted and joined for the columns (STRAIGHT_JOIN:
     * from the page's rows to their task, never the other way round). EXPLAIN in README.
     */
    @Select("<script>select straight_join " + COLUMNS + """
             from (select distinct u.task_id, u.case_id, u.due_sort, u.created_at from (
              <foreach collection="owners" item="owner" separator=" union all ">
               (select tq.task_id, tq.case_id, tq.due_sort, tq.created_at from task_queue tq""" + INDEX + SEARCH_JOIN + """
                 where tq.owner = #{owner}""" + FILTERS + ORDER_TQ + """
                 limit #{window})
              </foreach>) u""" + ORDER_U + """
             limit #{limit} offset #{offset}) k
             join ACT_RU_TASK t on t.ID_ = k.task_id
             join case_file c on c.id = k.case_id""" + ORDER_K + "</script>")
    List<TaskRow> queue(Query query);

    /**
     * The page total: one count per owner over a covering index, less the tasks counted twice because they are
     * offered to two of the caller's groups (the few rows marked shared).
     */
    @Select("<script>select coalesce(sum(n), 0) from (" + """
              <foreach collection="owners" item="owner" separator=" union all ">
               select count(*) as n from task_queue tq""" + INDEX + SEARCH_JOIN + """
                where tq.owner = #{owner}""" + FILTERS + """
              </foreach>
              <if test="owners.size() > 1">
               union all
               select count(distinct tq.task_id) - count(*) from task_queue tq""" + SEARCH_JOIN + """
                where tq.shared and tq.owner in
                 <foreach collection="owners" item="owner" open="(" close=")" separator=",">#{owner}</foreach>
               """ + FILTERS + """
              </if>) x</script>""")
    long count(Query query);

    @Select("select " + COLUMNS + """
             from ACT_RU_TASK t
             join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_
             join case_file c on c.id = cp.case_id
            where t.ID_ = #{id}""")
    TaskRow find(String taskId);

    /** The case of an open task (a query of its own: {@link #find} after the lock must not hit MyBatis' session cache). */
    @Select("select cp.case_id from ACT_RU_TASK t join case_process cp on cp.proc_inst_id = t.PROC_INST_ID_ "
            + "where t.ID_ = #{id}")
    Long caseOfTask(String taskId);

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
