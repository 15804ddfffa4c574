package cn.yiyang.licensing.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Notices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.licensing.internal.LicensingMapper.ApplicationRow;
import cn.yiyang.licensing.internal.LicensingMapper.LicenceRow;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 送达 of a change registration (licence-change Task_Deliver): the register's licence takes the new values under the
 * same registration number and validity, and a new 正本 and 副本 are issued as PDF.
 */
@Component
class ChangeDelivery implements TaskOutcomeHandler {

    private final CaseService cases;
    private final LicensingMapper licensing;
    private final LicenceDocuments documents;
    private final Notices notices;

    ChangeDelivery(CaseService cases, LicensingMapper licensing, LicenceDocuments documents, Notices notices) {
        this.cases = cases;
        this.licensing = licensing;
        this.documents = documents;
        this.notices = notices;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return LicenceChangeRules.PROCESS.equals(processKey) && "Task_Deliver".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        ApplicationRow a = licensing.find(c.id());
        LicenceRow l = licensing.licenceById(licensing.changedLicence(c.id()));
        l.name = a.name;
        l.address = a.address;
        l.legalRepresentative = a.legalRepresentative;
        l.beds = a.beds;
        l.checkIntervalYears = CheckSchedule.intervalYears(a.beds);
        licensing.change(l);
        var issued = documents.licence(c, done.user().username(), a, l,
                CheckSchedule.checks(l.issuedOn, l.checkIntervalYears));
        cases.close(c.id(), CaseStatus.CLOSED, done.user().username(), "已送达变更后的执业许可证，登记号 " + l.registrationNo);
        notices.tellApplicant(c, "变更后的执业许可证已送达：" + c.caseNo(), "医疗机构执业许可证（登记号 " + l.registrationNo
                + "）正本 " + issued.get(0).number() + "、副本 " + issued.get(1).number() + "，可在案件中下载。");
        return Map.of();
    }
}
