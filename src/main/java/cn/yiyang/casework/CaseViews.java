package cn.yiyang.casework;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.calendar.WorkingDayCalendar;
import cn.yiyang.casework.internal.CaseMapper;
import cn.yiyang.casework.internal.CaseRow;
import cn.yiyang.casework.internal.StepMapper;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionService;
import java.time.LocalDate;
import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the whole case view: a fixed number of queries per case, whatever its size. */
@Service
public class CaseViews {

    private final CaseService cases;
    private final CaseMapper caseMapper;
    private final StepMapper steps;
    private final MaterialService materials;
    private final IssuedDocuments documents;
    private final InstitutionService institutions;
    private final CalendarService calendar;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final RepositoryService repository;

    CaseViews(CaseService cases, CaseMapper caseMapper, StepMapper steps, MaterialService materials,
              IssuedDocuments documents, InstitutionService institutions, CalendarService calendar,
              RuntimeService runtime, HistoryService history, RepositoryService repository) {
        this.cases = cases;
        this.caseMapper = caseMapper;
        this.steps = steps;
        this.materials = materials;
        this.documents = documents;
        this.institutions = institutions;
        this.calendar = calendar;
        this.runtime = runtime;
        this.history = history;
        this.repository = repository;
    }

    /** The BPMN 2.0 XML of the case's main process, for the diagram in the case view; empty before submission. */
    @Transactional(readOnly = true)
    public Optional<String> diagramXml(CurrentUser user, String caseNo) {
        CaseInfo info = cases.visible(user, caseNo);
        CaseRow row = caseMapper.findById(info.id());
        if (row.processInstanceId == null) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(row.processInstanceId).singleResult();
        if (instance == null) {
            return Optional.empty();
        }
        try (InputStream in = repository.getProcessModel(instance.getProcessDefinitionId())) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("流程图读取失败", e);
        }
    }

    @Transactional(readOnly = true)
    public CaseView view(CurrentUser user, String caseNo) {
        CaseInfo info = cases.visible(user, caseNo);
        CaseRow row = caseMapper.findById(info.id());
        WorkingDayCalendar cal = calendar.calendar();
        LocalDate today = calendar.today();
        String creditCode = info.institutionId() == null ? null
                : institutions.find(info.institutionId()).map(i -> i.creditCode()).orElse(null);
        List<CaseView.Pause> pauses = caseMapper.pauses(info.id()).stream()
                .map(p -> new CaseView.Pause(p.kind(), p.reason(), p.startedAt(), p.endedAt())).toList();
        List<CaseView.Step> stepViews = steps.ofCase(info.id()).stream().map(s -> new CaseView.Step(s.taskId(),
                s.taskKey(), s.name(), s.candidateGroup(), s.assignee(), s.startedAt(), s.dueAt(), s.endedAt(),
                s.outcome(), s.comment(), s.endedAt() != null || s.dueAt() == null ? Warning.NONE
                        : Deadline.warning(cal.workingDaysBetween(today, s.dueAt().toLocalDate()), null))).toList();
        List<String> active = List.of();
        String definitionId = null;
        if (row.processInstanceId != null && row.closedAt == null) {
            ActivityInstance tree = runtime.getActivityInstance(row.processInstanceId);
            if (tree != null) {
                definitionId = tree.getProcessDefinitionId();
                active = leaves(tree);
            }
        }
        return new CaseView(info.id(), info.caseNo(), info.matter(), info.matter().label(), info.status(),
                info.status().label(), new CaseView.Applicant(info.institutionId(), info.applicantName(), creditCode),
                info.title(), row.createdAt, row.submittedAt, row.acceptedAt, row.closedAt, cases.deadline(row, cal),
                pauses, stepViews, materials.ofCase(info.id()), materials.required(info), documents.ofCase(info.id()),
                row.processInstanceId, active, definitionId, row.version);
    }

    /** Progress for the public query (case number + the applicant's credit code): status and milestones only. */
    @Transactional(readOnly = true)
    public PublicProgress publicProgress(String caseNo, String creditCode) {
        CaseInfo c = cases.findByNo(caseNo).filter(x -> x.status() != CaseStatus.DRAFT)
                .filter(x -> x.institutionId() != null && institutions.find(x.institutionId())
                        .map(i -> i.creditCode().equalsIgnoreCase(creditCode == null ? "" : creditCode.strip()))
                        .orElse(false))
                .orElseThrow(() -> new cn.yiyang.shared.NotFoundException("未找到该案件：请核对案件编号和统一社会信用代码"));
        List<PublicProgress.Milestone> milestones = steps.ofCase(c.id()).stream()
                .map(s -> new PublicProgress.Milestone(s.name(), s.startedAt(), s.endedAt())).toList();
        return new PublicProgress(c.caseNo(), c.matter().label(), c.status().label(), c.submittedAt(), c.acceptedAt(),
                c.closedAt(), c.dueDate(), milestones);
    }

    /** What anyone may see of a case: no names, no personal data. */
    public record PublicProgress(String caseNo, String matter, String status, java.time.LocalDateTime submittedAt,
                                 java.time.LocalDateTime acceptedAt, java.time.LocalDateTime closedAt,
                                 java.time.LocalDate due, List<Milestone> milestones) {
        public record Milestone(String name, java.time.LocalDateTime startedAt, java.time.LocalDateTime endedAt) {
        }
    }

    private static List<String> leaves(ActivityInstance instance) {
        if (instance.getChildActivityInstances().length == 0) {
            return List.of(instance.getActivityId());
        }
        return java.util.Arrays.stream(instance.getChildActivityInstances()).flatMap(c -> leaves(c).stream()).toList();
    }
}
