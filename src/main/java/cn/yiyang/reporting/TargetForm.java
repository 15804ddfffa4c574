package cn.yiyang.reporting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One row of the 目标任务表: an indicator's target for a year and township ('' or null: the whole county). */
public record TargetForm(
        @NotBlank(message = "请选择指标") String indicatorCode,
        @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") Integer year,
        @Size(max = 50, message = "乡镇名称不超过 50 字") String township,
        @NotNull(message = "请填写目标值") @DecimalMin(value = "0", message = "目标值应在 0-100 之间")
        @DecimalMax(value = "100", message = "目标值应在 0-100 之间") BigDecimal target,
        @NotBlank(message = "请填写责任单位") String department,
        Integer taskNo,
        @Size(max = 1000, message = "工作任务不超过 1000 字") String taskText) {
}
