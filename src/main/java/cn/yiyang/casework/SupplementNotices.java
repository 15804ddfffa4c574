package cn.yiyang.casework;

import cn.yiyang.casework.internal.SupplementMapper;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一次性告知: everything missing or wrong, at once, in one 补正材料通知书; the statutory clock stops until the
 * applicant answers (the pause is kept on the case with its reason).
 */
@Service
public class SupplementNotices {

    /** One item of the list: a material (or OTHER) and what is missing or wrong about it. */
    public record RequestedItem(Integer round, String code, String name, String reason, LocalDateTime requestedAt,
                                Long materialsBefore) {
    }

    private final SupplementMapper items;
    private final MaterialService materials;
    private final IssuedDocuments documents;
    private final CaseService cases;
    private final Notices notices;
    private final Clock clock;
    private final int answerDays;

    SupplementNotices(SupplementMapper items, MaterialService materials, IssuedDocuments documents, CaseService cases,
                      Notices notices, Clock clock, @Value("${yiyang.supplement-answer-days}") int answerDays) {
        this.items = items;
        this.materials = materials;
        this.documents = documents;
        this.cases = cases;
        this.notices = notices;
        this.clock = clock;
        this.answerDays = answerDays;
    }

    public int answerDays() {
        return answerDays;
    }

    /**
     * Reads the one-time list from a task's {@code fields.missing} ([{code, reason}]); every entry needs a known
     * material code and a reason, and the list may not be empty.
     */
    public List<RequestedItem> parse(CaseInfo c, Object missing) {
        Map<String, String> names = materials.required(c).stream()
                .collect(Collectors.toMap(CaseView.RequiredMaterial::code, CaseView.RequiredMaterial::name));
        names.put(MaterialService.OTHER, "其他");
        FieldErrors.Collector errors = new FieldErrors.Collector();
        List<RequestedItem> list = new ArrayList<>();
        if (!(missing instanceof List<?> raw) || raw.isEmpty()) {
            errors.add("fields.missing", "补正通知必须一次性列明所有需补正的材料");
            errors.throwIfAny();
            return list;
        }
        for (int i = 0; i < raw.size(); i++) {
            Map<?, ?> entry = raw.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String code = entry.get("code") == null ? null : entry.get("code").toString();
            String reason = entry.get("reason") == null ? "" : entry.get("reason").toString().strip();
            errors.check(code != null && names.containsKey(code), "fields.missing[" + i + "].code", "未知的材料代码：" + code);
            errors.check(!reason.isEmpty() && reason.length() <= 1000, "fields.missing[" + i + "].reason",
                    "请写明需补正的内容（不超过 1000 字）");
            list.add(new RequestedItem(null, code, names.get(code), reason, null, null));
        }
        errors.throwIfAny();
        return list;
    }

    /** Records the list, issues the notice, stops the clock and tells the applicant. */
    @Transactional
    public IssuedDocuments.Issued request(CurrentUser reviewer, CaseInfo c, List<RequestedItem> list,
                                          String departmentWord, String departmentName) {
        int round = items.lastRound(c.id()) + 1;
        LocalDateTime now = LocalDateTime.now(clock);
        items.insert(c.id(), round, list, now, reviewer.username(), items.lastMaterialId(c.id()));
        LocalDate answerBy = LocalDate.now(clock).plusDays(answerDays);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), list.get(i).name(), list.get(i).reason()));
        }
        IssuedDocuments.Issued notice = documents.issue(c.id(), DocumentKind.SUPPLEMENT_NOTICE, departmentWord,
                reviewer.username(), number -> new DocumentContent("补正材料通知书", number, c.applicantName(),
                        List.of("你单位于 " + c.submittedAt().toLocalDate() + " 提交的" + c.matter().label() + "（案件编号 "
                                        + c.caseNo() + "）材料不齐全或不符合法定形式。根据《中华人民共和国行政许可法》第三十二条，"
                                        + "现一次性告知需要补正的全部内容如下：",
                                "请于 " + answerBy + " 前补正。补正期间审查期限中止计算；逾期未补正的，视为撤回申请。"),
                        List.of("序号", "材料", "需补正的内容"), rows, documents.authority(departmentName),
                        LocalDate.now(clock)));
        cases.pauseClock(c.id(), "SUPPLEMENT", "补正材料（第 " + round + " 次一次性告知，" + list.size() + " 项）",
                reviewer.username());
        cases.changeStatus(c.id(), CaseStatus.SUPPLEMENTING, reviewer.username(), "一次性告知 " + list.size() + " 项");
        notices.tellApplicant(c, "请补正材料：" + c.caseNo(), "需补正 " + list.size() + " 项，请于 " + answerBy
                + " 前上传并提交补正。补正材料通知书：" + notice.number());
        return notice;
    }

    /**
     * 一次性告知 of several departments at once (the single window): ONE 补正材料通知书 listing each department's items,
     * recorded as one round, the clock stopped once.
     *
     * @param byDepartment the items of each department, keyed by the department's name, in the order to print
     */
    @Transactional
    public IssuedDocuments.Issued requestMerged(CurrentUser window, CaseInfo c, Map<String, List<RequestedItem>> byDepartment,
                                                String departmentWord, String departmentName) {
        int round = items.lastRound(c.id()) + 1;
        LocalDateTime now = LocalDateTime.now(clock);
        List<RequestedItem> all = byDepartment.values().stream().flatMap(List::stream).toList();
        items.insert(c.id(), round, all, now, window.username(), items.lastMaterialId(c.id()));
        LocalDate answerBy = LocalDate.now(clock).plusDays(answerDays);
        List<List<String>> rows = new ArrayList<>();
        byDepartment.forEach((department, list) -> list.forEach(item ->
                rows.add(List.of(String.valueOf(rows.size() + 1), department, item.name(), item.reason()))));
        IssuedDocuments.Issued notice = documents.issue(c.id(), DocumentKind.SUPPLEMENT_NOTICE, departmentWord,
                window.username(), number -> new DocumentContent("补正材料通知书", number, c.applicantName(),
                        List.of("你单位于 " + c.submittedAt().toLocalDate() + " 提交的" + c.matter().label() + "（案件编号 "
                                        + c.caseNo() + "）经" + String.join("、", byDepartment.keySet())
                                        + "审查，材料需要补正。根据《中华人民共和国行政许可法》第三十二条，现由综合窗口将各部门的意见合并，"
                                        + "一次性告知需要补正的全部内容如下：",
                                "请于 " + answerBy + " 前补正。补正期间办理期限中止计算；补正后仅由提出补正的部门重新审查；逾期未补正的，视为撤回申请。"),
                        List.of("序号", "部门", "材料", "需补正的内容"), rows, documents.authority(departmentName),
                        LocalDate.now(clock)));
        cases.pauseClock(c.id(), "SUPPLEMENT", "补正材料（第 " + round + " 次一次性告知，" + byDepartment.size() + " 个部门、"
                + all.size() + " 项）", window.username());
        cases.changeStatus(c.id(), CaseStatus.SUPPLEMENTING, window.username(), "合并一次性告知 " + all.size() + " 项");
        notices.tellApplicant(c, "请补正材料：" + c.caseNo(), "各部门共需补正 " + all.size() + " 项，请于 " + answerBy
                + " 前上传并提交补正。补正材料通知书：" + notice.number());
        return notice;
    }

    @Transactional(readOnly = true)
    public List<RequestedItem> ofCase(long caseId) {
        return items.ofCase(caseId);
    }
}
