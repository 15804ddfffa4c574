package cn.yiyang.ui.clinicfiling;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's completeness check: the materials side by side with a checklist. Each ticked material, with what is
 * missing or wrong, becomes one line of the one-time supplement list (一次性告知).
 */
public class CompletenessChecklist extends SplitLayout {

    private final Map<String, Checkbox> ticks = new LinkedHashMap<>();
    private final Map<String, TextField> reasons = new LinkedHashMap<>();
    private final IFrame preview = new IFrame();

    public CompletenessChecklist(CaseView view, MaterialService materials, CurrentUser user) {
        addClassName("completeness-checklist");
        preview.setSizeFull();
        preview.getElement().setAttribute("title", getTranslation("check.preview"));
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.add(new Span(getTranslation("check.instructions")));
        for (CaseView.RequiredMaterial required : view.requiredMaterials()) {
            List<CaseView.Material> files = view.materials().stream()
                    .filter(m -> m.code().equals(required.code()) && !m.superseded()).toList();
            list.add(line(required.code(), required.name(), files, view.caseNo(), materials, user));
        }
        list.add(line(MaterialService.OTHER, getTranslation("check.other"), List.of(), view.caseNo(), materials, user));
        addToPrimary(preview);
        addToSecondary(list);
        setSplitterPosition(55);
        setHeight("32em");
        setWidthFull();
    }

    private VerticalLayout line(String code, String name, List<CaseView.Material> files, String caseNo,
                                MaterialService materials, CurrentUser user) {
        Checkbox tick = new Checkbox(getTranslation("check.needsSupplement") + "：" + name);
        tick.getElement().setAttribute("data-material", code);
        TextField reason = new TextField();
        reason.setPlaceholder(getTranslation("check.reason"));
        reason.setWidthFull();
        reason.setEnabled(false);
        tick.addValueChangeListener(e -> reason.setEnabled(e.getValue()));
        ticks.put(code, tick);
        reasons.put(code, reason);
        VerticalLayout line = new VerticalLayout(tick);
        line.setPadding(false);
        line.setSpacing(false);
        for (CaseView.Material file : files) {
            Button show = new Button(file.fileName(), e -> {
                var stored = materials.open(user, caseNo, file.id());
                preview.setSrc(DownloadHandler.forFile(stored.path().toFile(), stored.fileName()));
            });
            show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            line.add(show);
        }
        if (files.isEmpty() && !MaterialService.OTHER.equals(code)) {
            Span none = new Span(getTranslation("check.notProvided"));
            none.getElement().getThemeList().add("badge error");
            line.add(none);
        }
        line.add(reason);
        return line;
    }

    /** The ticked materials as the task's {@code fields.missing}: [{code, reason}]. */
    public List<Map<String, Object>> missing() {
        List<Map<String, Object>> list = new ArrayList<>();
        ticks.forEach((code, tick) -> {
            if (tick.getValue()) {
                list.add(Map.of("code", code, "reason", reasons.get(code).getValue()));
            }
        });
        return list;
    }
}
