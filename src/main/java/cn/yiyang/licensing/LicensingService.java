package cn.yiyang.licensing;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.licensing.internal.LicensingMapper;
import cn.yiyang.licensing.internal.LicensingMapper.ApplicationRow;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 设置审批与执业登记"两证合一" (DOMAIN.md §2.2): an elderly care institution applies to set up a medical institution
 * of grade 二级 or below. Creating the application makes a draft case; the applicant uploads the materials the
 * decision table licence-materials requires and submits (casework's CaseSubmission).
 */
@Service
public class LicensingService {

    static final String HOME = "县卫生健康局";

    private final CaseService cases;
    private final InstitutionService institutions;
    private final LicensingMapper licensing;

    LicensingService(CaseService cases, InstitutionService institutions, LicensingMapper licensing) {
        this.cases = cases;
        this.institutions = institutions;
        this.licensing = licensing;
    }

    @Transactional
    public CaseInfo create(CurrentUser user, LicenceApplicationRequest request) {
        if (!user.has(Role.APPLICANT) || user.institutionId() == null) {
            throw new AccessDeniedProblem("只有机构的申请人账号可以提交申请");
        }
        Institution institution = institutions.find(user.institutionId()).orElseThrow();
        check(institution, request, "");
        return insert(user, institution, request);
    }

    /**
     * Checks a licence application as part of another matter (the medical part of a single-window application):
     * field errors under {@code fieldPrefix}, 422 for what the county does not license; creates nothing.
     */
    @Transactional(readOnly = true)
    public void check(long institutionId, LicenceApplicationRequest request, String fieldPrefix) {
        check(institutions.find(institutionId).orElseThrow(), request, fieldPrefix);
    }

    /**
     * The licence case of the medical part of a single-window application (DOMAIN.md §2.3): a draft of the
     * institution's that the caller's process submits and runs licence-2in1 on as a call activity.
     */
    @Transactional
    public CaseInfo createSubCase(CurrentUser actor, long institutionId, LicenceApplicationRequest request) {
        Institution institution = institutions.find(institutionId).orElseThrow();
        check(institution, request, "");
        return insert(actor, institution, request);
    }

    private void check(Institution institution, LicenceApplicationRequest request, String prefix) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        LicenceKind kind = LicenceKind.parse(request.kind()).orElse(null);
        LicenceGrade grade = LicenceGrade.parse(request.grade()).orElse(null);
        errors.check(kind != null, prefix + "kind", "未知的医疗机构种类：" + request.kind());
        errors.check(grade != null, prefix + "grade", "级别应为 UNGRADED、LEVEL_1、LEVEL_2 或 LEVEL_3");
        errors.check(parse(Ownership.class, request.ownership()), prefix + "ownership", "所有制形式应为 PUBLIC 或 PRIVATE");
        errors.check(parse(Profit.class, request.profit()), prefix + "profit", "经营性质应为 NON_PROFIT 或 FOR_PROFIT");
        errors.throwIfAny();
        refuseWhatTheCountyDoesNotLicense(institution, kind, grade);
    }

    private CaseInfo insert(CurrentUser user, Institution institution, LicenceApplicationRequest request) {
        LicenceKind kind = LicenceKind.parse(request.kind()).orElseThrow();
        LicenceGrade grade = LicenceGrade.parse(request.grade()).orElseThrow();
        CaseInfo c = cases.createDraft(user, Matter.LICENCE_2IN1, institution.id(), institution.name(),
                request.name().strip() + "（" + kind.label() + "）设置审批与执业登记");
        ApplicationRow row = new ApplicationRow();
        row.caseId = c.id();
        row.institutionId = institution.id();
        row.name = request.name().strip();
        row.category = blank(request.category()) ? kind.label() : request.category().strip();
        row.grade = grade.name();
        row.kind = kind.name();
        row.ownership = request.ownership();
        row.profit = request.profit();
        row.beds = request.beds();
        row.departments = String.join("、", request.departments().stream().map(String::strip).toList());
        row.serviceTarget = request.serviceTarget().strip();
        row.serviceMode = blank(request.serviceMode()) ? (request.beds() > 0 ? "门诊、住院" : "门诊")
                : request.serviceMode().strip();
        row.registeredCapital = new BigDecimal(request.registeredCapital());
        row.legalRepresentative = request.legalRepresentative().strip();
        row.address = request.address().strip();
        licensing.insert(row);
        return c;
    }

    /** 行政许可法 Art. 32: what the county may not license is refused at once, saying who handles it instead. */
    private static void refuseWhatTheCountyDoesNotLicense(Institution institution, LicenceKind kind, LicenceGrade grade) {
        if (!institution.type().providesElderlyCare()) {
            throw refused("NOT_ELDERLY_CARE", institution.name() + "是" + institution.type().label()
                    + "，不适用养老机构申请设置医疗机构的两证合一办理（国卫医发〔2018〕19号）。请按一般程序向"
                    + HOME + "申请医疗机构设置审批和执业登记。", HOME + "（一般程序）");
        }
        if (!kind.licensable()) {
            throw refused("KIND_EXCLUDED", kind.label() + "不属于两证合一的范围（国卫医发〔2018〕19号），请向"
                    + kind.authorityInstead() + "申请设置审批。", kind.authorityInstead());
        }
        if (grade == LicenceGrade.LEVEL_3) {
            throw refused("GRADE_EXCLUDED", "三级医疗机构的设置审批不由县级卫生健康行政部门办理，请向省卫生健康委员会申请。",
                    "省卫生健康委员会");
        }
    }

    private static BusinessRuleException refused(String code, String reason, String authority) {
        return new BusinessRuleException(code, reason, Map.of("authority", authority));
    }

    /** The application's details for someone who may see the case. */
    @Transactional(readOnly = true)
    public LicenceApplication details(CurrentUser user, String caseNo) {
        CaseInfo c = cases.visible(user, caseNo);
        ApplicationRow a = licensing.find(c.id());
        if (a == null) {
            throw new NotFoundException("不是两证合一案件：" + caseNo);
        }
        LicenceKind kind = LicenceKind.valueOf(a.kind);
        return new LicenceApplication(c.caseNo(), a.name, a.category, a.grade, LicenceGrade.valueOf(a.grade).label(),
                a.kind, kind.label(), a.ownership, a.profit, a.beds, Arrays.asList(a.departments.split("、")),
                a.serviceTarget, a.serviceMode, a.registeredCapital.toPlainString(), a.legalRepresentative, a.address,
                a.onsiteDays, a.extendedAt != null, a.decidedAt);
    }

    private static <E extends Enum<E>> boolean parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
