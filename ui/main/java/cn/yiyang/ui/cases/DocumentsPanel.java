package cn.yiyang.ui.cases;

import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.IssuedDocuments;
import cn.yiyang.casework.StoredFile;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The documents the case issued (notices, decisions, licences), each downloadable as PDF. */
public class DocumentsPanel extends Composite<Div> {

    public DocumentsPanel(CaseView view, IssuedDocuments service, CurrentUser user) {
        Div root = getContent();
        root.addClassName("documents");
        if (view.documents().isEmpty()) {
            root.add(new Span(Texts.t("document.none")));
            return;
        }
        Grid<CaseView.Document> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> Texts.label("document", d.kind(), d.kindLabel())).setHeader(Texts.t("document.kind"))
                .setAutoWidth(true);
        grid.addColumn(CaseView.Document::number).setHeader(Texts.t("document.number")).setAutoWidth(true);
        grid.addColumn(d -> Texts.format(d.issuedAt())).setHeader(Texts.t("document.issued")).setAutoWidth(true);
        grid.addComponentColumn(d -> download(d, view.caseNo(), service, user)).setHeader(Texts.t("document.download"));
        grid.setItems(view.documents());
        root.add(grid);
    }

    private static Anchor download(CaseView.Document d, String caseNo, IssuedDocuments service, CurrentUser user) {
        String name = (d.number() == null ? d.kindLabel() : d.number()) + ".pdf";
        StreamResource resource = new StreamResource(name, () -> {
            StoredFile file = service.open(user, caseNo, d.id());
            try {
                return Files.newInputStream(file.path());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        resource.setContentType("application/pdf");
        Anchor link = new Anchor(resource, Texts.t("document.download"));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("data-kind", d.kind());
        return link;
    }
}
