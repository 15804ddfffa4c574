package cn.yiyang.inspection;

/**
 * Published when the SUPERVISOR has issued the 通报 and referred an institution that did not rectify for a penalty
 * case; other modules act on it in the same transaction (the clinic filing module revokes the institution's filing).
 */
public record InspectionEscalated(long caseId, String caseNo, long institutionId, String circularNo, String reason,
                                  String actor) {
}
