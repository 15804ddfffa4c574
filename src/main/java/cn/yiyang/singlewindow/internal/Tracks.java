package cn.yiyang.singlewindow.internal;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.singlewindow.SingleWindowDepartments;
import cn.yiyang.singlewindow.TrackState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The tracks for BPMN expressions: which departments review in this round (the multi-instance collection), and
 * each department's own step limit as the review task's due date and its timer. The state lives in sw_track.
 */
@Component("singleWindowTracks")
public class Tracks { // public: called from BPMN expressions

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SingleWindowMapper mapper;
    private final CalendarService calendar;
    private final Clock clock;

    Tracks(SingleWindowMapper mapper, CalendarService calendar, Clock clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The departments (other than HEALTH, which runs the licence process) waiting for review in this round. */
    public List<String> waiting(DelegateExecution execution) {
        return mapper.tracks(caseId(execution)).stream()
                .filter(t -> TrackState.WAITING.name().equals(t.state) && !SingleWindowDepartments.HEALTH.equals(t.department))
                .map(t -> t.department).toList();
    }

    /** Starts the department's review: its own limit counts from today. */
    void start(long caseId, String department, int round) {
        LocalDate due = calendar.due(calendar.today(), SingleWindowDepartments.stepLimit(department)).due();
        mapper.startReview(caseId, department, TrackState.REVIEWING.name(), round, due, LocalDateTime.now(clock));
    }

    /** The review task's due date: the department's step due day. */
    public Date stepDue(DelegateExecution execution) {
        return Date.from(due(execution).atStartOfDay(ZONE).toInstant());
    }

    /** The step timer fires at the start of the day after the step's due day. */
    public Date stepTimer(DelegateExecution execution) {
        return Date.from(due(execution).plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    private LocalDate due(DelegateExecution execution) {
        String department = (String) execution.getVariable("department");
        return mapper.tracks(caseId(execution)).stream().filter(t -> t.department.equals(department))
                .map(t -> t.stepDue).findFirst().orElseThrow();
    }

    static long caseId(DelegateExecution execution) {
        return ((Number) execution.getVariable("caseId")).longValue();
    }
}
