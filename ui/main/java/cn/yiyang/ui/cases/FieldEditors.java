package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.ui.clinicfiling.CompletenessChecklist;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;

/**
 * The editor of a task field declared in the BPMN: {@code missing} is the completeness checklist that builds the
 * one-time supplement list; numbers get a number field; anything else a text field.
 */
final class FieldEditors {

    record Editor(Component component, Supplier<Object> value) {
    }

    private FieldEditors() {
    }

    static Editor of(String field, CaseView view, MaterialService materials, CurrentUser user) {
        switch (field) {
            case "missing" -> {
                CompletenessChecklist checklist = new CompletenessChecklist(view, materials, user);
                return new Editor(checklist, checklist::missing);
            }
            case "onsiteDays", "days" -> {
                IntegerField days = new IntegerField(Texts.label("task.field", field, field));
                days.setMin(1);
                days.setMax(60);
                days.setStepButtonsVisible(true);
                days.setId("task-field-" + field);
                return new Editor(days, days::getValue);
            }
            case "meetingDate" -> { // issue 5: the date of the 一事一议 meeting
                com.vaadin.flow.component.datepicker.DatePicker date =
                        new com.vaadin.flow.component.datepicker.DatePicker(Texts.label("task.field", field, field));
                date.setId("task-field-" + field);
                return new Editor(date, () -> date.getValue() == null ? null : date.getValue().toString());
            }
            default -> {
                TextField text = new TextField(Texts.label("task.field", field, field));
                text.setWidthFull();
                text.setId("task-field-" + field);
                return new Editor(text, text::getValue);
            }
        }
    }
}
