package cn.yiyang.casework.internal;

import cn.yiyang.casework.Deadlines;
import cn.yiyang.casework.SupplementNotices;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The applicant's period to answer a supplement notice (yiyang.supplement-answer-days, default 30 calendar days),
 * and the reminder a week before it ends; for every matter's {@code Task_Supplement}.
 */
@Component("supplementTimers")
public class SupplementTimers { // public: called from BPMN expressions

    private final Deadlines deadlines;
    private final SupplementNotices supplements;

    SupplementTimers(Deadlines deadlines, SupplementNotices supplements) {
        this.deadlines = deadlines;
        this.supplements = supplements;
    }

    public Date expiry(DelegateExecution execution) {
        return deadlines.calendarDays(supplements.answerDays());
    }

    public Date reminder(DelegateExecution execution) {
        return deadlines.calendarDays(Math.max(1, supplements.answerDays() - 7));
    }
}
