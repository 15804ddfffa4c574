package cn.yiyang.casework.internal;

import cn.yiyang.casework.AcceptanceTerms;
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
 * 视为受理 (行政许可法 Art. 32): nobody decided within 5 working days, so the application counts as accepted from the
 * day of receipt; the next limit runs from that day. The applicant and the department's LEADER are told.
 */
@Component("deemAcceptance")
class DeemAcceptance implements JavaDelegate {

    private final AcceptanceMatters matters;
    private final CaseService cases;
    private final AcceptanceDocuments documents;
    private final Notices notices;
    private final AuditTrail audit;

    DeemAcceptance(AcceptanceMatters matters, CaseService cases, AcceptanceDocuments documents, Notices notices,
                   AuditTrail audit) {
        this.matters = matters;
        this.cases = cases;
        this.documents = documents;
        this.notices = notices;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AcceptanceTerms terms = matters.of(execution);
        long caseId = AcceptanceMatters.caseId(execution);
        CaseInfo c = cases.get(caseId);
        audit.record(caseId, "system", "DEEMED_ACCEPTED", "五个工作日内未作出受理决定，自收到材料之日起视为受理");
        cases.markAccepted(caseId, c.submittedAt(), "system", "视为受理（行政许可法第三十二条）");
        LocalDate receipt = c.submittedAt().toLocalDate();
        LocalDate due = cases.startClock(caseId, receipt, terms.limitAfterAcceptance(), "system");
        var notice = documents.deemedAcceptance(terms, cases.get(caseId), due);
        notices.tellApplicant(c, "视为受理：" + c.caseNo(), "视为受理告知书 " + notice.number() + "，" + terms.promise()
                + "的期限截止 " + due);
        notices.tellRole(terms.departmentCode(), Role.LEADER, caseId, "超期视为受理：" + c.caseNo(),
                c.applicantName() + " 的" + c.title() + "未在五个工作日内审查，已依法视为受理，请督促在 " + due + " 前"
                        + terms.promise() + "。");
    }
}
