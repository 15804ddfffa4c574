package cn.yiyang.casework;

import cn.yiyang.calendar.CalendarService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Deadlines for BPMN expressions, from the working-day calendar: a user task's
 * {@code camunda:dueDate="${deadlines.workingDays(5)}"}, a statutory timer's
 * {@code <timeDate>${deadlines.caseTimer(execution)}</timeDate>}. A limit ends at the end of its due day, so a
 * timer fires at the start of the next day.
 */
@Component("deadlines")
public class Deadlines {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final CalendarService calendar;
    private final CaseService cases;

    Deadlines(CalendarService calendar, CaseService cases) {
        this.calendar = calendar;
        this.cases = cases;
    }

    /** The due day of a step that has {@code n} working days from today (the task's due date). */
    public Date workingDays(int n) {
        return Date.from(calendar.due(calendar.today(), n).due().atStartOfDay(ZONE).toInstant());
    }

    /** When a timer for a step limit of {@code n} working days fires: the start of the day after the due day. */
    public Date afterWorkingDays(int n) {
        return startOfNextDay(calendar.due(calendar.today(), n).due());
    }

    /** When the case's statutory timer fires: the start of the day after the case's due day. */
    public Date caseTimer(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        LocalDate due = cases.get(caseId).dueDate();
        return startOfNextDay(due);
    }

    /** The case's due day, as a user task's due date. */
    public Date caseDue(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable("caseId")).longValue();
        return Date.from(cases.get(caseId).dueDate().atStartOfDay(ZONE).toInstant());
    }

    /** {@code n} calendar days from now (e.g. the 30 days an applicant has to answer a supplement notice). */
    public Date calendarDays(int n) {
        return startOfNextDay(calendar.today().plusDays(n));
    }

    private static Date startOfNextDay(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
    }
}
