package cn.yiyang.licensing.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.licensing.LicenceIssued;
import cn.yiyang.licensing.LicenceKind;
import cn.yiyang.licensing.internal.LicensingMapper.ApplicationRow;
import cn.yiyang.licensing.internal.LicensingMapper.LicenceRow;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 送达 (Task_Deliver) within 10 working days of the decision (行政许可法 Art. 44): the licence gets its registration
 * number, enters the register and the public registry, its 正本 and 副本 are issued as PDF, and the institution is
 * recorded as having a medical institution.
 */
@Component
class Delivery implements TaskOutcomeHandler {

    private final CaseService cases;
    private final LicensingMapper licensing;
    private final LicenceDocuments documents;
    private final InstitutionService institutions;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Delivery(CaseService cases, LicensingMapper licensing, LicenceDocuments documents, InstitutionService institutions,
             Notices notices, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.licensing = licensing;
        this.documents = documents;
        this.institutions = institutions;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return LicensingRules.PROCESS.equals(processKey) && "Task_Deliver".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        String actor = done.user().username();
        ApplicationRow a = licensing.find(c.id());
        LocalDate today = LocalDate.now(clock);
        LicenceRow l = new LicenceRow();
        l.caseId = c.id();
        l.institutionId = a.institutionId;
        l.regionCode = c.regionCode();
        l.name = a.name;
        l.kind = a.kind;
        l.category = a.category;
        l.address = a.address;
        l.legalRepresentative = a.legalRepresentative;
        l.beds = a.beds;
        l.issuedOn = today;
        l.validUntil = CheckSchedule.validUntil(today);
        l.checkIntervalYears = CheckSchedule.intervalYears(a.beds);
        l.issuedBy = documents.authority();
        licensing.insertLicence(l);
        l.registrationNo = "%s%s%d%05d".formatted(LicenceKind.valueOf(a.kind).code(), c.regionCode(), today.getYear(), l.id);
        licensing.number(l.id, l.registrationNo);
        var issued = documents.licence(c, actor, a, l, CheckSchedule.checks(today, l.checkIntervalYears));
        institutions.markInternalMedical(a.institutionId);
        cases.close(c.id(), CaseStatus.CLOSED, actor, "已送达医疗机构执业许可证，登记号 " + l.registrationNo);
        notices.tellApplicant(c, "执业许可证已送达：" + c.caseNo(), "医疗机构执业许可证（登记号 " + l.registrationNo
                + "）正本 " + issued.get(0).number() + "、副本 " + issued.get(1).number() + "，有效期至 " + l.validUntil
                + "，可在案件中下载。");
        events.publishEvent(new LicenceIssued(c.id(), c.caseNo(), l.id, l.registrationNo));
        return Map.of();
    }
}
