package cn.yiyang.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The core facts of a case, for matter modules and process glue (no access check implied). */
public record CaseInfo(long id, String caseNo, Matter matter, CaseStatus status, String regionCode,
                       Long institutionId, String applicantName, String title, String createdBy,
                       LocalDateTime submittedAt, LocalDateTime acceptedAt, LocalDateTime closedAt,
                       LocalDate dueDate, Integer limitWorkingDays, int extensionDays, boolean paused,
                       String processInstanceId) {
}
