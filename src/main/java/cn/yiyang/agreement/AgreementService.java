package cn.yiyang.agreement;

import cn.yiyang.agreement.internal.AgreementMapper;
import cn.yiyang.agreement.internal.AgreementMapper.AgreementRow;
import cn.yiyang.agreement.internal.AgreementMapper.ListQuery;
import cn.yiyang.agreement.internal.AgreementMapper.ListRow;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.CreditCode;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.NotFoundException;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 医养合作协议 (DOMAIN.md §2.5): an elderly care institution files its agreement with a medical institution as a draft
 * case; it uploads the signed text and submits (casework's CaseSubmission); the partner confirms, CIVIL and HEALTH
 * acknowledge, a reminder goes out 30 days before the end and the agreement is flagged when it has expired.
 */
@Service
public class AgreementService {

    /** The services of the seeds' agreement templates (seed 001 annex, seed 004 annex 1). */
    public static final List<String> TEMPLATE_SERVICES = List.of("巡诊", "健康管理", "保健咨询", "预约就诊", "急诊急救",
            "中医养生保健", "绿色通道", "体检", "健康教育", "双向转诊", "医疗费用结算");

    private final CaseService cases;
    private final InstitutionService institutions;
    private final AgreementMapper agreements;

    AgreementService(CaseService cases, InstitutionService institutions, AgreementMapper agreements) {
        this.cases = cases;
        this.institutions = institutions;
        this.agreements = agreements;
    }

    @Transactional
    public CaseInfo create(CurrentUser user, AgreementRequest request) {
        if (!user.isApplicant()) {
            throw new AccessDeniedProblem("只有养老机构的申请人账号可以报备合作协议");
        }
        Institution institution = institutions.find(user.institutionId()).orElseThrow();
        if (!institution.type().providesElderlyCare()) {
            throw new BusinessRuleException("NOT_ELDERLY_CARE", institution.name() + "是" + institution.type().label()
                    + "，医养合作协议由养老机构报备；医疗机构在待办中确认养老机构报来的协议。");
        }
        Institution partner = check(request, institution);
        if (agreements.overlapping(institution.id(), partner.id(), request.periodStart(), request.periodEnd()) > 0) {
            throw new BusinessRuleException("AGREEMENT_OVERLAP", "与" + partner.name()
                    + "在该期间已有报备中或有效的合作协议，到期后再续签");
        }
        CaseInfo c = cases.createDraft(user, Matter.AGREEMENT, institution.id(), institution.name(),
                "与" + partner.name() + "的医养合作协议（" + request.periodStart() + " 至 " + request.periodEnd() + "）");
        AgreementRow row = new AgreementRow();
        row.caseId = c.id();
        row.regionCode = institution.regionCode();
        row.institutionId = institution.id();
        row.partnerId = partner.id();
        row.services = String.join("、", request.services().stream().map(String::strip).distinct().toList());
        row.annualFee = request.annualFee();
        row.periodStart = request.periodStart();
        row.periodEnd = request.periodEnd();
        agreements.insert(row);
        return c;
    }

    /** The checks Bean Validation cannot do: the partner in the registry, the one-year period, the services. */
    private Institution check(AgreementRequest r, Institution institution) {
        // the same rules as the request's Bean Validation, for callers that bypass it (the UI)
        FieldErrors.Collector required = new FieldErrors.Collector();
        required.check(r.partnerCreditCode() != null && !r.partnerCreditCode().isBlank(), "partnerCreditCode",
                "请选择合作医疗机构");
        required.check(r.services() != null && !r.services().isEmpty(), "services", "请至少选择一项服务内容");
        required.check(r.annualFee() != null && r.annualFee().signum() >= 0, "annualFee", "请填写年服务费用（元）");
        required.check(r.periodStart() != null, "periodStart", "请填写协议开始日期");
        required.check(r.periodEnd() != null, "periodEnd", "请填写协议结束日期");
        required.throwIfAny();
        FieldErrors.Collector errors = new FieldErrors.Collector();
        String code = r.partnerCreditCode().strip().toUpperCase();
        Optional<Institution> partner = CreditCode.isValid(code) ? institutions.findByCreditCode(code) : Optional.empty();
        errors.check(CreditCode.isValid(code), "partnerCreditCode", "合作医疗机构的统一社会信用代码校验不通过");
        errors.check(!CreditCode.isValid(code) || partner.isPresent(), "partnerCreditCode", "合作医疗机构不在机构名录中");
        partner.ifPresent(p -> {
            errors.check(p.type() == InstitutionType.MEDICAL || p.type() == InstitutionType.COMBINED,
                    "partnerCreditCode", p.name() + "不是医疗机构");
            errors.check(!p.id().equals(institution.id()), "partnerCreditCode", "合作方不能是本机构");
            errors.check(p.regionCode().equals(institution.regionCode()), "partnerCreditCode",
                    "请与属地医疗机构签订协议（种子001：就近就便）");
        });
        errors.check(r.services().stream().allMatch(s -> s.strip().length() <= 30), "services", "每项服务内容不超过 30 字");
        LocalDate today = cases.today();
        errors.check(r.periodEnd().isAfter(r.periodStart()), "periodEnd", "结束日期应晚于开始日期");
        errors.check(!r.periodEnd().isAfter(r.periodStart().plusYears(1).minusDays(1)), "periodEnd",
                "合作协议一年一签，期限不超过一年");
        errors.check(!r.periodEnd().isBefore(today), "periodEnd", "协议已经期满，不能再报备");
        errors.check(!r.periodStart().isAfter(today.plusMonths(3)), "periodStart", "开始日期不能晚于三个月之后");
        errors.throwIfAny();
        return partner.orElseThrow();
    }

    /**
     * One agreement, for its parties, the bureaus and the supervisor; 404 for anyone else. Staff who may read the
     * register read every agreement in it (also before their department has a step on the case); an institution
     * reads the agreements it is party to, and its own draft.
     */
    @Transactional(readOnly = true)
    public Agreement details(CurrentUser user, String caseNo) {
        CaseInfo c = user.isApplicant() || !mayListAll(user) ? cases.visible(user, caseNo)
                : cases.findByNo(caseNo).orElseThrow(() -> new NotFoundException("案件不存在或无权查看：" + caseNo));
        if (!mayList(user)) {
            throw new NotFoundException("案件不存在或无权查看：" + caseNo);
        }
        ListQuery q = query(user, null, null, new PageRequest(0, 1));
        q.caseId = c.id();
        q.ownDraft = user.isApplicant() && c.status() == CaseStatus.DRAFT;
        return agreements.list(q).stream().findFirst().map(AgreementService::agreement)
                .orElseThrow(() -> new NotFoundException("案件不存在或无权查看：" + caseNo));
    }

    /** The agreements the caller may see: an applicant those its institution is party to; CIVIL, HEALTH, FINANCE,
     * leaders and the supervisor the county's. */
    @Transactional(readOnly = true)
    public PageResult<Agreement> list(CurrentUser user, AgreementState state, String township, PageRequest page) {
        ListQuery q = query(user, state, township, page);
        List<Agreement> items = agreements.list(q).stream().map(AgreementService::agreement).toList();
        return new PageResult<>(items, page.page(), page.size(), agreements.count(q));
    }

    /** Today in Asia/Shanghai (the default period of a new agreement starts today). */
    public LocalDate today() {
        return cases.today();
    }

    private ListQuery query(CurrentUser user, AgreementState state, String township, PageRequest page) {
        ListQuery q = new ListQuery();
        q.region = user.regionCode();
        if (user.isApplicant()) {
            q.partyId = user.institutionId();
        } else if (!mayListAll(user)) {
            throw new AccessDeniedProblem("无权查看医养合作协议登记簿");
        }
        q.state = state == null ? null : state.name();
        q.township = township == null || township.isBlank() ? null : township.strip();
        q.today = cases.today();
        q.soon = q.today.plusDays(30);
        q.limit = page.size();
        q.offset = page.offset();
        return q;
    }

    /** Whether the agreements list is for this user at all (a party's staff, or the bureaus and the supervisor). */
    public static boolean mayList(CurrentUser user) {
        return user.isApplicant() || mayListAll(user);
    }

    private static boolean mayListAll(CurrentUser user) {
        return user.hasAny(Role.ADMIN, Role.SUPERVISOR)
                || List.of("CIVIL", "HEALTH", "FINANCE").contains(user.departmentCode());
    }

    private static Agreement agreement(ListRow r) {
        AgreementState state = AgreementState.valueOf(r.state());
        return new Agreement(r.caseNo(), r.caseStatus(), state, state.label(), r.institutionName(),
                r.institutionCreditCode(), r.township(), r.partnerName(), r.partnerCreditCode(),
                Arrays.asList(r.services().split("、")), r.annualFee(), r.periodStart(), r.periodEnd(), r.submittedAt(),
                r.confirmedAt(), r.civilAckAt(), r.healthAckAt(), r.remindedAt());
    }
}
