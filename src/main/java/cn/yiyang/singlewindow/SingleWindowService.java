package cn.yiyang.singlewindow;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.calendar.WorkingDayCalendar;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Deadline;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.Warning;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.licensing.LicensingService;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.CreditCode;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.singlewindow.internal.MedicalPartJson;
import cn.yiyang.singlewindow.internal.SingleWindowMapper;
import cn.yiyang.singlewindow.internal.SingleWindowMapper.ApplicationRow;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 医养结合机构"一个窗口"办理 (DOMAIN.md §2.3): the founder submits once (a draft case with one number and one set of
 * materials, submitted through casework's CaseSubmission); the window accepts; the departments review in parallel.
 */
@Service
public class SingleWindowService {

    /** 行政许可法 Art. 42: joint handling within 45 working days of acceptance, +15 once with the government head's approval. */
    public static final int LIMIT = 45;
    public static final int EXTENSION = 15;

    private final CaseService cases;
    private final InstitutionService institutions;
    private final LicensingService licensing;
    private final SingleWindowMapper mapper;
    private final MedicalPartJson json;
    private final CalendarService calendar;
    private final IssuedDocuments documents;
    private final Notices notices;
    private final Clock clock;

    SingleWindowService(CaseService cases, InstitutionService institutions, LicensingService licensing,
                        SingleWindowMapper mapper, MedicalPartJson json, CalendarService calendar,
                        IssuedDocuments documents, Notices notices, Clock clock) {
        this.cases = cases;
        this.institutions = institutions;
        this.licensing = licensing;
        this.mapper = mapper;
        this.json = json;
        this.calendar = calendar;
        this.documents = documents;
        this.notices = notices;
        this.clock = clock;
    }

    /** Creates the application as a draft case of the caller's institution (the founder). */
    @Transactional
    public CaseInfo create(CurrentUser user, SingleWindowRequest request) {
        if (!user.isApplicant()) {
            throw new AccessDeniedProblem("只有机构的申请人账号可以提交申请");
        }
        Institution founder = institutions.find(user.institutionId()).orElseThrow();
        FieldErrors.Collector errors = new FieldErrors.Collector();
        String creditCode = request.creditCode().strip().toUpperCase();
        errors.check(CreditCode.isValid(creditCode), "creditCode", "统一社会信用代码无效（GB 32100-2015 校验不通过）");
        ProjectType type = ProjectType.parse(request.projectType()).orElse(null);
        errors.check(type != null, "projectType", "项目类型应为 NEW_BUILD（新建）、RENOVATION（改建）或 EXTENSION（扩建）");
        errors.throwIfAny();
        if (request.medicalPart() != null) {
            licensing.check(founder.id(), request.medicalPart(), "medicalPart.");
        }
        String name = request.institutionName().strip();
        CaseInfo c = cases.createDraft(user, Matter.SINGLE_WINDOW, founder.id(), founder.name(),
                type.label() + "医养结合机构：" + name);
        ApplicationRow row = new ApplicationRow();
        row.caseId = c.id();
        row.institutionName = name;
        row.creditCode = creditCode;
        row.projectType = type.name();
        row.beds = request.beds();
        row.propertyRegistered = request.propertyRegistered();
        row.landPlanningComplete = request.landPlanningComplete();
        row.medicalPart = request.medicalPart() == null ? null : json.write(request.medicalPart());
        mapper.insert(row);
        return c;
    }

    /** The application with every department's track, for anyone who may see the case. */
    @Transactional(readOnly = true)
    public SingleWindowApplication details(CurrentUser user, String caseNo) {
        return view(cases.visible(user, caseNo));
    }

    /**
     * The county government's LEADER extends the overall limit by 15 working days, once (行政许可法 Art. 42); the
     * applicant is told the reason in a 延期告知书.
     */
    @Transactional
    public SingleWindowApplication extend(CurrentUser user, String caseNo, String reason) {
        if (!user.has(Role.LEADER) || !SingleWindowDepartments.GOV.equals(user.departmentCode())) {
            throw new AccessDeniedProblem("只有县人民政府负责人可以延长一个窗口办理期限");
        }
        CaseInfo found = cases.visible(user, caseNo);
        if (found.matter() != Matter.SINGLE_WINDOW) {
            throw new NotFoundException("不是一个窗口办理案件：" + caseNo);
        }
        FieldErrors.Collector errors = new FieldErrors.Collector();
        errors.check(reason != null && !reason.isBlank() && reason.length() <= 1000, "reason", "请写明延长期限的理由（不超过 1000 字）");
        errors.throwIfAny();
        CaseInfo c = cases.lock(found.id()); // a second extension (double click, a colleague) waits here, then finds it used
        if (c.acceptedAt() == null || c.closedAt() != null || c.dueDate() == null) {
            throw new BusinessRuleException("NOT_RUNNING", "只能延长已受理、尚未办结的案件的办理期限");
        }
        if (mapper.markExtended(c.id(), LocalDateTime.now(clock), user.username()) == 0) {
            throw new ConflictException("办理期限已延长过一次；行政许可法第四十二条只允许延长一次（十五个工作日）");
        }
        LocalDate due = cases.extend(c.id(), EXTENSION, reason.strip(), user.username());
        var notice = documents.issue(c.id(), DocumentKind.EXTENSION_NOTICE, "政", user.username(),
                number -> new DocumentContent("延期告知书", number, c.applicantName(), List.of(
                        "你单位" + c.title() + "（案件编号 " + c.caseNo() + "）为多部门联合办理事项。根据《中华人民共和国行政许可法》"
                                + "第四十二条，经本级人民政府负责人批准，办理期限延长十五个工作日，至 " + due + "。",
                        "延长理由：" + reason.strip()), null, null,
                        documents.authority(SingleWindowDepartments.name(SingleWindowDepartments.GOV)), LocalDate.now(clock)));
        notices.tellApplicant(c, "办理期限延长：" + c.caseNo(), "延期告知书 " + notice.number() + "：办理期限延长至 " + due
                + "。理由：" + reason.strip());
        return view(cases.get(c.id()));
    }

    private SingleWindowApplication view(CaseInfo c) {
        ApplicationRow a = mapper.find(c.id());
        if (a == null) {
            throw new NotFoundException("不是一个窗口办理案件：" + c.caseNo());
        }
        WorkingDayCalendar cal = calendar.calendar();
        LocalDate today = calendar.today();
        List<SingleWindowApplication.Track> tracks = mapper.tracks(c.id()).stream().map(t -> {
            TrackState state = TrackState.valueOf(t.state);
            Warning warning = t.stepDue == null || state.decided() || state == TrackState.SKIPPED || c.closedAt() != null
                    ? Warning.NONE : Deadline.warning(cal.workingDaysBetween(today, t.stepDue), null);
            return new SingleWindowApplication.Track(t.department, SingleWindowDepartments.name(t.department), state,
                    state.label(), t.roundNo, t.stepDue, warning, t.decidedAt, t.decidedBy, t.reason);
        }).toList();
        List<SingleWindowApplication.Request> requests = mapper.requests(c.id()).stream()
                .map(r -> new SingleWindowApplication.Request(r.roundNo, r.department,
                        SingleWindowDepartments.name(r.department), r.code, r.name, r.reason, r.noticeId != null))
                .toList();
        List<SingleWindowApplication.Meeting> meetings = mapper.meetings(c.id()).stream()
                .map(m -> new SingleWindowApplication.Meeting(m.meetingDate, m.participants, m.decision, m.conditions,
                        Arrays.asList(m.departments.split(",")), m.documentId)).toList();
        String licenceCaseNo = a.licenceCaseId == null ? null : cases.get(a.licenceCaseId).caseNo();
        ProjectType type = ProjectType.valueOf(a.projectType);
        return new SingleWindowApplication(c.caseNo(), a.institutionName, a.creditCode, a.projectType, type.label(),
                a.beds, a.propertyRegistered, a.landPlanningComplete, a.medicalPart != null, licenceCaseNo,
                a.reviewRound, a.extendedAt != null, a.deliveredAt, tracks, requests, meetings);
    }
}
