package cn.yiyang.ui.cases;

import cn.yiyang.casework.TaskDetail;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.Texts;
import cn.yiyang.ui.support.WriteButtons;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The caller's current step on this case: pick an outcome, give a reason, submit once. */
public class TaskPanel extends Composite<Div> {

    /** Outcomes the service refuses without a reason; the form marks the comment required for them. */
    static final Set<String> NEED_REASON = Set.of("REJECT", "REFUSE", "RETURN", "NOT_VERIFIED", "FAIL", "EXTEND", "ESCALATE",
            "REFER");

    final RadioButtonGroup<String> outcome = new RadioButtonGroup<>(Texts.t("task.outcome"));
    final TextArea comment = new TextArea(Texts.t("task.comment"));
    final Map<String, FieldEditors.Editor> fields = new LinkedHashMap<>();
    final Button submit = new Button(Texts.t("task.submit"));

    public TaskPanel(TaskDetail detail, TaskInbox inbox, CurrentUser user, Runnable done) {
        this(detail, inbox, user, done, field -> FieldEditors.of(field, null, null, user));
    }

    TaskPanel(TaskDetail detail, TaskInbox inbox, CurrentUser user, Runnable done,
              java.util.function.Function<String, FieldEditors.Editor> editors) {
        Div root = getContent();
        root.addClassName("task-panel");
        root.setId("task-panel");
        root.add(new H3(Texts.t("task.title", detail.task().name())));
        if (detail.description() != null && !detail.description().isBlank()) {
            root.add(new Paragraph(detail.description()));
        }
        outcome.setItems(detail.outcomes());
        outcome.setItemLabelGenerator(Texts::outcome);
        outcome.setRequired(true);
        outcome.addValueChangeListener(e -> comment.setRequired(NEED_REASON.contains(e.getValue())));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        root.add(outcome, comment);
        for (String field : detail.fields()) {
            FieldEditors.Editor editor = editors.apply(field);
            fields.put(field, editor);
            root.add(editor.component());
        }
        HorizontalLayout buttons = new HorizontalLayout();
        if (detail.task().assignee() == null) {
            Button claim = new Button(Texts.t("inbox.claim"), e -> {
                if (Problems.attempt(() -> inbox.claim(user, detail.task().id()))) {
                    e.getSource().setVisible(false);
                    Problems.success(Texts.t("inbox.claimed", detail.task().caseNo()));
                }
            });
            claim.addClassName("claim");
            WriteButtons.guard(claim);
            buttons.add(claim);
        }
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit(detail, inbox, user, done));
        buttons.add(submit);
        root.add(buttons);
    }

    private void submit(TaskDetail detail, TaskInbox inbox, CurrentUser user, Runnable done) {
        outcome.setInvalid(false);
        comment.setInvalid(false);
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((name, f) -> values.put(name, f.value().get()));
        try {
            inbox.complete(user, detail.task().id(), outcome.getValue(), comment.getValue(), values);
            Problems.success(Texts.t("task.completed"));
            done.run();
        } catch (FieldErrors errors) {
            for (FieldErrors.FieldError error : errors.errors()) {
                switch (error.field()) {
                    case "outcome" -> invalid(outcome, error.message());
                    case "comment" -> invalid(comment, error.message());
                    default -> Problems.error(error.message());
                }
            }
            submit.setEnabled(true);
        } catch (RuntimeException e) {
            Problems.show(e);
            submit.setEnabled(true);
        }
    }

    private static void invalid(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
