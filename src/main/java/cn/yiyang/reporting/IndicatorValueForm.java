package cn.yiyang.reporting;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A value the responsible department enters for a quarter, with where it comes from. */
public record IndicatorValueForm(
        @NotNull(message = "请填写年度") @Min(value = 2000, message = "年度不正确") @Max(value = 2100, message = "年度不正确") Integer year,
        @NotNull(message = "请填写季度") @Min(value = 1, message = "季度为 1-4") @Max(value = 4, message = "季度为 1-4") Integer quarter,
        @Size(max = 50, message = "乡镇名称不超过 50 字") String township,
        @NotNull(message = "请填写数值") @DecimalMin(value = "0", message = "数值应在 0-100 之间")
        @DecimalMax(value = "100", message = "数值应在 0-100 之间") BigDecimal value,
        @NotBlank(message = "请注明数据来源") @Size(max = 200, message = "数据来源不超过 200 字") String source) {
}
