package cn.yiyang.ui.inspection;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.inspection.ChecklistView;
import cn.yiyang.inspection.InspectionWork;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inspector's checklist on a tablet: one card per plan item with 符合 / 不符合 / 不适用, the finding, and photos
 * taken on site (stored at once as the case's materials). A FAIL needs its finding; the service says so otherwise.
 */
public class ChecklistForm extends Composite<Div> {

    final Map<String, RadioButtonGroup<String>> results = new LinkedHashMap<>();
    final Map<String, TextArea> notes = new LinkedHashMap<>();

    public ChecklistForm(ChecklistView checklist, InspectionWork work, CurrentUser user) {
        Div root = getContent();
        root.addClassName("checklist-form");
        root.setId("checklist-form");
        for (ChecklistView.Line line : checklist.lines()) {
            Div card = new Div();
            card.addClassName("check-line");
            card.getElement().setAttribute("data-item", line.code());
            Span basis = new Span(Texts.t("inspection.basis") + line.basis() + "；" + Texts.t("inspection.method")
                    + line.method());
            basis.addClassName("check-basis");
            RadioButtonGroup<String> result = new RadioButtonGroup<>();
            result.setItems("PASS", "FAIL", "NOT_APPLICABLE");
            result.setItemLabelGenerator(r -> Texts.t("inspection.result." + r));
            result.setValue(line.result());
            result.setRequired(true);
            result.setId("result-" + line.code());
            TextArea note = new TextArea(Texts.t("inspection.note"));
            note.setWidthFull();
            note.setMaxLength(1000);
            note.setValue(line.note() == null ? "" : line.note());
            note.setId("note-" + line.code());
            result.addValueChangeListener(e -> note.setRequired("FAIL".equals(e.getValue())));
            results.put(line.code(), result);
            notes.put(line.code(), note);
            Div photos = new Div();
            photos.addClassName("check-photos");
            line.photos().forEach(p -> photos.add(new Span("📷 " + p.fileName() + " ")));
            card.add(new H4(line.name()), basis, result, note, photos, photoUpload(checklist.caseNo(), line.code(),
                    work, user, photos));
            root.add(card);
        }
    }

    private static Upload photoUpload(String caseNo, String item, InspectionWork work, CurrentUser user, Div photos) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                var stored = work.uploadPhoto(user, caseNo, item, metadata.fileName(), in);
                ui.access(() -> photos.add(new Span("📷 " + stored.fileName() + " ")));
            } catch (RuntimeException e) {
                ui.access(() -> Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        upload.setDropAllowed(false);
        upload.setUploadButton(new com.vaadin.flow.component.button.Button(Texts.t("inspection.photo")));
        upload.addClassName("photo-upload");
        upload.getElement().setAttribute("data-item", item);
        return upload;
    }

    /** The answers as the task's {@code answers} field: [{item, result, note}], unanswered items left out. */
    public List<Map<String, String>> answers() {
        List<Map<String, String>> out = new ArrayList<>();
        results.forEach((item, result) -> {
            if (result.getValue() != null) {
                out.add(Map.of("item", item, "result", result.getValue(), "note", notes.get(item).getValue()));
            }
        });
        return out;
    }
}
