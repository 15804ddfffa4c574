package cn.yiyang.inspection.internal;

import cn.yiyang.shared.FieldErrors;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checklist as the first inspector submits it: every plan item answered once, a FAIL explained. */
final class Checklist {

    static final Set<String> RESULTS = Set.of("PASS", "FAIL", "NOT_APPLICABLE");

    private Checklist() {
    }

    static String label(String result) {
        return switch (result) {
            case "PASS" -> "符合";
            case "FAIL" -> "不符合";
            default -> "不适用";
        };
    }

    /** Parses {@code fields.answers} ([{item, result, note}]) against the plan's items; 400 with every problem at once. */
    static List<InspectionMapper.AnswerRow> parse(Object answers, List<String> planItems, String actor) {
        FieldErrors.Collector errors = new FieldErrors.Collector();
        List<InspectionMapper.AnswerRow> out = new ArrayList<>();
        if (!(answers instanceof List<?> list)) {
            errors.add("answers", "请逐项填写检查表").throwIfAny();
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            Map<?, ?> a = list.get(i) instanceof Map<?, ?> m ? m : Map.of();
            String item = a.get("item") == null ? "" : a.get("item").toString();
            String result = a.get("result") == null ? "" : a.get("result").toString();
            String note = a.get("note") == null || a.get("note").toString().isBlank() ? null : a.get("note").toString().strip();
            String field = "answers[" + i + "]";
            errors.check(planItems.contains(item), field + ".item", "不是本计划的检查事项：" + item);
            errors.check(seen.add(item), field + ".item", "检查事项重复：" + item);
            errors.check(RESULTS.contains(result), field + ".result", "检查结果只能是 PASS、FAIL 或 NOT_APPLICABLE");
            errors.check(!"FAIL".equals(result) || note != null, field + ".note", "不符合的事项必须写明检查发现");
            errors.check(note == null || note.length() <= 1000, field + ".note", "说明不能超过 1000 字");
            out.add(new InspectionMapper.AnswerRow(item, result, note, actor));
        }
        List<String> missing = planItems.stream().filter(i -> !seen.contains(i)).toList();
        errors.check(missing.isEmpty(), "answers", "以下检查事项未填写：" + String.join("、", missing));
        errors.throwIfAny();
        return out;
    }

    /** Working days to rectify from {@code fields.rectificationDays}, default 20, 1–60. */
    static int rectificationDays(Map<String, Object> fields) {
        Object v = fields.get("rectificationDays");
        if (v == null || v.toString().isBlank()) {
            return InspectionRules.DEFAULT_RECTIFICATION_DAYS;
        }
        int days;
        try {
            days = Integer.parseInt(v.toString().strip());
        } catch (NumberFormatException e) {
            days = 0;
        }
        new FieldErrors.Collector().check(days >= 1 && days <= 60, "rectificationDays", "整改期限应为 1 到 60 个工作日")
                .throwIfAny();
        return days;
    }

    /** How the inspectors verified ({@code fields.verifyMethod}): on the documents (default) or on site. */
    static String verifyMethod(Map<String, Object> fields) {
        return "ONSITE".equals(String.valueOf(fields.get("verifyMethod"))) ? "现场核查" : "书面核查";
    }
}
