package cn.yiyang.inspection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A plan with its case number and status (PENDING_APPROVAL, APPROVED, REFUSED, DRAWN, INSPECTED); published once 一公开 is done. */
public record InspectionPlan(long id, String caseNo, String name, String department, List<String> items,
                             InspectionPlanRequest.Population population, BigDecimal proportion,
                             int inspectorsPerTarget, LocalDate periodStart, LocalDate periodEnd, String status,
                             Long drawId, LocalDateTime publishedAt,
                             boolean weighted) {

    public static final String PENDING_APPROVAL = "PENDING_APPROVAL";
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";
    public static final String DRAWN = "DRAWN";
    /** Every drawn target signed: the results wait for the LEADER's publication (20 working days). */
    public static final String INSPECTED = "INSPECTED";
}
