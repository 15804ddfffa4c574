package cn.yiyang.inspection;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** 抽查计划 as a SUPERVISOR enters it (API.md {@code POST /api/v1/inspection-plans}). */
public record InspectionPlanRequest(
        @NotBlank(message = "请填写计划名称") @Size(max = 200, message = "计划名称不能超过 200 字") String name,
        @NotBlank(message = "请选择实施部门") String department,
        @NotEmpty(message = "请至少选择一个检查事项") List<@NotBlank(message = "检查事项不能为空") String> items,
        @NotNull(message = "请填写抽查对象范围") @Valid Population population,
        @NotNull(message = "请填写抽查比例")
        @DecimalMin(value = "0", inclusive = false, message = "抽查比例应大于 0")
        @DecimalMax(value = "1", message = "抽查比例不能大于 1") BigDecimal proportion,
        @NotNull(message = "请填写每个对象的检查人员数")
        @Min(value = 2, message = "每个检查对象至少2名执法人员（《行政处罚法》第四十二条）")
        @Max(value = 10, message = "每个检查对象最多10名检查人员") Integer inspectorsPerTarget,
        @NotNull(message = "请填写计划开始日期") LocalDate periodStart,
        @NotNull(message = "请填写计划结束日期") LocalDate periodEnd,
        Boolean weighted) {

    /** Weight: how many times as likely an institution with an earlier failure is drawn when the plan is weighted. */
    public static final int FAILURE_WEIGHT = 3;

    /** An unweighted plan. */
    public InspectionPlanRequest(String name, String department, List<String> items, Population population,
                                 BigDecimal proportion, Integer inspectorsPerTarget, LocalDate periodStart,
                                 LocalDate periodEnd) {
        this(name, department, items, population, proportion, inspectorsPerTarget, periodStart, periodEnd, null);
    }

    /** The population: institution type, whether it has an internal medical institution, township; null = any. */
    public record Population(String type, Boolean hasInternalMedical, String township) {
    }
}
