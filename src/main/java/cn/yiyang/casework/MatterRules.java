package cn.yiyang.casework;

import java.util.List;

/**
 * What a matter module tells the case core about its own cases: the materials it requires (from its decision
 * table or catalogue, never from code) and the process it runs on submission.
 */
public interface MatterRules {

    Matter matter();

    /** Required materials of this case as {code, name}; provided-ness is added by the case core. */
    List<MaterialRequirement> requiredMaterials(long caseId);

    record MaterialRequirement(String code, String name) {
    }
}
