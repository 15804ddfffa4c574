package cn.yiyang.casework.internal;

import cn.yiyang.calendar.CalendarService.CalendarChanged;
import cn.yiyang.casework.AuditTrail;
import cn.yiyang.identity.AccountService.AccountChanged;
import cn.yiyang.institution.InstitutionService.InstitutionChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records changes of the other modules on the system chain, in the transaction that made them. */
@Component
class AuditOfChanges {

    private final AuditTrail audit;

    AuditOfChanges(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountChanged e) {
        audit.record(null, e.actor(), e.action(), "账号 " + e.username());
    }

    @EventListener
    void on(InstitutionChanged e) {
        audit.record(null, e.actor(), e.action(), "机构 #" + e.institutionId());
    }

    @EventListener
    void on(CalendarChanged e) {
        audit.record(null, e.actor(), "CALENDAR_CHANGED", e.year() + " 年节假日");
    }
}
