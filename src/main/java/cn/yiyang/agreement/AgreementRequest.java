package cn.yiyang.agreement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An elderly care institution files its cooperation agreement (医养合作协议) with a medical institution: the partner by
 * its credit code, the services of the template, the yearly fee paid to the partner (seed 002 item 9: 2–5万 a year),
 * the one-year period (seed 004 annex 1: 一年一签).
 */
public record AgreementRequest(
        @NotBlank(message = "请填写合作医疗机构的统一社会信用代码") String partnerCreditCode,
        @NotEmpty(message = "请至少选择一项服务内容") List<@NotBlank String> services,
        @NotNull(message = "请填写年服务费用（元）") @DecimalMin(value = "0.00", message = "年服务费用应在 0 至 1,000,000 元之间")
        @DecimalMax(value = "1000000.00", message = "年服务费用应在 0 至 1,000,000 元之间") BigDecimal annualFee,
        @NotNull(message = "请填写协议开始日期") LocalDate periodStart,
        @NotNull(message = "请填写协议结束日期") LocalDate periodEnd) {
}
