package cn.yiyang.ui.publicsite;

import cn.yiyang.reporting.ListColumns;
import cn.yiyang.ui.support.XlsxDownload;
import cn.yiyang.inspection.Circular;
import cn.yiyang.inspection.DrawRecord;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.inspection.PublicDraw;
import cn.yiyang.inspection.PublishedResult;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * 一公开: a year's published inspection results (institution and outcome, never a person's data), the 通报 of
 * institutions that did not rectify, and every draw of
 * the year; {@code ?draw=ID} shows one draw's record (seed, population, pool, result, withdrawals by reason, SHA-256).
 * Cards rather than wide tables, so it reads on a phone.
 */
@Route("public/inspections")
@AnonymousAllowed
public class PublicInspectionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InspectionService inspections;
    private final int thisYear;
    final Select<Integer> year = new Select<>();
    final Div results = new Div();
    final Div draws = new Div();
    final Div circulars = new Div();
    final Div record = new Div();

    public PublicInspectionsView(InspectionService inspections, Clock clock) {
        this.inspections = inspections;
        this.thisYear = LocalDate.now(clock).getYear();
        addClassName("public-page");
        setId("public-inspections");
        year.setLabel(getTranslation("public.inspections.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear).boxed().sorted((a, b) -> b - a).toList());
        year.setId("public-year");
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                getUI().ifPresent(ui -> ui.navigate("public/inspections",
                        QueryParameters.simple(Map.of("year", String.valueOf(e.getValue())))));
            }
        });
        results.setId("public-results");
        draws.setId("public-draws");
        circulars.setId("public-circulars");
        record.setId("public-draw-record");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        int y = params.getSingleParameter("year").map(PublicInspectionsView::parse).orElse(thisYear);
        removeAll();
        results.removeAll();
        draws.removeAll();
        circulars.removeAll();
        record.removeAll();
        year.setValue(y);
        // the export holds the year's results shown below (public data, as the API's public export)
        var bar = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(year, XlsxDownload.linkAll(
                "抽查结果公示" + y, "抽查结果", ListColumns.RESULTS, () -> inspections.publishedResults(y)));
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("public.inspections.title")), new Paragraph(getTranslation("public.inspections.intro")),
                bar);
        params.getSingleParameter("draw").map(PublicInspectionsView::parse).ifPresent(this::showDraw);
        showResults(inspections.publishedResults(y));
        showDraws(inspections.publicDraws(y), y);
        showCirculars(inspections.circulars(y));
        add(record, new H3(getTranslation("public.inspections.results")), results,
                new H3(getTranslation("public.inspections.circulars")), circulars,
                new H3(getTranslation("public.inspections.draws")), draws);
    }

    private void showResults(List<PublishedResult> list) {
        if (list.isEmpty()) {
            results.add(new Paragraph(getTranslation("public.inspections.none")));
        }
        for (PublishedResult r : list) {
            Span outcome = new Span(getTranslation("public.inspections.result." + r.result()));
            outcome.getElement().getThemeList().add("PASS".equals(r.result()) || "RECTIFIED".equals(r.result())
                    ? "badge success" : "badge error");
            Div card = new Div(new H4(r.institutionName()), outcome,
                    new Paragraph(getTranslation("public.inspections.resultLine", r.planName(),
                            r.township() == null ? "" : r.township(), String.valueOf(r.publishedOn()))));
            card.addClassName("public-card");
            card.getElement().setAttribute("data-case", r.caseNo());
            results.add(card);
        }
    }

    private void showCirculars(List<Circular> list) {
        if (list.isEmpty()) {
            circulars.add(new Paragraph(getTranslation("public.inspections.noCirculars")));
        }
        for (Circular c : list) {
            Div card = new Div(new H4(c.institutionName()), new Paragraph(c.circularText()),
                    new Paragraph(c.circularNo() + " · " + c.circulatedOn()));
            card.addClassName("public-card");
            circulars.add(card);
        }
    }

    private void showDraws(List<PublicDraw> list, int y) {
        if (list.isEmpty()) {
            draws.add(new Paragraph(getTranslation("public.inspections.noDraws")));
        }
        for (PublicDraw d : list) {
            Anchor open = new Anchor("public/inspections?year=" + y + "&draw=" + d.drawId(),
                    getTranslation("public.inspections.openDraw"));
            Div card = new Div(new H4(d.planName()), new Paragraph(getTranslation("public.inspections.drawLine",
                    d.planCaseNo(), String.valueOf(d.drawnAt().toLocalDate()), d.seed(), d.targets(),
                    getTranslation(d.published() ? "public.inspections.published" : "public.inspections.unpublished"))),
                    open);
            card.addClassName("public-card");
            card.getElement().setAttribute("data-draw", String.valueOf(d.drawId()));
            draws.add(card);
        }
    }

    private void showDraw(long id) {
        DrawRecord.Public r;
        try {
            r = inspections.publicDraw(id);
        } catch (RuntimeException e) {
            record.add(new Paragraph(getTranslation("public.inspections.drawMissing")));
            return;
        }
        record.addClassName("public-card");
        record.add(new H3(getTranslation("public.inspections.drawTitle", r.planName())),
                new Paragraph(getTranslation("public.inspections.drawSummary", r.planCaseNo(), r.seed(),
                        r.population(), r.pool().size(), r.targets().size(), String.valueOf(r.drawnAt()))),
                new Paragraph(getTranslation("public.inspections.pool") + String.join("、", r.pool())));
        if (!r.weights().isEmpty()) {
            record.add(new Paragraph(getTranslation("public.inspections.weights", r.weights().size())));
        }
        for (DrawRecord.PublicTarget t : r.targets()) {
            record.add(new Paragraph("• " + t.institutionName() + "：" + String.join("、", t.inspectors())));
        }
        for (DrawRecord.PublicExclusion e : r.exclusions()) {
            record.add(new Paragraph(getTranslation("public.inspections.exclusion", e.inspector(), e.reasonLabel())));
        }
        Span hash = new Span("SHA-256 " + r.sha256());
        hash.addClassName("public-hash");
        Span intact = new Span(getTranslation(r.intact() ? "public.inspections.intact" : "public.inspections.broken"));
        intact.getElement().getThemeList().add(r.intact() ? "badge success" : "badge error");
        record.add(intact, new Div(hash));
    }

    private static Integer parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.inspections.title") + " · " + getTranslation("app.title");
    }
}
