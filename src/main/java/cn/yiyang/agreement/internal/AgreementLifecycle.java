package cn.yiyang.agreement.internal;

import cn.yiyang.casework.AuditTrail;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the agreement's service tasks do once acknowledged, 30 days before the end and after the end. */
@Component
class AgreementLifecycle {

    private final AgreementMapper agreements;
    private final CaseService cases;
    private final Notices notices;
    private final AccountService accounts;
    private final InstitutionService institutions;
    private final AuditTrail audit;
    private final Clock caseClock;

    AgreementLifecycle(AgreementMapper agreements, CaseService cases, Notices notices, AccountService accounts,
                       InstitutionService institutions, AuditTrail audit, Clock clock) {
        this.agreements = agreements;
        this.cases = cases;
        this.notices = notices;
        this.accounts = accounts;
        this.institutions = institutions;
        this.audit = audit;
        this.caseClock = clock;
    }

    /** Both bureaus acknowledged: the filing is complete and the township's copy is recorded (seed 004 annex 1). */
    void registered(long caseId) {
        CaseInfo c = cases.get(caseId);
        AgreementMapper.AgreementRow a = agreements.find(caseId);
        String township = institutions.find(a.institutionId).map(i -> i.township()).orElse("");
        audit.record(caseId, "system", "AGREEMENT_COPY_TOWNSHIP", "协议副本报备" + township + "人民政府");
        cases.close(caseId, cn.yiyang.casework.CaseStatus.CLOSED, "system",
                "协议已向民政局、卫健局报备，抄送" + township + "，有效期至 " + a.periodEnd);
        tellParties(c, a, "合作协议已报备生效：" + c.caseNo(), "有效期 " + a.periodStart + " 至 " + a.periodEnd + "。");
    }

    void remindRenewal(long caseId) {
        CaseInfo c = cases.get(caseId);
        AgreementMapper.AgreementRow a = agreements.find(caseId);
        agreements.reminded(caseId, LocalDateTime.now(caseClock));
        String body = "合作协议将于 " + a.periodEnd + " 到期，请双方及时续签（一年一签）并重新报备。";
        tellParties(c, a, "合作协议即将到期：" + c.caseNo(), body);
        notices.tellRole("CIVIL", Role.REVIEWER, caseId, "合作协议即将到期：" + c.applicantName(), body);
        audit.record(caseId, "system", "AGREEMENT_RENEWAL_REMINDED", body);
    }

    void flagExpired(long caseId) {
        CaseInfo c = cases.get(caseId);
        AgreementMapper.AgreementRow a = agreements.find(caseId);
        agreements.flaggedExpired(caseId, LocalDateTime.now(caseClock));
        String body = "合作协议已于 " + a.periodEnd + " 期满，未续签前该养老机构计为未签约。";
        tellParties(c, a, "合作协议已过期：" + c.caseNo(), body);
        notices.tellRole("CIVIL", Role.REVIEWER, caseId, "合作协议已过期：" + c.applicantName(), body);
        audit.record(caseId, "system", "AGREEMENT_EXPIRED", body);
    }

    private void tellParties(CaseInfo c, AgreementMapper.AgreementRow a, String title, String body) {
        List<String> to = new ArrayList<>(accounts.usernamesOfInstitution(a.institutionId));
        to.addAll(accounts.usernamesOfInstitution(a.partnerId));
        notices.tell(to, c.id(), title, body);
    }
}
