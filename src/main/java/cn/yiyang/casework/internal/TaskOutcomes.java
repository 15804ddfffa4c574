package cn.yiyang.casework.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * The outcomes a user task allows and the fields it takes, declared in the BPMN as extension properties
 * ({@code outcomes}: "ACCEPT,SUPPLEMENT,REJECT", {@code fields}: "missing"), so the model is the one source.
 */
@Component
public class TaskOutcomes {

    public record Form(List<String> outcomes, List<String> fields, String formKey) {
    }

    private final RepositoryService repository;
    private final Map<String, Form> cache = new ConcurrentHashMap<>();

    TaskOutcomes(RepositoryService repository) {
        this.repository = repository;
    }

    public Form of(String processDefinitionId, String taskKey) {
        return cache.computeIfAbsent(processDefinitionId + "#" + taskKey, k -> read(processDefinitionId, taskKey));
    }

    private Form read(String processDefinitionId, String taskKey) {
        UserTask task = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(taskKey);
        if (task == null) {
            return new Form(List.of(), List.of(), null);
        }
        String outcomes = property(task, "outcomes");
        String fields = property(task, "fields");
        return new Form(split(outcomes), split(fields), task.getCamundaFormKey());
    }

    private static String property(UserTask task, String name) {
        ExtensionElements ext = task.getExtensionElements();
        if (ext == null) {
            return null;
        }
        return ext.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> name.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
