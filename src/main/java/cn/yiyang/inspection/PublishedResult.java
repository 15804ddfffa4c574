package cn.yiyang.inspection;

import java.time.LocalDate;

/**
 * One published inspection result (一公开): the plan, the institution and the outcome (PASS, FAIL while rectifying,
 * RECTIFIED, ESCALATED); never a person's name.
 */
public record PublishedResult(String planName, String caseNo, String institutionName, String township, String result,
                              LocalDate closedOn, LocalDate publishedOn) {
}
