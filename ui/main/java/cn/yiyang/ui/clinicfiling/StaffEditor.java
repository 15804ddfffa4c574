package cn.yiyang.ui.clinicfiling;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** The staff list: one line per doctor or nurse, with its practising certificate number. */
class StaffEditor extends VerticalLayout {

    private final List<FilingDraft.StaffLine> lines;
    private final List<List<TextField>> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();

    StaffEditor(List<FilingDraft.StaffLine> lines) {
        this.lines = lines;
        setPadding(false);
        list.setPadding(false);
        Button add = new Button(getTranslation("filing.staff.add"), VaadinIcon.PLUS.create(), e -> {
            lines.add(new FilingDraft.StaffLine());
            render();
        });
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new Span(getTranslation("filing.staff")), list, add);
        render();
    }

    private void render() {
        list.removeAll();
        rows.clear();
        for (FilingDraft.StaffLine line : lines) {
            TextField name = bound(getTranslation("filing.staff.name"), line.getName(), line::setName);
            TextField id = bound(getTranslation("filing.staff.idNumber"), line.getIdNumber(), line::setIdNumber);
            Select<String> profession = new Select<>();
            profession.setLabel(getTranslation("filing.staff.profession"));
            profession.setItems("医师", "护士", "药师", "康复治疗师", "其他");
            profession.setValue(line.getProfession());
            profession.addValueChangeListener(e -> line.setProfession(e.getValue()));
            TextField certificate = bound(getTranslation("filing.staff.certificate"), line.getCertificateNo(),
                    line::setCertificateNo);
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                lines.remove(line);
                render();
            });
            remove.setEnabled(lines.size() > 1);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            HorizontalLayout row = new HorizontalLayout(name, id, profession, certificate, remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            int index = rows.size();
            name.setId("staff-" + index + "-name");
            id.setId("staff-" + index + "-idNumber");
            certificate.setId("staff-" + index + "-certificateNo");
            rows.add(List.of(name, id, certificate));
            list.add(row);
        }
    }

    private static TextField bound(String label, String value, java.util.function.Consumer<String> setter) {
        TextField field = new TextField(label);
        field.setValue(value == null ? "" : value);
        field.addValueChangeListener(e -> setter.accept(e.getValue()));
        return field;
    }

    /** An error of the service such as {@code staff[1].idNumber}. */
    void show(String field, String message) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("staff\\[(\\d+)]\\.(\\w+)").matcher(field);
        if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
            return;
        }
        int column = switch (m.group(2)) {
            case "name" -> 0;
            case "idNumber" -> 1;
            default -> 2;
        };
        TextField target = rows.get(Integer.parseInt(m.group(1))).get(column);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }
}
