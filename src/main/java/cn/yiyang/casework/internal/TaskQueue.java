package cn.yiyang.casework.internal;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * 待办队列 (V14 task_queue): who may see an open task in their queue. Rewritten from the task itself on every task
 * event, inside the engine's transaction: a held task belongs to its assignee, an unheld one to each of its
 * candidate groups.
 */
@Component
class TaskQueue {

    static final String USER = "U:";
    static final String GROUP = "G:";

    private final TaskQueueMapper queue;

    TaskQueue(TaskQueueMapper queue) {
        this.queue = queue;
    }

    /**
     * The task's rows as it stands now (created, claimed, released, due date moved). A task of a process that works
     * on no case (case_process) gets none, as before.
     */
    void project(DelegateTask task) {
        String id = task.getId();
        String process = task.getProcessInstanceId();
        queue.remove(id);
        if (task.getAssignee() != null) {
            queue.insert(id, USER + task.getAssignee(), process, task.getDueDate(), task.getCreateTime(), false);
            return;
        }
        List<String> groups = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(l -> l.getGroupId()).filter(Objects::nonNull).distinct().toList();
        for (String group : groups) {
            queue.insert(id, GROUP + group, process, task.getDueDate(), task.getCreateTime(), groups.size() > 1);
        }
    }

    /** Completed or cancelled: off every queue. */
    void remove(DelegateTask task) {
        queue.remove(task.getId());
    }
}
