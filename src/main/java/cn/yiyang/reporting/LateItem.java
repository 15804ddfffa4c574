package cn.yiyang.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One item behind an on-time indicator that missed its limit: a case decided after its due day (or open past it), a
 * rectification closed late, or an inspected institution whose results were published late (or not yet).
 * {@code doneAt} null: still open.
 */
public record LateItem(String caseNo, String matter, String applicantName, String title, String township,
                       LocalDate due, LocalDateTime doneAt) {
}
