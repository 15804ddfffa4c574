package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.MatterRules;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.licensing.LicensingService;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import cn.yiyang.singlewindow.TrackState;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The HEALTH track: the medical part becomes a 两证合一 case of the same institution (its own number and limits, the
 * licence files of the one set of materials shared, not uploaded again), which licence-2in1 runs as a call activity;
 * its outcome is HEALTH's result on the single-window case.
 */
@Configuration
class LicenceSubCase {

    private final SingleWindowMapper mapper;
    private final SingleWindowRules rules;
    private final MedicalPartJson json;
    private final LicensingService licensing;
    private final MaterialService materials;
    private final CaseService cases;
    private final Clock clock;

    LicenceSubCase(SingleWindowMapper mapper, SingleWindowRules rules, MedicalPartJson json, LicensingService licensing,
                   MaterialService materials, CaseService cases, Clock clock) {
        this.mapper = mapper;
        this.rules = rules;
        this.json = json;
        this.licensing = licensing;
        this.materials = materials;
        this.cases = cases;
        this.clock = clock;
    }

    @Bean("singleWindowLicenceCase")
    JavaDelegate open() {
        return execution -> {
            long caseId = Tracks.caseId(execution);
            CaseInfo parent = cases.get(caseId);
            SingleWindowMapper.ApplicationRow a = mapper.find(caseId);
            CaseInfo sub = licensing.createSubCase(CurrentUser.system(parent.regionCode()), parent.institutionId(),
                    json.read(a.medicalPart));
            materials.share(caseId, sub.id(), rules.licenceMaterials(a).stream().map(MatterRules.MaterialRequirement::code)
                    .toList(), CurrentUser.SYSTEM);
            cases.startClock(sub.id(), cases.today(), 5, CurrentUser.SYSTEM);
            cases.submitForCaller(sub.id(), CaseStatus.PENDING_ACCEPTANCE, CurrentUser.SYSTEM,
                    "一个窗口办理案件 " + parent.caseNo() + " 的医疗部分");
            mapper.linkLicenceCase(caseId, sub.id());
            mapper.startReview(caseId, SingleWindowDepartments.HEALTH, TrackState.REVIEWING.name(), 1, null,
                    LocalDateTime.now(clock));
            execution.setVariable("licenceCaseId", sub.id());
        };
    }

    @Bean("singleWindowLicenceDone")
    JavaDelegate done() {
        return execution -> {
            long caseId = Tracks.caseId(execution);
            String outcome = String.valueOf(execution.getVariable("licenceOutcome"));
            String subNo = cases.get(mapper.find(caseId).licenceCaseId).caseNo();
            boolean licensed = "LICENSED".equals(outcome);
            String reason = switch (outcome) {
                case "LICENSED" -> "准予设置并执业登记，已核发医疗机构执业许可证（两证合一案件 " + subNo + "）";
                case "REFUSED" -> "不予许可（两证合一案件 " + subNo + "，理由见不予许可决定书）";
                case "NOT_ACCEPTED" -> "不予受理（两证合一案件 " + subNo + "，理由见不予受理决定书）";
                default -> "两证合一案件 " + subNo + " 已撤回";
            };
            mapper.decide(caseId, SingleWindowDepartments.HEALTH, (licensed ? TrackState.APPROVED : TrackState.REFUSED).name(),
                    CurrentUser.SYSTEM, reason, LocalDateTime.now(clock));
        };
    }
}
