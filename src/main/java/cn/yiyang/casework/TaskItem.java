package cn.yiyang.casework;

import java.time.LocalDateTime;
import java.util.List;

/** One task in an inbox (API.md "Tasks"). */
public record TaskItem(String id, String name, String key, String caseNo, Matter matter, String matterLabel,
                       String applicantName, LocalDateTime createdAt, LocalDateTime due, Warning warning,
                       String assignee, List<String> candidateGroups) {
}
