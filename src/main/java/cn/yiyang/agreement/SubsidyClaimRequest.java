package cn.yiyang.agreement;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The fee the elderly care institution paid its partner under an agreement, and when (the subsidy is 50% of it). */
public record SubsidyClaimRequest(
        @NotNull(message = "请填写已支付的服务费用（元）") @DecimalMin(value = "0.01", message = "已支付费用应大于 0") BigDecimal feePaid,
        @NotNull(message = "请填写支付日期") LocalDate paidOn) {
}
