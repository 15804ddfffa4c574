package cn.yiyang.ui.support;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Translations and formats for code that is not itself a component (renderers, label generators). */
public final class Texts {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Texts() {
    }

    public static String t(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    /** The translation of {@code prefix.name}, or the service's own (Chinese) label when there is none. */
    public static String label(String prefix, Enum<?> value, String fallback) {
        if (value == null) {
            return "";
        }
        return label(prefix, value.name(), fallback);
    }

    public static String label(String prefix, String code, String fallback) {
        if (code == null) {
            return "";
        }
        String key = prefix + "." + code;
        String text = t(key);
        return text == null || text.isBlank() || text.contains(key) ? (fallback == null ? code : fallback) : text;
    }

    /** A candidate group as people say it: HEALTH_REVIEWER → 卫健局审查人员, INST_42 → 申请单位. */
    public static String group(String code) {
        if (code == null) {
            return "";
        }
        if (code.startsWith("INST_")) {
            return t("group.institution");
        }
        int cut = code.lastIndexOf('_');
        if (cut < 0) {
            return label("role", code, code);
        }
        return label("department", code.substring(0, cut), code.substring(0, cut))
                + label("role", code.substring(cut + 1), code.substring(cut + 1));
    }

    public static String outcome(String code) {
        return label("outcome", code, code);
    }

    public static String format(LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public static String format(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
