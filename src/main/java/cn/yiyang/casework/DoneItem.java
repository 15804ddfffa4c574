package cn.yiyang.casework;

import java.time.LocalDateTime;

/** A step the caller completed (已办). */
public record DoneItem(String taskId, String name, String caseNo, Matter matter, String applicantName,
                       LocalDateTime startedAt, LocalDateTime endedAt, String outcome, String comment) {
}
