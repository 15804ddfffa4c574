package cn.yiyang.casework;

/**
 * How a matter's acceptance step (受理, 行政许可法 Art. 32) works, so that the case core runs it alike for every
 * matter: the user task that decides it (ACCEPT / SUPPLEMENT / REJECT), the limit that starts on acceptance, the
 * issuing department and what the applicant is promised by the due date.
 *
 * @param taskKey              the user task of the completeness check, e.g. {@code Task_CheckCompleteness}
 * @param limitAfterAcceptance working days from acceptance (or from receipt when deemed accepted)
 * @param departmentCode       the department told when acceptance is deemed, e.g. {@code HEALTH}
 * @param departmentWord       short word in document numbers, e.g. 卫
 * @param departmentName       the bureau's name after the region, e.g. 卫生健康局
 * @param promise              what happens by the due date, e.g. "作出是否准予许可的决定"
 */
public record AcceptanceTerms(String taskKey, int limitAfterAcceptance, String departmentCode, String departmentWord,
                              String departmentName, String promise) {
}
