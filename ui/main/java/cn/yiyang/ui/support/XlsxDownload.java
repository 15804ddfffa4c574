package cn.yiyang.ui.support;

import cn.yiyang.reporting.Xlsx;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.StreamResource;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * "导出 Excel" for a list view: streams the same service pages the grid shows (so the same access checks) into an
 * .xlsx when the link is followed.
 */
public final class XlsxDownload {

    private XlsxDownload() {
    }

    public static <T> Anchor link(String fileName, String sheet, List<Xlsx.Column<T>> columns,
                                  Function<PageRequest, PageResult<T>> source) {
        return anchor(new StreamResource(fileName + ".xlsx", (out, session) -> Xlsx.write(out, sheet, columns, source)));
    }

    /** A short list the view holds whole (e.g. a year's published results), read when the link is followed. */
    public static <T> Anchor linkAll(String fileName, String sheet, List<Xlsx.Column<T>> columns,
                                     Supplier<List<T>> rows) {
        return anchor(new StreamResource(fileName + ".xlsx",
                (out, session) -> Xlsx.write(out, sheet, columns, rows.get())));
    }

    private static Anchor anchor(StreamResource resource) {
        resource.setContentType(Xlsx.MEDIA_TYPE);
        Anchor anchor = new Anchor(resource, "");
        anchor.getElement().setAttribute("download", true);
        Button button = new Button(Texts.t("export.xlsx"), VaadinIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        anchor.add(button);
        anchor.addClassName("export-xlsx");
        return anchor;
    }
}
