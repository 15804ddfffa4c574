package cn.yiyang.casework.internal;

import java.util.Date;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Writes of the 待办队列 (V14 task_queue); the queue is read by {@link TaskMapper}. */
@Mapper
public interface TaskQueueMapper {

    @Insert("""
            insert into task_queue (task_id, owner, case_id, region_code, matter, due_sort, created_at, shared)
            select #{taskId}, #{owner}, c.id, c.region_code, c.matter, coalesce(#{due}, '9999-12-31'), #{created},
                   #{shared}
              from case_process cp join case_file c on c.id = cp.case_id
             where cp.proc_inst_id = #{procInstId}""")
    void insert(@Param("taskId") String taskId, @Param("owner") String owner, @Param("procInstId") String procInstId,
                @Param("due") Date due, @Param("created") Date created, @Param("shared") boolean shared);

    @Delete("delete from task_queue where task_id = #{taskId}")
    void remove(String taskId);
}
