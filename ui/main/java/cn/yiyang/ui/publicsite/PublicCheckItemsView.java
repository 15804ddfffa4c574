package cn.yiyang.ui.publicsite;

import cn.yiyang.inspection.CheckItem;
import cn.yiyang.inspection.InspectionService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * 随机抽查事项清单 as the public reads it (国办发〔2015〕58号: the list is published): each item with its legal basis,
 * the department that checks it and how. One card per item, so it reads on a phone.
 */
@Route("public/check-items")
@AnonymousAllowed
public class PublicCheckItemsView extends VerticalLayout implements HasDynamicTitle {

    public PublicCheckItemsView(InspectionService inspections) {
        addClassName("public-page");
        setId("public-check-items");
        add(new H2(getTranslation("public.checkItems.title")), new Paragraph(getTranslation("public.checkItems.intro")));
        Map<String, List<CheckItem>> byDepartment = inspections.checkItems().stream()
                .collect(Collectors.groupingBy(CheckItem::department, LinkedHashMap::new, Collectors.toList()));
        byDepartment.forEach((department, items) -> {
            add(new H3(label("department." + department, department)));
            for (CheckItem item : items) {
                Div card = new Div(new H4(item.name()),
                        new Paragraph(getTranslation("public.checkItems.basis") + item.basis()),
                        new Paragraph(getTranslation("public.checkItems.method") + item.method()));
                card.addClassName("public-card");
                card.getElement().setAttribute("data-item", item.code());
                add(card);
            }
        });
    }

    private String label(String key, String fallback) {
        String text = getTranslation(key);
        return text == null || text.contains(key) ? fallback : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.checkItems.title") + " · " + getTranslation("app.title");
    }
}
