package cn.yiyang.api;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSummary;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.casework.Warning;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.inspection.PublishedResult;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.reporting.ListColumns;
import cn.yiyang.reporting.Xlsx;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every list as .xlsx (API.md: the same rows as the list, by {@code Accept} or {@code …/export.xlsx}): each reads
 * through the same service call as its JSON list, so an applicant's export holds its own cases only.
 */
@RestController
class ExportController {

    static final List<Xlsx.Column<CaseSummary>> CASES = ListColumns.CASES;
    static final List<Xlsx.Column<TaskItem>> TASKS = ListColumns.TASKS;
    static final List<Xlsx.Column<Institution>> INSTITUTIONS = ListColumns.INSTITUTIONS;
    static final List<Xlsx.Column<PublishedResult>> RESULTS = ListColumns.RESULTS;

    private final CaseService cases;
    private final TaskInbox inbox;
    private final InstitutionService institutions;
    private final InspectionService inspections;
    private final Clock clock;

    ExportController(CaseService cases, TaskInbox inbox, InstitutionService institutions,
                     InspectionService inspections, Clock clock) {
        this.cases = cases;
        this.inbox = inbox;
        this.institutions = institutions;
        this.inspections = inspections;
        this.clock = clock;
    }

    @GetMapping(path = {"/api/v1/cases", "/api/v1/cases/export.xlsx"}, produces = Xlsx.MEDIA_TYPE)
    void cases(@RequestParam(required = false) Matter matter, @RequestParam(required = false) CaseStatus status,
               @RequestParam(required = false) Warning warning, @RequestParam(required = false) String q,
               HttpServletResponse response) {
        CurrentUser user = CurrentUsers.require();
        Exports.send(response, "案件", "案件", CASES, p -> cases.list(user, matter, status, warning, q, p));
    }

    @GetMapping(path = {"/api/v1/tasks", "/api/v1/tasks/export.xlsx"}, produces = Xlsx.MEDIA_TYPE)
    void tasks(@RequestParam(required = false) Matter matter, @RequestParam(required = false) Warning warning,
               @RequestParam(required = false) String q, HttpServletResponse response) {
        CurrentUser user = CurrentUsers.require();
        Exports.send(response, "待办任务", "待办任务", TASKS,
                p -> inbox.queue(user, TaskInbox.Scope.ALL, matter, warning, q, TaskInbox.Sort.DUE, p));
    }

    @GetMapping(path = {"/api/v1/institutions", "/api/v1/institutions/export.xlsx"}, produces = Xlsx.MEDIA_TYPE)
    void institutions(@RequestParam(required = false) String q, @RequestParam(required = false) InstitutionType type,
                      @RequestParam(required = false) String township, HttpServletResponse response) {
        CurrentUser user = CurrentUsers.require();
        Exports.send(response, "机构名录", "机构名录", INSTITUTIONS, p -> institutions.search(user, q, type, township, p));
    }

    @GetMapping(path = {"/api/v1/public/inspection-results", "/api/v1/public/inspection-results/export.xlsx"},
            produces = Xlsx.MEDIA_TYPE)
    void inspectionResults(@RequestParam(required = false) Integer year, HttpServletResponse response) {
        List<PublishedResult> rows = inspections.publishedResults(year == null ? LocalDate.now(clock).getYear() : year);
        Exports.sendAll(response, "抽查结果公示", "抽查结果", RESULTS, rows);
    }
}
