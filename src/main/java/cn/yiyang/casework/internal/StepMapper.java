package cn.yiyang.casework.internal;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
public interface StepMapper {

    record StepRow(Long id, Long caseId, String taskId, String taskKey, String name, String candidateGroup,
                   String assignee, LocalDateTime startedAt, LocalDateTime dueAt, LocalDateTime endedAt, String outcome,
                   String comment, String completedBy) {
    }

    @Insert("""
            insert into case_step (case_id, task_id, task_key, name, candidate_group, assignee, started_at, due_at)
            values (#{caseId}, #{taskId}, #{taskKey}, #{name}, #{group}, #{assignee}, #{at}, #{due})""")
    void insert(@Param("caseId") long caseId, @Param("taskId") String taskId, @Param("taskKey") String taskKey,
                @Param("name") String name, @Param("group") String group, @Param("assignee") String assignee,
                @Param("at") LocalDateTime at, @Param("due") LocalDateTime due);

    @Update("update case_step set assignee = #{assignee} where task_id = #{taskId}")
    void assign(@Param("taskId") String taskId, @Param("assignee") String assignee);

    @Update("update case_step set due_at = #{due} where task_id = #{taskId}")
    void due(@Param("taskId") String taskId, @Param("due") LocalDateTime due);

    @Update("update case_step set outcome = #{outcome}, comment = #{comment}, completed_by = #{by} where task_id = #{taskId}")
    void decide(@Param("taskId") String taskId, @Param("outcome") String outcome, @Param("comment") String comment,
                @Param("by") String by);

    @Update("update case_step set ended_at = #{at}, outcome = coalesce(outcome, #{outcome}) "
            + "where task_id = #{taskId} and ended_at is null")
    void end(@Param("taskId") String taskId, @Param("at") LocalDateTime at, @Param("outcome") String outcomeIfNone);

    @Select("select id, case_id, task_id, task_key, name, candidate_group, assignee, started_at, due_at, ended_at, "
            + "outcome, comment, completed_by from case_step where case_id = #{caseId} order by started_at, id")
    List<StepRow> ofCase(long caseId);

    @Select("select id, case_id, task_id, task_key, name, candidate_group, assignee, started_at, due_at, ended_at, "
            + "outcome, comment, completed_by from case_step where task_id = #{taskId}")
    StepRow byTask(String taskId);

    /** Whether the case has completed a step of this key (e.g. answered a supplement notice). */
    @Select("select exists (select 1 from case_step where case_id = #{caseId} and task_key = #{taskKey} "
            + "and ended_at is not null)")
    boolean passed(@Param("caseId") long caseId, @Param("taskKey") String taskKey);
}
