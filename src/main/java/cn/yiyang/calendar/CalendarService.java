package cn.yiyang.calendar;

import cn.yiyang.calendar.internal.CalendarMapper;
import cn.yiyang.calendar.internal.CalendarMapper.DayRow;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.FieldErrors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar, held in memory (a few hundred rows) and replaced as a whole when an ADMIN edits a year.
 * Each node reloads from the database every few minutes, so an edit on one node reaches the others.
 */
@Service
public class CalendarService {

    private final CalendarMapper mapper;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicReference<WorkingDayCalendar> current = new AtomicReference<>();

    CalendarService(CalendarMapper mapper, Clock clock, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.clock = clock;
        this.events = events;
    }

    public WorkingDayCalendar calendar() {
        WorkingDayCalendar c = current.get();
        if (c == null) {
            c = reload();
        }
        return c;
    }

    public WorkingDayCalendar.DueDate due(LocalDate from, int workingDays) {
        return calendar().due(from, workingDays);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Loaded years, and whether next year is missing (the ADMIN is warned from the 1st of December). */
    public CalendarStatus status() {
        WorkingDayCalendar c = calendar();
        int next = today().getYear() + 1;
        boolean warn = !c.isLoaded(next) && today().getMonthValue() == 12 || !c.isLoaded(today().getYear());
        return new CalendarStatus(new TreeSet<>(c.loadedYears()), warn ? next : null);
    }

    @Transactional(readOnly = true)
    public HolidayYear year(int year) {
        List<HolidayYear.Day> days = mapper.daysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(d -> new HolidayYear.Day(d.name(), d.day(), d.offDay())).toList();
        String papers = mapper.years().stream().filter(y -> y.year() == year).map(CalendarMapper.YearRow::papers)
                .findFirst().orElse(null);
        return new HolidayYear(year, papers == null || papers.isBlank() ? List.of() : List.of(papers.split("\n")), days);
    }

    /** Replaces one year's exceptions (ADMIN). Every day must lie in that year; weekdays marked as make-up are refused. */
    @Transactional
    public void replaceYear(CurrentUser user, int year, HolidayYear data) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedProblem("只有系统管理员可以维护节假日");
        }
        FieldErrors.Collector errors = new FieldErrors.Collector();
        errors.check(data.year() != null && data.year() == year, "year", "文件中的年份与路径中的年份不一致");
        errors.check(year >= 2000 && year <= 2100, "year", "年份超出范围");
        Set<LocalDate> seen = new TreeSet<>();
        for (int i = 0; i < data.days().size(); i++) {
            HolidayYear.Day d = data.days().get(i);
            errors.check(d.date().getYear() == year, "days[" + i + "].date", "日期不在 " + year + " 年内");
            errors.check(seen.add(d.date()), "days[" + i + "].date", "日期重复");
        }
        errors.throwIfAny();
        importYear(year, data, user.username());
        events.publishEvent(new CalendarChanged(year, user.username()));
    }

    /** Loads a bundled year at first start; no access check (system). */
    @Transactional
    public void importYear(int year, HolidayYear data, String by) {
        mapper.deleteDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        List<DayRow> rows = data.days().stream().map(d -> new DayRow(d.date(), d.isOffDay(), d.name())).toList();
        if (!rows.isEmpty()) {
            mapper.insertDays(rows);
        }
        mapper.upsertYear(year, data.papers() == null ? null : String.join("\n", data.papers()), by);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    public WorkingDayCalendar reload() {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        mapper.allDays().forEach(d -> exceptions.put(d.day(), d.offDay()));
        Set<Integer> years = new TreeSet<>();
        mapper.years().forEach(y -> years.add(y.year()));
        WorkingDayCalendar c = new WorkingDayCalendar(exceptions, years);
        current.set(c);
        return c;
    }

    public record CalendarStatus(Set<Integer> loadedYears, Integer missingYear) {
    }

    public record CalendarChanged(int year, String actor) {
    }
}
