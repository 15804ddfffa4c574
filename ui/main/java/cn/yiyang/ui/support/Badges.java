package cn.yiyang.ui.support;

import cn.yiyang.casework.Warning;
import com.vaadin.flow.component.html.Span;

/** Lumo badges: the deadline warning in its colour, and small labelled states. */
public final class Badges {

    private Badges() {
    }

    public static Span warning(Warning warning) {
        Warning w = warning == null ? Warning.NONE : warning;
        String theme = switch (w) {
            case NONE -> "badge success";
            case YELLOW -> "badge warning";
            case RED -> "badge error primary";
        };
        Span badge = of(Texts.label("warning", w, w.label()), theme);
        badge.addClassName("warning-" + w.name().toLowerCase());
        return badge;
    }

    public static Span of(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().addAll(java.util.List.of(theme.split(" ")));
        return badge;
    }
}
