package cn.yiyang.reporting;

import static cn.yiyang.reporting.Xlsx.col;

import cn.yiyang.casework.CaseSummary;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.inspection.PublishedResult;
import cn.yiyang.institution.Institution;
import java.util.List;

/**
 * The Chinese columns of the lists' .xlsx exports, one definition for the API ({@code …/export.xlsx}) and the views'
 * "导出Excel" buttons, so both files are the same.
 */
public final class ListColumns {

    public static final List<Xlsx.Column<CaseSummary>> CASES = List.of(
            col("案件编号", CaseSummary::caseNo), col("事项", CaseSummary::matterLabel),
            col("状态", CaseSummary::statusLabel), col("申请人", CaseSummary::applicantName),
            col("标题", CaseSummary::title), col("提交时间", CaseSummary::submittedAt),
            col("办结时间", CaseSummary::closedAt), col("办理期限", c -> c.deadline() == null ? null : c.deadline().due()),
            col("预警", c -> c.deadline() == null ? null : c.deadline().warning().name()));

    public static final List<Xlsx.Column<TaskItem>> TASKS = List.of(
            col("任务", TaskItem::name), col("案件编号", TaskItem::caseNo), col("事项", TaskItem::matterLabel),
            col("申请人", TaskItem::applicantName), col("创建时间", TaskItem::createdAt), col("期限", TaskItem::due),
            col("预警", t -> t.warning() == null ? null : t.warning().name()), col("办理人", TaskItem::assignee));

    public static final List<Xlsx.Column<Institution>> INSTITUTIONS = List.of(
            col("机构名称", Institution::name), col("统一社会信用代码", Institution::creditCode),
            col("类型", i -> i.type().label()), col("乡镇（街道）", Institution::township),
            col("地址", Institution::address), col("床位", Institution::beds),
            col("内设医疗机构", Institution::hasInternalMedical));

    public static final List<Xlsx.Column<PublishedResult>> RESULTS = List.of(
            col("抽查计划", PublishedResult::planName), col("案件编号", PublishedResult::caseNo),
            col("被检查机构", PublishedResult::institutionName), col("乡镇（街道）", PublishedResult::township),
            col("检查结果", PublishedResult::result), col("检查完成日期", PublishedResult::closedOn),
            col("公示日期", PublishedResult::publishedOn));

    private ListColumns() {
    }
}
