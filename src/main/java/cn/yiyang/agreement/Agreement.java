package cn.yiyang.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** One cooperation agreement as its parties, the bureaus and the township see it (no personal data in it). */
public record Agreement(String caseNo, String caseStatus, AgreementState state, String stateLabel,
                        String institutionName, String institutionCreditCode, String township,
                        String partnerName, String partnerCreditCode, List<String> services, BigDecimal annualFee,
                        LocalDate periodStart, LocalDate periodEnd, LocalDateTime submittedAt,
                        LocalDateTime confirmedAt, LocalDateTime civilAcknowledgedAt,
                        LocalDateTime healthAcknowledgedAt, LocalDateTime remindedAt) {
}
