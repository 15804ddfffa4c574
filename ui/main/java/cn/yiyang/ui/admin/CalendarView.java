package cn.yiyang.ui.admin;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.calendar.HolidayYear;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.ui.support.Problems;
import cn.yiyang.ui.support.WriteButtons;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** 节假日 (ADMIN): the loaded years, a warning when next year is missing, and one year's days to edit or paste. */
@Route("admin/calendar")
@RolesAllowed("ADMIN")
public class CalendarView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendar;
    private final ObjectMapper json;
    private final Div status = new Div();
    private final Select<Integer> year = new Select<>();
    final HolidayDays days = new HolidayDays();
    final TextArea paste = new TextArea(getTranslation("calendar.json"));

    public CalendarView(CalendarService calendar, ObjectMapper json) {
        this.calendar = calendar;
        this.json = json;
        year.setLabel(getTranslation("calendar.year"));
        year.addValueChangeListener(e -> load(e.getValue()));
        paste.setWidthFull();
        paste.setHeight("12em");
        paste.setHelperText(getTranslation("calendar.json.hint"));
        Button fromJson = new Button(getTranslation("calendar.fromJson"), e -> readJson());
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("calendar-save");
        WriteButtons.guard(save);
        FlexLayout bar = new FlexLayout(year, save);
        bar.addClassName("filter-bar");
        add(new H2(getTranslation("nav.calendar")), status, bar, days, paste, fromJson);
        refreshStatus();
    }

    private void refreshStatus() {
        CalendarService.CalendarStatus s = calendar.status();
        status.removeAll();
        status.add(new Paragraph(getTranslation("calendar.loaded", s.loadedYears().toString())));
        if (s.missingYear() != null) {
            Paragraph warning = new Paragraph(getTranslation("calendar.missing", s.missingYear()));
            warning.addClassName("calendar-warning");
            warning.getElement().getThemeList().add("badge error");
            status.add(warning);
        }
        TreeSet<Integer> years = new TreeSet<>(s.loadedYears());
        int thisYear = calendar.today().getYear();
        years.add(thisYear);
        years.add(thisYear + 1);
        Integer selected = year.getValue();
        year.setItems(years.descendingSet());
        year.setValue(selected == null ? thisYear : selected);
    }

    private void load(Integer y) {
        if (y == null) {
            return;
        }
        HolidayYear data = calendar.year(y);
        days.setDays(y, data.days());
        try {
            paste.setValue(json.writerWithDefaultPrettyPrinter().writeValueAsString(data));
        } catch (JsonProcessingException e) {
            paste.setValue("");
        }
    }

    private void readJson() {
        try {
            HolidayYear data = json.readValue(paste.getValue(), HolidayYear.class);
            if (data.year() != null) {
                year.setValue(data.year());
            }
            days.setDays(year.getValue(), data.days() == null ? List.of() : data.days());
            paste.setInvalid(false);
        } catch (JsonProcessingException e) {
            paste.setErrorMessage(getTranslation("calendar.json.invalid", e.getOriginalMessage()));
            paste.setInvalid(true);
        }
    }

    private void save() {
        Integer y = year.getValue();
        List<HolidayYear.Day> list = new ArrayList<>(days.days());
        if (Problems.attempt(() -> calendar.replaceYear(CurrentUsers.require(), y,
                new HolidayYear(y, calendar.year(y).papers(), list)))) {
            Problems.success(getTranslation("action.saved"));
            refreshStatus();
            load(y);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar") + " · " + getTranslation("app.title");
    }
}
