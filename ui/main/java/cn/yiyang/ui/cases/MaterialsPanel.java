package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.StoredFile;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.server.StreamResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The materials received (with hash and download) and the checklist of what the matter requires. */
public class MaterialsPanel extends Composite<Div> {

    public MaterialsPanel(CaseView view, MaterialService service, CurrentUser user) {
        Div root = getContent();
        root.addClassName("materials");
        Grid<CaseView.Material> files = new Grid<>();
        files.addThemeVariants(GridVariant.LUMO_COMPACT);
        files.setAllRowsVisible(true);
        files.addColumn(CaseView.Material::name).setHeader(Texts.t("material.name")).setAutoWidth(true);
        files.addComponentColumn(m -> download(m, view.caseNo(), service, user)).setHeader(Texts.t("material.file"));
        files.addColumn(m -> size(m.size())).setHeader(Texts.t("material.size")).setAutoWidth(true);
        files.addColumn(m -> m.sha256() == null ? "" : m.sha256().substring(0, Math.min(12, m.sha256().length())))
                .setHeader("SHA-256").setAutoWidth(true);
        files.addColumn(m -> Texts.format(m.uploadedAt())).setHeader(Texts.t("material.uploaded")).setAutoWidth(true);
        var current = view.materials().stream().filter(m -> !m.superseded()).toList();
        files.setItems(current);
        root.add(new H4(Texts.t("material.files")));
        root.add(current.isEmpty() ? new com.vaadin.flow.component.html.Span(Texts.t("material.none")) : files);
        if (!view.requiredMaterials().isEmpty()) {
            Div checklist = new Div();
            checklist.addClassName("checklist");
            for (CaseView.RequiredMaterial r : view.requiredMaterials()) {
                checklist.add(new Div(Badges.of(r.provided() ? "✓" : "✗", r.provided() ? "badge success" : "badge error"),
                        new com.vaadin.flow.component.html.Span(" " + r.name())));
            }
            root.add(new H4(Texts.t("material.required")), checklist);
        }
    }

    private static Anchor download(CaseView.Material m, String caseNo, MaterialService service, CurrentUser user) {
        StreamResource resource = new StreamResource(m.fileName(), () -> {
            StoredFile file = service.open(user, caseNo, m.id());
            try {
                return Files.newInputStream(file.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (m.contentType() != null) {
            resource.setContentType(m.contentType());
        }
        Anchor link = new Anchor(resource, m.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? "%.1f KB".formatted(bytes / 1024.0) : "%.1f MB".formatted(bytes / 1048576.0);
    }
}
