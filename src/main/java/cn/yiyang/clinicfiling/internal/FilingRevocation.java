package cn.yiyang.clinicfiling.internal;

import cn.yiyang.casework.AuditTrail;
import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.Notices;
import cn.yiyang.inspection.InspectionEscalated;
import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * 撤销备案: when an inspection of an institution is escalated (整改不到位, 通报 and 移送), its in-house clinic's filing
 * stops being in force: it leaves the public registry, its scheduled supervision ends, the filing case keeps the
 * reason in its audit trail, and the institution is told. Runs in the escalation's transaction, so both happen or neither.
 */
@Component
class FilingRevocation {

    private final ClinicFilingMapper filings;
    private final CaseService cases;
    private final AuditTrail audit;
    private final Notices notices;
    private final SupervisionSchedule supervision;
    private final Clock clock;

    FilingRevocation(ClinicFilingMapper filings, CaseService cases, AuditTrail audit, Notices notices,
                     SupervisionSchedule supervision, Clock clock) {
        this.supervision = supervision;
        this.filings = filings;
        this.cases = cases;
        this.audit = audit;
        this.notices = notices;
        this.clock = clock;
    }

    @EventListener
    void onEscalated(InspectionEscalated event) {
        String reason = "监督检查整改不到位（" + event.caseNo() + "，通报 " + event.circularNo() + "）：" + event.reason();
        for (ClinicFilingMapper.InForceRow f : filings.inForce(event.institutionId())) {
            filings.revoke(f.caseId(), reason.length() > 500 ? reason.substring(0, 500) : reason,
                    LocalDateTime.now(clock));
            audit.record(f.caseId(), event.actor(), "FILING_REVOKED", "备案 " + f.registrationNo() + " 撤销：" + reason);
            CaseInfo filing = cases.get(f.caseId());
            supervision.stop(filing.caseNo(), "备案已撤销");
            notices.tellApplicant(filing, "撤销备案：" + f.registrationNo(), "你单位内设医疗机构备案（" + f.registrationNo()
                    + "）因" + reason + "，予以撤销，自即日起不得以该备案开展诊疗活动。");
        }
    }
}
