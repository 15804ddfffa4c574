package cn.yiyang.casework.internal;

import cn.yiyang.casework.AcceptanceTerms;
import cn.yiyang.casework.MatterRules;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Finds the acceptance terms of the process an execution or task belongs to (a called process has its own). */
@Component
class AcceptanceMatters {

    private final List<MatterRules> rules;
    private final TaskService tasks;

    AcceptanceMatters(List<MatterRules> rules, TaskService tasks) {
        this.rules = rules;
        this.tasks = tasks;
    }

    Optional<AcceptanceTerms> of(String processKey) {
        return rules.stream().filter(r -> r.acceptance() != null && r.processKey().equals(processKey))
                .map(MatterRules::acceptance).findFirst();
    }

    AcceptanceTerms of(DelegateExecution execution) {
        return ofDefinition(execution.getProcessDefinitionId());
    }

    /** The terms of the process an open task belongs to. */
    AcceptanceTerms ofTask(String taskId) {
        return ofDefinition(tasks.createTaskQuery().taskId(taskId).singleResult().getProcessDefinitionId());
    }

    private AcceptanceTerms ofDefinition(String definitionId) {
        String key = definitionId.substring(0, definitionId.indexOf(':'));
        return of(key).orElseThrow(() -> new IllegalStateException("no acceptance terms for process " + key));
    }

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable("caseId")).longValue();
    }
}
