package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One row of case_file. */
public class CaseRow {
    public Long id;
    public String caseNo;
    public Matter matter;
    public String regionCode;
    public CaseStatus status;
    public Long institutionId;
    public String applicantName;
    public String title;
    public String createdBy;
    public LocalDateTime createdAt;
    public LocalDateTime submittedAt;
    public LocalDateTime acceptedAt;
    public LocalDateTime closedAt;
    public LocalDate clockStart;
    public Integer limitWorkingDays;
    public int extensionDays;
    public LocalDate dueDate;
    public boolean dueProvisional;
    public String processInstanceId;
    public int version;
    /** Derived in queries: an open pause exists. */
    public boolean paused;
}
