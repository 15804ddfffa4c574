package cn.yiyang.casework.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.SupplementNotices;
import cn.yiyang.casework.SupplementNotices.RequestedItem;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.shared.BusinessRuleException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * 补正材料 (Task_Supplement) of any matter with an acceptance step: every material named in the last notice must have
 * been uploaded again; the clock runs again and the case returns to the completeness check.
 */
@Component
class SupplementAnswered implements TaskOutcomeHandler {

    private final AcceptanceMatters matters;
    private final CaseService cases;
    private final SupplementNotices supplements;
    private final MaterialService materials;

    SupplementAnswered(AcceptanceMatters matters, CaseService cases, SupplementNotices supplements,
                       MaterialService materials) {
        this.matters = matters;
        this.cases = cases;
        this.supplements = supplements;
        this.materials = materials;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return CaseSubmission.SUPPLEMENT_TASK.equals(taskKey) && matters.of(processKey).isPresent();
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        List<RequestedItem> all = supplements.ofCase(c.id());
        int round = all.stream().mapToInt(RequestedItem::round).max().orElse(0);
        List<RequestedItem> last = all.stream().filter(i -> i.round() == round).toList();
        List<CaseView.Material> files = materials.ofCase(c.id());
        long before = last.isEmpty() ? Long.MAX_VALUE : last.get(0).materialsBefore();
        Set<String> renewed = files.stream().filter(m -> !m.superseded() && m.id() > before)
                .map(CaseView.Material::code).collect(Collectors.toSet());
        List<String> stillMissing = last.stream().filter(i -> !"OTHER".equals(i.code()) && !renewed.contains(i.code()))
                .map(RequestedItem::name).toList();
        if (!stillMissing.isEmpty()) {
            throw new BusinessRuleException("SUPPLEMENT_INCOMPLETE", "以下补正材料尚未重新上传：" + String.join("、", stillMissing));
        }
        cases.resumeClock(c.id(), done.user().username());
        cases.changeStatus(c.id(), CaseStatus.PENDING_ACCEPTANCE, done.user().username(),
                "已补正：重新上传 " + renewed.size() + " 项材料" + (done.comment() == null ? "" : "；说明：" + done.comment()));
        return Map.of();
    }
}
