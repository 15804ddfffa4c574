package cn.yiyang.ui.admin;

import cn.yiyang.calendar.HolidayYear;
import cn.yiyang.ui.support.Badges;
import cn.yiyang.ui.support.Texts;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One year's exceptions to Monday–Friday, edited in place: add a day, remove a day. */
public class HolidayDays extends Composite<VerticalLayout> {

    private final List<HolidayYear.Day> days = new ArrayList<>();
    private final Grid<HolidayYear.Day> grid = new Grid<>();
    private final DatePicker date = new DatePicker(Texts.t("calendar.date"));
    private final TextField name = new TextField(Texts.t("calendar.name"));
    private final Checkbox offDay = new Checkbox(Texts.t("calendar.offDay"), true);

    public HolidayDays() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("holiday-grid");
        grid.addColumn(d -> Texts.format(d.date())).setHeader(Texts.t("calendar.date")).setAutoWidth(true);
        grid.addColumn(d -> Texts.t("weekday." + d.date().getDayOfWeek().getValue())).setHeader(Texts.t("calendar.weekday"))
                .setAutoWidth(true);
        grid.addColumn(HolidayYear.Day::name).setHeader(Texts.t("calendar.name"));
        grid.addComponentColumn(d -> Boolean.TRUE.equals(d.isOffDay())
                ? Badges.of(Texts.t("calendar.holiday"), "badge success")
                : Badges.of(Texts.t("calendar.workday"), "badge contrast")).setHeader(Texts.t("calendar.kind"));
        grid.addComponentColumn(d -> {
            Button remove = new Button(Texts.t("action.remove"), e -> {
                days.remove(d);
                grid.setItems(days);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("22em");
        Button add = new Button(Texts.t("action.add"), e -> add());
        FlexLayout form = new FlexLayout(date, name, offDay, add);
        form.addClassName("filter-bar");
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(grid, form);
    }

    public void setDays(int year, List<HolidayYear.Day> list) {
        days.clear();
        days.addAll(list);
        days.sort(Comparator.comparing(HolidayYear.Day::date));
        grid.setItems(days);
        date.setMin(LocalDate.of(year, 1, 1));
        date.setMax(LocalDate.of(year, 12, 31));
    }

    public List<HolidayYear.Day> days() {
        return List.copyOf(days);
    }

    private void add() {
        if (date.getValue() == null) {
            date.setInvalid(true);
            return;
        }
        days.removeIf(d -> d.date().equals(date.getValue()));
        days.add(new HolidayYear.Day(name.getValue(), date.getValue(), offDay.getValue()));
        days.sort(Comparator.comparing(HolidayYear.Day::date));
        grid.setItems(days);
    }
}
