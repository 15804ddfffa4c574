package cn.yiyang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Working days (行政许可法 Art. 82): Monday–Friday, minus public holidays, plus make-up working days (调休).
 * Immutable; {@link CalendarService} swaps in a new one when an ADMIN edits a year.
 */
public final class WorkingDayCalendar {

    /** Exceptions to Monday–Friday: true = day off (holiday), false = make-up working day. */
    private final Map<LocalDate, Boolean> exceptions;
    private final Set<Integer> loadedYears;

    public WorkingDayCalendar(Map<LocalDate, Boolean> exceptions, Set<Integer> loadedYears) {
        this.exceptions = Map.copyOf(exceptions);
        this.loadedYears = Set.copyOf(loadedYears);
    }

    public boolean isWorkingDay(LocalDate day) {
        Boolean offDay = exceptions.get(day);
        if (offDay != null) {
            return !offDay;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    /**
     * The day a limit of {@code workingDays} ends when counting starts the day after {@code from}
     * (the day of receipt is not counted); the end always falls on a working day.
     */
    public DueDate due(LocalDate from, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate day = from;
        boolean provisional = !isLoaded(from.getYear());
        int counted = 0;
        while (counted < workingDays || (workingDays == 0 && !isWorkingDay(day))) {
            day = day.plusDays(1);
            provisional |= !isLoaded(day.getYear());
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new DueDate(day, provisional);
    }

    /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** A computed due date; provisional when it was counted over a year whose holidays are not loaded. */
    public record DueDate(LocalDate due, boolean provisional) {
    }
}
