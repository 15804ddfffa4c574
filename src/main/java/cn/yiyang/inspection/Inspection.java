package cn.yiyang.inspection;

/** One drawn target's inspection: its case, institution, the two drawn inspectors and the result so far. */
public record Inspection(String caseNo, long institutionId, String institutionName, String inspectorA,
                         String inspectorB, String status, String result, int rectifyRound) {
}
