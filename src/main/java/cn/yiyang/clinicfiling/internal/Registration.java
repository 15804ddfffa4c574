package cn.yiyang.clinicfiling.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.clinicfiling.ClinicFilingRegistered;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 登记备案 (Task_Register) by a HEALTH reviewer and 负责人签发 (Task_SignOff) by the HEALTH LEADER: on sign-off the
 * 备案凭证 is issued with its number, the clinic enters the public registry and the institution's record.
 */
@Component
class Registration implements TaskOutcomeHandler {

    private final CaseService cases;
    private final FilingDocuments documents;
    private final ClinicFilingMapper filings;
    private final InstitutionService institutions;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registration(CaseService cases, FilingDocuments documents, ClinicFilingMapper filings,
                 InstitutionService institutions, Notices notices, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.filings = filings;
        this.institutions = institutions;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return ClinicFilingRules.PROCESS.equals(processKey)
                && ("Task_Register".equals(taskKey) || "Task_SignOff".equals(taskKey));
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        if ("Task_Register".equals(done.taskKey())) {
            cases.changeStatus(c.id(), CaseStatus.PENDING_DECISION, actor, "登记完成，待负责人签发");
            notices.tellRole("HEALTH", Role.LEADER, c.id(), "待签发：" + c.caseNo(), c.title());
            return Map.of();
        }
        if ("RETURN".equals(done.outcome())) {
            cases.changeStatus(c.id(), CaseStatus.ACCEPTED, actor, "退回重办：" + done.comment());
            return Map.of();
        }
        var receipt = documents.filingReceipt(c, actor);
        filings.register(c.id(), receipt.number(), LocalDateTime.now(clock));
        institutions.markInternalMedical(c.institutionId());
        cases.close(c.id(), CaseStatus.CLOSED, actor, "备案完成，备案凭证 " + receipt.number());
        notices.tellApplicant(c, "备案完成：" + c.caseNo(), "备案凭证 " + receipt.number() + " 已签发，可在案件中下载。");
        events.publishEvent(new ClinicFilingRegistered(c.id(), c.caseNo(), filings.find(c.id()).openingDate));
        return Map.of();
    }
}
