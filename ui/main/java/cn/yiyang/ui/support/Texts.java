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
