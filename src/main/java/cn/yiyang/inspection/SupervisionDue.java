package cn.yiyang.inspection;

/**
 * A round of scheduled supervision (定期监督检查) is due: a filed clinic (first within 3 months of opening, then twice a
 * year) or a licensed medical institution. The inspection module opens an inspection of the institution with the
 * usual checklist, two randomly picked inspectors and the rectification cycle. Published inside the scheduling
 * process's transaction, so the round and its inspection happen together or not at all.
 *
 * @param source     where the schedule comes from: {@link #CLINIC_FILING} or {@link #LICENCE}
 * @param caseNo     the filing's or licence's case number (the inspection keeps it as its source)
 * @param round      the schedule's round (1 = the first supervision)
 */
public record SupervisionDue(long institutionId, String source, String caseNo, int round) {

    public static final String CLINIC_FILING = "CLINIC_FILING";
    public static final String LICENCE = "LICENCE";
}
