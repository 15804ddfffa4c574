package cn.yiyang.ui.inspection;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.Matter;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.inspection.ChecklistView;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.inspection.InspectionWork;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The inspection steps' task fields on the case view (the generic {@code TaskPanel} asks for them): the checklist
 * ({@code answers}), the rectification evidence ({@code evidence}), how the inspectors verified ({@code verifyMethod})
 * and the working days to rectify; and above the task, the read-only record of the inspection, or on a plan's case the
 * plan with the results its LEADER approves for publication.
 */
@org.springframework.stereotype.Component
public class InspectionTaskFields {

    /** An editor: the component and how to read its value for the task's fields. */
    public record Editor(Component component, Supplier<Object> value) {
    }

    private final InspectionWork work;
    private final InspectionService inspections;

    InspectionTaskFields(InspectionWork work, InspectionService inspections) {
        this.work = work;
        this.inspections = inspections;
    }

    public Optional<Editor> editor(String field, CaseView view, CurrentUser user) {
        if (view.matter() != Matter.INSPECTION) {
            return Optional.empty();
        }
        return switch (field) {
            case "answers" -> work.checklist(user, view.caseNo()).map(c -> {
                ChecklistForm form = new ChecklistForm(c, work, user);
                return new Editor(form, form::answers);
            });
            case "evidence" -> {
                EvidenceUpload upload = new EvidenceUpload(view.caseNo(), work, user);
                yield Optional.of(new Editor(upload, upload::count));
            }
            case "verifyMethod" -> {
                RadioButtonGroup<String> method = new RadioButtonGroup<>(Texts.t("inspection.verifyMethod"));
                method.setItems("DOCUMENTS", "ONSITE");
                method.setItemLabelGenerator(m -> Texts.t("inspection.verifyMethod." + m));
                method.setValue("DOCUMENTS");
                method.setId("task-field-verifyMethod");
                yield Optional.of(new Editor(method, method::getValue));
            }
            case "rectificationDays" -> {
                IntegerField days = new IntegerField(Texts.t("inspection.rectificationDays"));
                days.setMin(1);
                days.setMax(60);
                days.setStepButtonsVisible(true);
                days.setHelperText(Texts.t("inspection.rectificationDays.help"));
                days.setId("task-field-rectificationDays");
                yield Optional.of(new Editor(days, days::getValue));
            }
            default -> Optional.empty();
        };
    }

    /** The record so far (answers, signatures, rectification), once the first inspector has signed. */
    public Optional<Component> summary(CaseView view, CurrentUser user) {
        if (view.matter() != Matter.INSPECTION) {
            return Optional.empty();
        }
        Optional<Component> plan = inspections.planOfCase(user, view.caseNo())
                .map(p -> new PlanSummary(p, inspections.inspections(user, p.id())));
        return plan.isPresent() ? plan
                : work.checklist(user, view.caseNo()).filter(ChecklistView::signedA).map(ChecklistSummary::new);
    }
}
