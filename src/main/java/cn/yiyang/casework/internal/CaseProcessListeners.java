package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Glue added to every parsed process: a process that starts with a {@code caseId} variable is linked to its case,
 * and every user task becomes a step of the case (created, assigned, completed or cancelled) and an entry of the
 * 待办队列 while it is open, so the inbox and the case view read the application's own tables.
 */
@Component
class CaseProcessListeners extends AbstractBpmnParseListener {

    private final CaseService cases;
    private final StepMapper steps;
    private final TaskQueue queue;
    private final Clock clock;

    CaseProcessListeners(@Lazy CaseService cases, StepMapper steps, TaskQueue queue, Clock clock) {
        this.cases = cases;
        this.steps = steps;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public void parseProcess(Element processElement, org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity processDefinition) {
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::linkCase);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> {
            stepStarted(task);
            queue.project(task);
        });
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT,
                task -> steps.assign(task.getId(), task.getAssignee()));
        // every command that changes a created task (claim, setAssignee, a due date, a candidate link) ends with the
        // update event, so the queue is rewritten here once; an assignee given at creation is already seen by create
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, task -> {
            steps.due(task.getId(), toLocal(task.getDueDate()));
            queue.project(task);
        });
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> {
            steps.end(task.getId(), now(), null);
            queue.remove(task);
        });
        definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, task -> {
            steps.end(task.getId(), now(), "CANCELLED");
            queue.remove(task);
        });
    }

    private void linkCase(DelegateExecution execution) {
        Object caseId = execution.getVariable("caseId");
        if (caseId instanceof Number id && execution.getId().equals(execution.getProcessInstanceId())) {
            cases.linkProcess(execution.getProcessInstanceId(), id.longValue());
        }
    }

    private void stepStarted(DelegateTask task) {
        Object caseId = task.getVariable("caseId");
        if (!(caseId instanceof Number id)) {
            return;
        }
        String group = task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .map(l -> l.getGroupId()).filter(g -> g != null).findFirst().orElse(null);
        steps.insert(id.longValue(), task.getId(), task.getTaskDefinitionKey(), task.getName(), group,
                task.getAssignee(), now(), toLocal(task.getDueDate()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static LocalDateTime toLocal(Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.of("Asia/Shanghai"));
    }
}
