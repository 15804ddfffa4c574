package cn.yiyang.clinicfiling.internal;

import cn.yiyang.casework.AuditTrail;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.Role;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 视为受理 (行政许可法 Art. 32): nobody decided within 5 working days, so the filing counts as accepted from the day
 * of receipt; the registration limit runs from that day. The applicant and the HEALTH LEADER are told.
 */
@Component("deemAcceptance")
class DeemAcceptance implements JavaDelegate {

    private final CaseService cases;
    private final FilingDocuments documents;
    private final Notices notices;
    private final AuditTrail audit;

    DeemAcceptance(CaseService cases, FilingDocuments documents, Notices notices, AuditTrail audit) {
        this.cases = cases;
        this.documents = documents;
        this.notices = notices;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        CaseInfo c = cases.get(caseId);
        audit.record(caseId, "system", "DEEMED_ACCEPTED", "五个工作日内未作出受理决定，自收到材料之日起视为受理");
        cases.markAccepted(caseId, c.submittedAt(), "system", "视为受理（行政许可法第三十二条）");
        LocalDate receipt = c.submittedAt().toLocalDate();
        LocalDate due = cases.startClock(caseId, receipt, CompletenessDecision.REGISTRATION_LIMIT, "system");
        var notice = documents.deemedAcceptance(cases.get(caseId), due);
        notices.tellApplicant(c, "视为受理：" + c.caseNo(), "视为受理告知书 " + notice.number() + "，备案登记截止 " + due);
        notices.tellRole("HEALTH", Role.LEADER, caseId, "超期视为受理：" + c.caseNo(),
                c.applicantName() + " 的" + c.title() + "未在五个工作日内审查，已依法视为受理，请督促在 " + due + " 前完成登记。");
    }
}
