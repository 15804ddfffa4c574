package cn.yiyang.casework;

import cn.yiyang.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/** The statutory clock of a case or step as shown to people. */
public record Deadline(LocalDate due, int workingDaysLeft, Warning warning, boolean paused, boolean provisional,
                       Integer limitWorkingDays) {

    static final int YELLOW_DAYS = 3;

    /** @param limit the whole limit in working days, for the 80%-used rule; null when unknown */
    public static Deadline of(WorkingDayCalendar calendar, LocalDate today, LocalDate due, Integer limit,
                              boolean paused, boolean provisional) {
        int left = calendar.workingDaysBetween(today, due);
        return new Deadline(due, left, warning(left, limit), paused, provisional, limit);
    }

    public static Warning warning(int workingDaysLeft, Integer limit) {
        if (workingDaysLeft < 0) {
            return Warning.RED;
        }
        boolean mostlyUsed = limit != null && limit > 0 && (limit - workingDaysLeft) * 5 >= limit * 4;
        return workingDaysLeft <= YELLOW_DAYS || mostlyUsed ? Warning.YELLOW : Warning.NONE;
    }
}
