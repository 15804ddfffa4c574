package cn.yiyang.licensing.internal;

import cn.yiyang.casework.AcceptanceTerms;
import cn.yiyang.casework.MaterialDecisions;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.MatterRules;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The licence's rules for the case core: materials from the DMN table licence-materials (by kind and beds), 5
 * working days to accept, then 20 working days to decide (行政许可法 Arts. 32, 42).
 */
@Component
public class LicensingRules implements MatterRules {

    public static final String PROCESS = "licence-2in1";
    static final String MATERIALS_DECISION = "licence-materials";
    static final String WORD = "卫";
    static final String BUREAU = "卫生健康局";
    /** 行政许可法 Art. 42: the decision within 20 working days of acceptance. */
    static final int DECISION_LIMIT = 20;
    /** 行政许可法 Art. 42: the head of the bureau may extend once, by 10 working days. */
    static final int EXTENSION = 10;
    /** 行政许可法 Art. 44: the licence delivered within 10 working days of the decision. */
    static final int DELIVERY_LIMIT = 10;

    private final MaterialDecisions decisions;
    private final LicensingMapper licensing;

    LicensingRules(MaterialDecisions decisions, LicensingMapper licensing) {
        this.decisions = decisions;
        this.licensing = licensing;
    }

    @Override
    public Matter matter() {
        return Matter.LICENCE_2IN1;
    }

    @Override
    public List<MaterialRequirement> requiredMaterials(long caseId) {
        LicensingMapper.ApplicationRow a = licensing.find(caseId);
        if (a == null) {
            return List.of();
        }
        return decisions.evaluate(MATERIALS_DECISION, Map.of("kind", a.kind, "beds", a.beds));
    }

    @Override
    public String processKey() {
        return PROCESS;
    }

    @Override
    public int acceptanceLimitWorkingDays() {
        return 5;
    }

    @Override
    public AcceptanceTerms acceptance() {
        return new AcceptanceTerms("Task_CheckCompleteness", DECISION_LIMIT, "HEALTH", WORD, BUREAU,
                "作出是否准予许可的决定");
    }
}
