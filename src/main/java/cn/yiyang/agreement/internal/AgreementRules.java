package cn.yiyang.agreement.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.MatterRules;
import cn.yiyang.identity.CurrentUser;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The agreement's rules for the case core: the signed text is the one material, the partner's group confirms, and
 * the bureaus' acknowledgement is a service commitment of 10 working days (not a statutory limit).
 */
@Component
class AgreementRules implements MatterRules {

    static final String PROCESS = "agreement";
    static final String TEXT = "AGREEMENT_TEXT";

    private final AgreementMapper agreements;

    AgreementRules(AgreementMapper agreements) {
        this.agreements = agreements;
    }

    @Override
    public Matter matter() {
        return Matter.AGREEMENT;
    }

    @Override
    public List<MaterialRequirement> requiredMaterials(long caseId) {
        return List.of(new MaterialRequirement(TEXT, "合作协议文本（双方签字盖章）"));
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
        return 10;
    }

    @Override
    public Map<String, Object> routingVariables(CaseInfo caseInfo) {
        return Map.of("partnerGroup", CurrentUser.institutionGroup(agreements.find(caseInfo.id()).partnerId));
    }
}
