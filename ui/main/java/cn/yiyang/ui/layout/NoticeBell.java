package cn.yiyang.ui.layout;

import cn.yiyang.casework.Notices;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;

/** The bell in the header: the number of unread notices, and the recent ones on click (which marks them read). */
public class NoticeBell extends Composite<Div> {

    private final Notices notices;
    private final String username;
    private final Span count = new Span();
    private final Div list = new Div();

    public NoticeBell(Notices notices, String username) {
        this.notices = notices;
        this.username = username;
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(Texts.t("notice.title"));
        bell.setId("notice-bell");
        count.getElement().getThemeList().addAll(java.util.List.of("badge", "error", "pill", "small"));
        count.addClassName("notice-count");
        list.addClassName("notice-list");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.add(list);
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
                notices.markRead(username);
                count.setVisible(false);
            }
        });
        getContent().addClassName("notice-bell");
        getContent().add(bell, count);
        long unread = notices.unread(username);
        count.setText(String.valueOf(unread));
        count.setVisible(unread > 0);
    }

    private void fill() {
        list.removeAll();
        var recent = notices.recent(username, 20);
        if (recent.isEmpty()) {
            list.add(new Span(Texts.t("notice.none")));
        }
        for (Notices.Notice n : recent) {
            Div item = new Div();
            item.addClassNames("notice", n.readAt() == null ? "unread" : "read");
            item.add(new Div(new Span(n.title()), new Span(" " + Texts.format(n.createdAt()))));
            if (n.body() != null) {
                item.add(new Div(n.body()));
            }
            if (n.caseNo() != null) {
                item.add(new Anchor("cases/" + n.caseNo(), n.caseNo()));
            }
            list.add(item);
        }
    }
}
