package cn.yiyang.singlewindow.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.SupplementNotices;
import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 合并补正通知 (Task_MergeSupplements): the window turns the requests of every department of the round into ONE
 * 补正材料通知书 listing each department's items; the case clock stops once (一次性告知, 行政许可法 Art. 32).
 */
@Component
class MergeAndSend implements TaskOutcomeHandler {

    private final SingleWindowMapper mapper;
    private final SupplementNotices supplements;

    MergeAndSend(SingleWindowMapper mapper, SupplementNotices supplements) {
        this.mapper = mapper;
        this.supplements = supplements;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SingleWindowRules.PROCESS.equals(processKey) && "Task_MergeSupplements".equals(taskKey);
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        CaseInfo c = done.caseInfo();
        List<SingleWindowMapper.RequestRow> unsent = mapper.unsentRequests(c.id());
        if (unsent.isEmpty()) {
            throw new ConflictException("本轮没有待发送的补正要求，请刷新");
        }
        Map<String, List<SupplementNotices.RequestedItem>> byDepartment = new LinkedHashMap<>();
        for (SingleWindowMapper.RequestRow r : unsent) {
            byDepartment.computeIfAbsent(SingleWindowDepartments.name(r.department), d -> new ArrayList<>())
                    .add(new SupplementNotices.RequestedItem(null, r.code, r.name, r.reason, null, null));
        }
        var notice = supplements.requestMerged(done.user(), c, byDepartment, SingleWindowRules.WORD,
                SingleWindowRules.AUTHORITY);
        mapper.markSent(c.id(), notice.id());
        return Map.of();
    }
}
