package cn.yiyang.agreement.internal;

import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.MatterRules;
import java.util.List;
import org.springframework.stereotype.Component;

/** The subsidy claim for the case core: the payment proof is its one material; 15 working days for the three steps. */
@Component
class SubsidyRules implements MatterRules {

    static final String PROCESS = "agreement-subsidy";

    @Override
    public Matter matter() {
        return Matter.AGREEMENT_SUBSIDY;
    }

    @Override
    public List<MaterialRequirement> requiredMaterials(long caseId) {
        return List.of(new MaterialRequirement("PAYMENT_PROOF", "向合作医疗机构支付服务费用的凭证（发票或银行回单）"));
    }

    @Override
    public String processKey() {
        return PROCESS;
    }

    @Override
    public CaseStatus statusOnSubmit() {
        return CaseStatus.SUBMITTED;
    }

    @Override
    public int acceptanceLimitWorkingDays() {
        return 15;
    }
}
