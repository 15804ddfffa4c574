package cn.yiyang.ui.clinicfiling;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;

/**
 * Uploads the materials a case requires, one upload per material, showing which are still missing. The file is
 * checked by the service (type by content, size); a refusal is shown as a message, never a stack trace.
 */
public class MaterialsUploadPanel extends VerticalLayout {

    private final MaterialService materials;
    private final CaseService cases;
    private final CurrentUser user;
    private final String caseNo;
    private final Runnable onChange;

    public MaterialsUploadPanel(MaterialService materials, CaseService cases, CurrentUser user, String caseNo,
                                Runnable onChange) {
        this.materials = materials;
        this.cases = cases;
        this.user = user;
        this.caseNo = caseNo;
        this.onChange = onChange;
        setPadding(false);
        render();
    }

    public final void render() {
        removeAll();
        var info = cases.ownCase(user, caseNo);
        java.util.Map<String, Long> latest = new java.util.HashMap<>();
        materials.ofCase(info.id()).stream().filter(m -> !m.superseded()).forEach(m -> latest.put(m.code(), m.id()));
        for (CaseView.RequiredMaterial required : materials.required(info)) {
            HorizontalLayout row = row(required);
            row.getElement().setAttribute("data-file", String.valueOf(latest.getOrDefault(required.code(), 0L)));
            add(row);
        }
    }

    private HorizontalLayout row(CaseView.RequiredMaterial required) {
        Span state = new Span(required.provided() ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create());
        state.getElement().getThemeList().add(required.provided() ? "badge success" : "badge error");
        Span name = new Span(required.name());
        name.setWidth("16em");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                materials.upload(user, caseNo, required.code(), metadata.fileName(), in);
                ui.access(() -> {
                    render();
                    onChange.run();
                });
            } catch (RuntimeException e) {
                ui.access(() -> Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) materials.maxBytes());
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setDropAllowed(false);
        upload.addClassName("material-upload");
        upload.getElement().setAttribute("data-material", required.code());
        HorizontalLayout row = new HorizontalLayout(state, name, upload);
        row.getElement().setAttribute("data-material-row", required.code());
        row.getElement().setAttribute("data-provided", String.valueOf(required.provided()));
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        return row;
    }
}
