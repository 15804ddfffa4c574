package cn.yiyang.casework;

import java.util.List;
import java.util.Map;

/**
 * What a matter module tells the case core about its own cases: the materials it requires (from its decision
 * table or catalogue, never from code), the process it runs on submission, and what submission starts.
 */
public interface MatterRules {

    Matter matter();

    /** Required materials of this case as {code, name}; provided-ness is added by the case core. */
    List<MaterialRequirement> requiredMaterials(long caseId);

    /** The BPMN process a submitted case of this matter runs. */
    String processKey();

    /** Status the case shows once submitted. */
    default CaseStatus statusOnSubmit() {
        return CaseStatus.PENDING_ACCEPTANCE;
    }

    /** The statutory limit that starts on receipt, in working days (e.g. 5 for the completeness check). */
    int acceptanceLimitWorkingDays();

    /** Variables that route the process (never business data). */
    default Map<String, Object> routingVariables(CaseInfo caseInfo) {
        return Map.of();
    }

    /** The shared acceptance step (受理, supplement loop, deemed acceptance), or null if the matter has none. */
    default AcceptanceTerms acceptance() {
        return null;
    }

    record MaterialRequirement(String code, String name) {

        /** A row of a materials decision table (outputs {@code code} and {@code name}). */
        public static MaterialRequirement fromDecision(Map<String, Object> row) {
            return new MaterialRequirement((String) row.get("code"), (String) row.get("name"));
        }
    }
}
