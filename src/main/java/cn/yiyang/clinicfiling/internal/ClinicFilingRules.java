package cn.yiyang.clinicfiling.internal;

import cn.yiyang.casework.AcceptanceTerms;
import cn.yiyang.casework.MaterialDecisions;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.MatterRules;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The filing's rules for the case core: materials from the DMN table clinic-filing-materials, 5 days to accept. */
@Component
class ClinicFilingRules implements MatterRules {

    static final String PROCESS = "clinic-filing";
    static final String MATERIALS_DECISION = "clinic-filing-materials";

    private final MaterialDecisions decisions;
    private final ClinicFilingMapper filings;

    ClinicFilingRules(MaterialDecisions decisions, ClinicFilingMapper filings) {
        this.decisions = decisions;
        this.filings = filings;
    }

    @Override
    public Matter matter() {
        return Matter.CLINIC_FILING;
    }

    @Override
    public List<MaterialRequirement> requiredMaterials(long caseId) {
        String type = filings.clinicType(caseId);
        if (type == null) {
            return List.of();
        }
        return decisions.evaluate(MATERIALS_DECISION, Map.of("clinicType", type));
    }

    @Override
    public String processKey() {
        return PROCESS;
    }

    /** 国卫办医发〔2017〕38号 / 行政许可法 Art. 32: completeness decided within 5 working days of receipt. */
    @Override
    public int acceptanceLimitWorkingDays() {
        return 5;
    }

    /** 国卫办医发〔2017〕38号: registration and the practising document within 10 working days of acceptance. */
    @Override
    public AcceptanceTerms acceptance() {
        return new AcceptanceTerms("Task_CheckCompleteness", 10, "HEALTH", FilingDocuments.WORD,
                FilingDocuments.BUREAU, "完成备案登记并发放执业凭证");
    }
}
