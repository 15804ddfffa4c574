package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.AcceptanceTerms;
import cn.yiyang.casework.MaterialDecisions;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.MatterRules;
import cn.yiyang.singlewindow.SingleWindowService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The single window's rules for the case core: one set of materials from the DMN table single-window-materials (by
 * project type) plus, with a medical part, the rows of licence-materials (by kind and beds); 5 working days for the
 * window to accept, then 45 working days for every department (行政许可法 Arts. 26, 32, 42).
 */
@Component
public class SingleWindowRules implements MatterRules {

    public static final String PROCESS = "single-window";
    public static final String TRACK_PROCESS = "single-window-track";
    static final String MATERIALS_DECISION = "single-window-materials";
    static final String LICENCE_MATERIALS_DECISION = "licence-materials";
    static final String WORD = "政";
    static final String AUTHORITY = "人民政府政务服务中心";

    private final MaterialDecisions decisions;
    private final SingleWindowMapper mapper;
    private final MedicalPartJson json;

    SingleWindowRules(MaterialDecisions decisions, SingleWindowMapper mapper, MedicalPartJson json) {
        this.decisions = decisions;
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public Matter matter() {
        return Matter.SINGLE_WINDOW;
    }

    @Override
    public List<MaterialRequirement> requiredMaterials(long caseId) {
        SingleWindowMapper.ApplicationRow a = mapper.find(caseId);
        if (a == null) {
            return List.of();
        }
        Map<String, MaterialRequirement> byCode = new LinkedHashMap<>();
        decisions.evaluate(MATERIALS_DECISION, Map.of("projectType", a.projectType))
                .forEach(r -> byCode.putIfAbsent(r.code(), r));
        licenceMaterials(a).forEach(r -> byCode.putIfAbsent(r.code(), r));
        return new ArrayList<>(byCode.values());
    }

    /** What the medical part's licence requires (the HEALTH sub-case gets these files of the one set). */
    List<MaterialRequirement> licenceMaterials(SingleWindowMapper.ApplicationRow a) {
        if (a.medicalPart == null) {
            return List.of();
        }
        var medical = json.read(a.medicalPart);
        return decisions.evaluate(LICENCE_MATERIALS_DECISION, Map.of("kind", medical.kind(), "beds", medical.beds()));
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
        return new AcceptanceTerms("Task_CheckCompleteness", SingleWindowService.LIMIT, "WINDOW", WORD, AUTHORITY,
                "由综合窗口统一送达各部门的办理结果");
    }
}
