package cn.yiyang.api;

import static cn.yiyang.reporting.Xlsx.col;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.CurrentUsers;
import cn.yiyang.reporting.DashboardReport;
import cn.yiyang.reporting.DashboardService;
import cn.yiyang.reporting.IndicatorResult;
import cn.yiyang.reporting.IndicatorService;
import cn.yiyang.reporting.IndicatorValueForm;
import cn.yiyang.reporting.TargetForm;
import cn.yiyang.reporting.Xlsx;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.shared.PageResult;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Targets, indicators and the dashboard's figures (API.md "Agreements, targets, exports"). */
@RestController
class IndicatorController {

    static final List<Xlsx.Column<IndicatorResult>> COLUMNS = List.of(
            col("指标", IndicatorResult::name), col("单位", IndicatorResult::unit),
            col("目标值", IndicatorResult::target), col("实际值", IndicatorResult::actual),
            col("是否滞后", IndicatorResult::behind), col("数据来源", IndicatorResult::source),
            col("责任单位", IndicatorResult::department), col("分子", IndicatorResult::numerator),
            col("分母", IndicatorResult::denominator));

    private final IndicatorService indicators;
    private final DashboardService dashboard;
    private final DashboardReport report;
    private final Clock clock;

    IndicatorController(IndicatorService indicators, DashboardService dashboard, DashboardReport report, Clock clock) {
        this.indicators = indicators;
        this.dashboard = dashboard;
        this.report = report;
        this.clock = clock;
    }

    /** The dashboard for a meeting of the leading group, as a PDF. */
    @GetMapping(path = "/api/v1/dashboard.pdf", produces = "application/pdf")
    org.springframework.http.ResponseEntity<byte[]> dashboardPdf(@RequestParam(required = false) Integer year,
                                                                 @RequestParam(required = false) String township) {
        byte[] pdf = report.pdf(CurrentUsers.require(), year(year), township);
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"dashboard-" + year(year) + ".pdf\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/api/v1/indicators")
    List<IndicatorResult> list(@RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String township) {
        return indicators.indicators(CurrentUsers.require(), year(year), township);
    }

    @GetMapping(path = {"/api/v1/indicators", "/api/v1/indicators/export.xlsx"}, produces = Xlsx.MEDIA_TYPE)
    void export(@RequestParam(required = false) Integer year, @RequestParam(required = false) String township,
                HttpServletResponse response) {
        CurrentUser user = CurrentUsers.require();
        List<IndicatorResult> rows = indicators.indicators(user, year(year), township);
        Exports.sendAll(response, "指标完成情况" + year(year), "指标", COLUMNS, rows);
    }

    @PutMapping("/api/v1/indicators/{code}/values")
    IndicatorService.EnteredValue enter(@PathVariable String code, @Valid @RequestBody IndicatorValueForm form) {
        return indicators.enter(CurrentUsers.require(), code, form);
    }

    @GetMapping("/api/v1/indicators/{code}/townships")
    List<IndicatorService.TownshipPoint> byTownship(@PathVariable String code,
                                                    @RequestParam(required = false) Integer year) {
        return indicators.byTownship(CurrentUsers.require(), code, year(year));
    }

    @GetMapping("/api/v1/indicators/{code}/trend")
    List<IndicatorService.TrendPoint> trend(@PathVariable String code, @RequestParam(required = false) Integer year,
                                            @RequestParam(required = false) String township) {
        return indicators.trend(CurrentUsers.require(), code, township, year(year));
    }

    @GetMapping("/api/v1/targets")
    List<IndicatorService.Target> targets(@RequestParam(required = false) Integer year) {
        return indicators.targets(CurrentUsers.require(), year(year));
    }

    @PutMapping("/api/v1/targets")
    IndicatorService.Target setTarget(@Valid @RequestBody TargetForm form) {
        return indicators.setTarget(CurrentUsers.require(), form);
    }

    @GetMapping("/api/v1/dashboard/overdue")
    List<DashboardService.DepartmentLoad> overdue() {
        return dashboard.overdueByDepartment(CurrentUsers.require());
    }

    @GetMapping("/api/v1/dashboard/overdue/{department}")
    PageResult<DashboardService.LateCase> lateCases(@PathVariable String department,
                                                    @RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size) {
        return dashboard.lateCases(CurrentUsers.require(), department, PageRequest.of(page, size));
    }

    private int year(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }
}
