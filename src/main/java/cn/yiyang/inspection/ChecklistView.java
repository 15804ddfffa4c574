package cn.yiyang.inspection;

import cn.yiyang.casework.CaseView;
import java.time.LocalDate;
import java.util.List;

/**
 * One inspection as its case view shows it: the plan's items with the answers so far and the photos of each, the two
 * drawn inspectors, the result, and the institution's rectification evidence. Inspectors are display names.
 */
public record ChecklistView(String caseNo, long planId, String planName, String planCaseNo, String institutionName,
                            String inspectorA, String inspectorB, String inspectorAName, String inspectorBName,
                            boolean signedA, boolean signedB, String result, int rectifyRound, LocalDate dueDate,
                            List<Line> lines, List<CaseView.Material> evidence) {

    /** One check item with its answer ({@code result} null until answered) and the photos taken for it. */
    public record Line(String code, String name, String basis, String method, String result, String note,
                       List<CaseView.Material> photos) {
    }

    public boolean failed() {
        return lines.stream().anyMatch(l -> "FAIL".equals(l.result()));
    }
}
