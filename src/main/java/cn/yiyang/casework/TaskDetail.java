package cn.yiyang.casework;

import java.util.List;

/** A task with what completing it takes: the allowed outcomes and the fields. */
public record TaskDetail(TaskItem task, List<String> outcomes, List<String> fields, String formKey,
                         String description) {
}
