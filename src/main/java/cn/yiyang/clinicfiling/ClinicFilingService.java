package cn.yiyang.clinicfiling;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Matter;
import cn.yiyang.clinicfiling.internal.ClinicFilingMapper;
import cn.yiyang.clinicfiling.internal.ClinicFilingMapper.FilingRow;
import cn.yiyang.clinicfiling.internal.ClinicFilingMapper.StaffRow;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.BusinessRuleException;
import cn.yiyang.shared.CreditCode;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.IdNumber;
import cn.yiyang.shared.NotFoundException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 养老机构内设医疗机构备案: an elderly care institution files its in-house clinic. Creating the filing makes a draft
 * case; the applicant uploads the materials the decision table requires and submits (casework's CaseSubmission).
 */
@Service
public class ClinicFilingService {

    private final CaseService cases;
    private final InstitutionService institutions;
    private final ClinicFilingMapper filings;

    ClinicFilingService(CaseService cases, InstitutionService institutions, ClinicFilingMapper filings) {
        this.cases = cases;
        this.institutions = institutions;
        this.filings = filings;
    }

    @Transactional
    public CaseInfo create(CurrentUser user, ClinicFilingRequest request) {
        if (!user.has(Role.APPLICANT) || user.institutionId() == null) {
            throw new AccessDeniedProblem("只有机构的申请人账号可以提交备案");
        }
        Institution institution = institutions.find(user.institutionId()).orElseThrow();
        if (!institution.type().providesElderlyCare()) {
            throw new BusinessRuleException("NOT_ELDERLY_CARE", institution.name() + "是" + institution.type().label()
                    + "，不适用养老机构内设医疗机构备案（国卫办医发〔2017〕38号）。医疗机构设置或变更请向"
                    + "县卫生健康局申请医疗机构执业登记或变更登记。");
        }
        ClinicType type = ClinicType.parse(request.clinicType()).orElseThrow(() -> new BusinessRuleException(
                "CLINIC_TYPE_NOT_FILABLE", "“" + request.clinicType() + "”不属于可备案的内设医疗机构（诊所、卫生所（室）、医务室、护理站）。"
                + "设置其他类别的医疗机构，请申请医疗机构设置审批与执业登记（两证合一），由县卫生健康局办理。"));
        check(request);
        CaseInfo c = cases.createDraft(user, Matter.CLINIC_FILING, institution.id(), institution.name(),
                request.clinicName() + "（" + type.label() + "）备案");
        FilingRow row = new FilingRow();
        row.caseId = c.id();
        row.institutionId = institution.id();
        row.clinicName = request.clinicName().strip();
        row.clinicType = type.name();
        row.address = request.address();
        row.openingDate = request.openingDate();
        row.services = String.join("、", request.services().stream().map(String::strip).toList());
        row.headName = request.head().name().strip();
        row.headIdNumber = request.head().idNumber().toUpperCase();
        row.headQualificationNo = request.head().qualificationNo().strip();
        row.referralPartnerCode = blankToNull(request.referralPartnerCreditCode());
        filings.insert(row);
        filings.insertStaff(c.id(), request.staff().stream().map(s -> new StaffRow(s.name().strip(),
                s.idNumber().toUpperCase(), s.profession().strip(), s.certificateNo().strip())).toList());
        return c;
    }

    /** Checks Bean Validation cannot: check digits, dates against today, the referral partner. */
    private void check(ClinicFilingRequest r) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        errors.check(!r.openingDate().isBefore(cases.today()), "openingDate", "拟执业日期不能早于今天");
        errors.check(!r.openingDate().isAfter(cases.today().plusYears(2)), "openingDate", "拟执业日期不能晚于两年之后");
        errors.check(IdNumber.isValid(r.head().idNumber()), "head.idNumber", "负责人身份证号校验不通过（GB 11643-1999）");
        for (int i = 0; i < r.staff().size(); i++) {
            errors.check(IdNumber.isValid(r.staff().get(i).idNumber()), "staff[" + i + "].idNumber",
                    "身份证号校验不通过（GB 11643-1999）");
        }
        String partner = blankToNull(r.referralPartnerCreditCode());
        if (partner != null) {
            boolean valid = CreditCode.isValid(partner);
            errors.check(valid, "referralPartnerCreditCode", "转诊合作医疗机构的统一社会信用代码校验不通过");
            errors.check(!valid || institutions.findByCreditCode(partner).isPresent(), "referralPartnerCreditCode",
                    "转诊合作医疗机构不在机构名录中");
        }
        errors.throwIfAny();
    }

    /** The filing's details for someone who may see the case; ID numbers masked. */
    @Transactional(readOnly = true)
    public ClinicFiling details(CurrentUser user, String caseNo) {
        CaseInfo c = cases.visible(user, caseNo);
        FilingRow f = filings.find(c.id());
        if (f == null) {
            throw new NotFoundException("不是内设医疗机构备案案件：" + caseNo);
        }
        ClinicType type = ClinicType.valueOf(f.clinicType);
        List<ClinicFiling.StaffMember> staff = filings.staff(c.id()).stream().map(s -> new ClinicFiling.StaffMember(
                s.name(), IdNumber.mask(s.idNumber()), s.profession(), s.certificateNo())).toList();
        return new ClinicFiling(c.caseNo(), f.clinicName, type, type.label(), f.address, f.openingDate,
                Arrays.asList(f.services.split("、")), f.headName, IdNumber.mask(f.headIdNumber),
                f.headQualificationNo, staff, f.referralPartnerCode, f.registrationNo, f.registeredAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
