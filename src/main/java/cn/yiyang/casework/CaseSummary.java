package cn.yiyang.casework;

import java.time.LocalDateTime;

/** A case in a list: what 我的申请 and the case lists show. */
public record CaseSummary(String caseNo, Matter matter, String matterLabel, CaseStatus status, String statusLabel,
                          String applicantName, String title, LocalDateTime createdAt, LocalDateTime submittedAt,
                          LocalDateTime closedAt, Deadline deadline, String currentStep) {
}
