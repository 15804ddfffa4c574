package cn.yiyang.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A subsidy claim with its approval and payment record. */
public record SubsidyClaim(String caseNo, String agreementCaseNo, String institutionName, BigDecimal feePaid,
                           LocalDate paidOn, BigDecimal amount, LocalDateTime approvedAt, String approvedBy,
                           String voucherNo, LocalDateTime paidAt, String paidBy) {
}
