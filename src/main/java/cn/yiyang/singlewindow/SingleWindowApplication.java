package cn.yiyang.singlewindow;

import cn.yiyang.casework.Warning;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A single-window case as its readers see it: the application, every department's track, requests and meetings. */
public record SingleWindowApplication(String caseNo, String institutionName, String creditCode, String projectType,
                                      String projectTypeLabel, int beds, boolean propertyRegistered,
                                      boolean landPlanningComplete, boolean hasMedicalPart, String licenceCaseNo,
                                      int round, boolean extended, LocalDateTime deliveredAt, List<Track> tracks,
                                      List<Request> requests, List<Meeting> meetings) {

    /** One department's track; {@code warning} is the department's own step clock (yellow/red). */
    public record Track(String department, String departmentName, TrackState state, String stateLabel, int round,
                        LocalDate stepDue, Warning warning, LocalDateTime decidedAt, String decidedBy, String reason) {
    }

    /** An item a department asked to supplement; {@code sent} once the window's merged notice went out. */
    public record Request(int round, String department, String departmentName, String code, String name,
                          String reason, boolean sent) {
    }

    /** 一事一议: the county government's meeting and the conditions it set. */
    public record Meeting(LocalDate meetingDate, String participants, String decision, String conditions,
                          List<String> departments, Long documentId) {
    }
}
