package cn.yiyang.reporting;

import cn.yiyang.calendar.CalendarService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Role;
import cn.yiyang.reporting.internal.ReportingMapper;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's workload part for the SUPERVISOR and the LEADERs: open steps that are overdue (red) or close to
 * their limit (yellow: 3 working days or fewer) by department, and the cases behind each number.
 */
@Service
public class DashboardService {

    /** Red and yellow open steps of one department ({@code APPLICANT}: waiting for an institution). */
    public record DepartmentLoad(String department, long red, long yellow) {
    }

    public record LateCase(String caseNo, String matter, String applicantName, String title, String stepName,
                           LocalDate due, boolean red) {
    }

    private static final int YELLOW_DAYS = 3;

    private final ReportingMapper mapper;
    private final CalendarService calendar;

    DashboardService(ReportingMapper mapper, CalendarService calendar) {
        this.mapper = mapper;
        this.calendar = calendar;
    }

    @Transactional(readOnly = true)
    public List<DepartmentLoad> overdueByDepartment(CurrentUser user) {
        requireDashboard(user);
        LocalDate today = calendar.today();
        return mapper.overdueByDepartment(user.regionCode(), today, calendar.due(today, YELLOW_DAYS).due()).stream()
                .map(r -> new DepartmentLoad(r.department(), r.red(), r.yellow())).toList();
    }

    @Transactional(readOnly = true)
    public PageResult<LateCase> lateCases(CurrentUser user, String department, PageRequest page) {
        requireDashboard(user);
        LocalDate today = calendar.today();
        LocalDate yellowUntil = calendar.due(today, YELLOW_DAYS).due();
        List<LateCase> items = mapper.overdueCases(user.regionCode(), today, yellowUntil, department, page.size(),
                page.offset()).stream().map(r -> new LateCase(r.caseNo(), r.matter(), r.applicantName(), r.title(),
                r.stepName(), r.due(), r.red())).toList();
        return new PageResult<>(items, page.page(), page.size(),
                mapper.countOverdueCases(user.regionCode(), today, yellowUntil, department));
    }

    /** The dashboard is for the leading group's office, leaders and the administrator. */
    public static boolean mayView(CurrentUser user) {
        return !user.isApplicant() && user.hasAny(Role.SUPERVISOR, Role.LEADER, Role.ADMIN);
    }

    static void requireDashboard(CurrentUser user) {
        if (!mayView(user)) {
            throw new AccessDeniedProblem("驾驶舱仅对领导小组办公室和科室负责人开放");
        }
    }
}
