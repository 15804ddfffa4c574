package cn.yiyang.ui.inspection;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.inspection.InspectionWork;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;

/** The institution's evidence of its rectification (photos, documents), stored at once as the case's materials. */
public class EvidenceUpload extends Composite<Div> {

    private final AtomicInteger count = new AtomicInteger();

    public EvidenceUpload(String caseNo, InspectionWork work, CurrentUser user) {
        Div root = getContent();
        root.addClassName("evidence-upload");
        Div files = new Div();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                var stored = work.uploadEvidence(user, caseNo, metadata.fileName(), in);
                count.incrementAndGet();
                ui.access(() -> files.add(new Div(new Span("✓ " + stored.fileName()))));
            } catch (RuntimeException e) {
                ui.access(() -> Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setDropAllowed(false);
        upload.setId("evidence-upload");
        root.add(new Span(Texts.t("inspection.evidence")), upload, files);
    }

    int count() {
        return count.get();
    }
}
