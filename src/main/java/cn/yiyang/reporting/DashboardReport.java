package cn.yiyang.reporting;

import cn.yiyang.document.DocumentContent;
import cn.yiyang.document.PdfRenderer;
import cn.yiyang.identity.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dashboard as a PDF for a meeting of the leading group: the indicators against their targets and the workload. */
@Service
public class DashboardReport {

    private final IndicatorService indicators;
    private final DashboardService dashboard;
    private final PdfRenderer pdf;
    private final Clock clock;

    DashboardReport(IndicatorService indicators, DashboardService dashboard, PdfRenderer pdf, Clock clock) {
        this.indicators = indicators;
        this.dashboard = dashboard;
        this.pdf = pdf;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, int year, String township) {
        DashboardService.requireDashboard(user);
        List<IndicatorResult> results = indicators.indicators(user, year, township);
        List<DashboardService.DepartmentLoad> load = dashboard.overdueByDepartment(user);
        List<String> paragraphs = new ArrayList<>();
        long behind = results.stream().filter(IndicatorResult::behind).count();
        paragraphs.add((township == null || township.isBlank() ? "全县（市、区）" : township) + year + "年共 "
                + results.size() + " 项指标，其中 " + behind + " 项未达到目标（表中标“滞后”）。");
        paragraphs.add("超期和临近期限的办理环节：" + (load.isEmpty() ? "无。" : String.join("；", load.stream()
                .map(l -> department(l.department()) + " 超期 " + l.red() + " 件、临期 " + l.yellow() + " 件").toList()) + "。"));
        List<List<String>> rows = results.stream().map(r -> List.of(r.name(), number(r.target(), r.unit()),
                number(r.actual(), r.unit()), r.behind() ? "滞后" : (r.actual() == null ? "无数据" : "达标"),
                r.source())).toList();
        return pdf.render(new DocumentContent("医养结合工作目标任务推进情况", year + "年 · 截至 " + LocalDate.now(clock),
                "医养结合工作领导小组", paragraphs, List.of("指标", "目标", "实际", "状态", "数据来源"), rows,
                "医养结合工作领导小组办公室", LocalDate.now(clock)));
    }

    /** A department code as people say it (HEALTH → 卫健局); APPLICANT: the institutions' turn. */
    public static String department(String code) {
        return switch (code) {
            case "HEALTH" -> "卫健局";
            case "CIVIL" -> "民政局";
            case "FINANCE" -> "财政局";
            case "PLANNING" -> "资规局";
            case "CONSTRUCTION" -> "住建局";
            case "FIRE" -> "消防救援大队";
            case "MEDINS" -> "医保局";
            case "MARKET" -> "市场监管局";
            case "HRSS" -> "人社局";
            case "WINDOW" -> "综合窗口";
            case "GOV" -> "政府办";
            case "APPLICANT" -> "申请人（机构）";
            default -> code;
        };
    }

    private static String number(BigDecimal v, String unit) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString() + unit;
    }
}
