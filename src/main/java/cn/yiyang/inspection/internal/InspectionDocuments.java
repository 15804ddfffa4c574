package cn.yiyang.inspection.internal;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.DocumentKind;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.document.DocumentContent;
import cn.yiyang.identity.Account;
import cn.yiyang.identity.AccountService;
import cn.yiyang.inspection.InspectionWork;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** 检查记录 signed by both inspectors, and the 责令限期整改通知书 with the failed items, their basis and the deadline. */
@Component
class InspectionDocuments {

    /** Number word and bureau of each inspecting department. */
    private static final Map<String, List<String>> DEPARTMENTS = Map.of(
            "HEALTH", List.of("卫", "卫生健康局"), "CIVIL", List.of("民", "民政局"));

    private final IssuedDocuments documents;
    private final InspectionMapper mapper;
    private final AccountService accounts;
    private final MaterialService materials;
    private final Clock clock;

    InspectionDocuments(IssuedDocuments documents, InspectionMapper mapper, AccountService accounts,
                        MaterialService materials, Clock clock) {
        this.materials = materials;
        this.documents = documents;
        this.mapper = mapper;
        this.accounts = accounts;
        this.clock = clock;
    }

    IssuedDocuments.Issued record(CaseInfo c, InspectionMapper.PlanRow plan, InspectionMapper.TargetRow target,
                                  String result, String actor) {
        Map<String, InspectionMapper.CheckItemRow> items = items();
        List<List<String>> rows = mapper.answers(c.id()).stream().map(a -> List.of(
                name(items, a.itemCode()), Checklist.label(a.result()), a.note() == null ? "" : a.note())).toList();
        List<String> dept = DEPARTMENTS.getOrDefault(plan.department, DEPARTMENTS.get("HEALTH"));
        // the photos stay files of the case; the record lists each with its hash so the paper copy points to them
        List<String> photos = materials.ofCase(c.id()).stream()
                .filter(m -> !m.superseded() && m.code().startsWith(InspectionWork.PHOTO))
                .map(m -> name(items, m.code().substring(InspectionWork.PHOTO.length())) + "：" + m.fileName()
                        + "（SHA-256 " + m.sha256().substring(0, 12) + "）").toList();
        return documents.issue(c.id(), DocumentKind.INSPECTION_RECORD, dept.get(0), actor, number -> new DocumentContent(
                "双随机抽查检查记录", number, c.applicantName(),
                List.of("抽查计划：" + plan.name + "（" + plan.caseNo + "）。",
                        "检查对象：" + c.applicantName() + "；案件编号：" + c.caseNo() + "。",
                        "检查人员（两名，《行政处罚法》第四十二条）：" + displayName(target.inspectorA) + "、"
                                + displayName(target.inspectorB) + "，均已签名。",
                        "检查结论：" + ("PASS".equals(result) ? "合格" : "存在问题，责令限期整改"),
                        photos.isEmpty() ? "现场照片：无。" : "现场照片（" + photos.size() + " 张，存于案件材料）："
                                + String.join("；", photos) + "。"),
                List.of("检查事项", "结果", "说明"), rows, documents.authority(dept.get(1)), LocalDate.now(clock)));
    }

    IssuedDocuments.Issued rectificationNotice(CaseInfo c, InspectionMapper.PlanRow plan, LocalDate due, int days,
                                               int round, String actor) {
        Map<String, InspectionMapper.CheckItemRow> items = items();
        List<List<String>> rows = mapper.answers(c.id()).stream().filter(a -> "FAIL".equals(a.result()))
                .map(a -> List.of(name(items, a.itemCode()), a.note() == null ? "" : a.note(),
                        items.containsKey(a.itemCode()) ? items.get(a.itemCode()).basis() : "")).toList();
        List<String> dept = DEPARTMENTS.getOrDefault(plan.department, DEPARTMENTS.get("HEALTH"));
        return documents.issue(c.id(), DocumentKind.RECTIFICATION_NOTICE, dept.get(0), actor, number ->
                new DocumentContent("责令限期整改通知书", number, c.applicantName(),
                        List.of((round > 1 ? "经核查，你单位未按期整改到位。" : "") + "经" + plan.name + "检查，你单位存在下列问题。"
                                        + "依据《中华人民共和国行政处罚法》第二十八条，责令你单位于 " + due + " 前（" + days
                                        + " 个工作日内）整改完毕，并提交整改报告及佐证材料。",
                                "逾期未整改或整改不到位的，将依法通报并移送立案查处。"),
                        List.of("问题事项", "检查发现", "依据"), rows, documents.authority(dept.get(1)),
                        LocalDate.now(clock)));
    }

    private Map<String, InspectionMapper.CheckItemRow> items() {
        return mapper.checkItems().stream()
                .collect(Collectors.toMap(InspectionMapper.CheckItemRow::code, Function.identity()));
    }

    private static String name(Map<String, InspectionMapper.CheckItemRow> items, String code) {
        return items.containsKey(code) ? items.get(code).name() : code;
    }

    private String displayName(String username) {
        return accounts.find(username).map(Account::displayName).orElse(username);
    }
}
