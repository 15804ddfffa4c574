package cn.yiyang.ui.publicsite;

import cn.yiyang.clinicfiling.ClinicRegistry;
import cn.yiyang.licensing.Licence;
import cn.yiyang.licensing.LicenceRegister;
import cn.yiyang.ui.support.Paging;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.core.env.Environment;

/**
 * 机构名录 (public, no login): the filed in-house clinics and the licensed medical institutions of the county, each
 * with its registration number, type, founding institution and township; never a person's name or ID. Lazy grids,
 * one page per scroll; on a phone each row reads as name over details.
 */
@Route("public/registry")
@PageTitle("机构名录")
@AnonymousAllowed
public class PublicRegistryView extends VerticalLayout {

    public PublicRegistryView(ClinicRegistry clinics, LicenceRegister licences, Environment environment) {
        String region = environment.getRequiredProperty("yiyang.region-code");
        addClassName("public-page");
        Grid<ClinicRegistry.Entry> filed = new Grid<>();
        filed.setId("public-clinics");
        filed.addComponentColumn(e -> entry(e.name(), e.institution())).setHeader(getTranslation("public.registry.name"))
                .setFlexGrow(2);
        filed.addColumn(ClinicRegistry.Entry::typeLabel).setHeader(getTranslation("public.registry.type")).setAutoWidth(true);
        filed.addColumn(ClinicRegistry.Entry::township).setHeader(getTranslation("public.registry.township")).setAutoWidth(true);
        filed.addColumn(ClinicRegistry.Entry::registrationNo).setHeader(getTranslation("public.registry.number"))
                .setAutoWidth(true);
        filed.addColumn(e -> e.registeredAt() == null ? "" : Texts.format(e.registeredAt().toLocalDate()))
                .setHeader(getTranslation("public.registry.since")).setAutoWidth(true);
        Paging.lazy(filed, p -> clinics.entries(region, null, p));

        Grid<Licence> licensed = new Grid<>();
        licensed.setId("public-licences");
        licensed.addComponentColumn(l -> entry(l.name(), l.institutionName()))
                .setHeader(getTranslation("public.registry.name")).setFlexGrow(2);
        licensed.addColumn(Licence::kindLabel).setHeader(getTranslation("public.registry.type")).setAutoWidth(true);
        licensed.addColumn(Licence::township).setHeader(getTranslation("public.registry.township")).setAutoWidth(true);
        licensed.addColumn(Licence::registrationNo).setHeader(getTranslation("public.registry.number")).setAutoWidth(true);
        licensed.addColumn(l -> Texts.format(l.validUntil())).setHeader(getTranslation("public.registry.validUntil"))
                .setAutoWidth(true);
        Paging.lazy(licensed, p -> licences.published(region, null, p));

        for (Grid<?> grid : new Grid<?>[] {filed, licensed}) {
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setHeight("24em");
        }
        add(new H2(getTranslation("public.registry.title")), new H3(getTranslation("public.registry.clinics")), filed,
                new H3(getTranslation("public.registry.licensed")), licensed);
    }

    /** Name over the founding institution, so the one wide column carries what a reader looks for first. */
    private static Div entry(String name, String institution) {
        Span sub = new Span(institution == null ? "" : institution);
        sub.addClassName("registry-sub");
        Div div = new Div(new Span(name), sub);
        div.addClassName("registry-entry");
        return div;
    }
}
