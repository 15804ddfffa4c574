package cn.yiyang.licensing.internal;

import cn.yiyang.casework.AcceptanceTerms;
import cn.yiyang.casework.MaterialDecisions;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.MatterRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A change registration's rules for the case core: the application and the licence always, plus the materials of
 * each changed field from the DMN table licence-change-materials; 5 working days to accept, 20 to decide.
 */
@Component
public class LicenceChangeRules implements MatterRules {

    public static final String PROCESS = "licence-change";
    static final String MATERIALS_DECISION = "licence-change-materials";

    private final MaterialDecisions decisions;
    private final LicensingMapper licensing;

    LicenceChangeRules(MaterialDecisions decisions, LicensingMapper licensing) {
        this.decisions = decisions;
        this.licensing = licensing;
    }

    @Override
    public Matter matter() {
        return Matter.LICENCE_CHANGE;
    }

    @Override
    public List<MaterialRequirement> requiredMaterials(long caseId) {
        String fields = licensing.changedFields(caseId);
        if (fields == null) {
            return List.of();
        }
        List<String> asked = new ArrayList<>(List.of("APPLICATION"));
        asked.addAll(List.of(fields.split(",")));
        return asked.stream().flatMap(field -> decisions.evaluate(MATERIALS_DECISION, Map.of("field", field)).stream())
                .toList();
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
        return new AcceptanceTerms("Task_CheckCompleteness", LicensingRules.DECISION_LIMIT, "HEALTH",
                LicensingRules.WORD, LicensingRules.BUREAU, "作出是否准予变更登记的决定");
    }
}
