package cn.yiyang.casework;

import cn.yiyang.identity.CurrentUser;
import java.util.Map;

/**
 * A matter module's part of completing one of its tasks: checks the outcome's fields (e.g. the one-time list of a
 * SUPPLEMENT) and records what the decision means, in the same transaction, before the engine moves on.
 */
public interface TaskOutcomeHandler {

    /** The task definition keys this handler serves, e.g. {@code Task_CheckCompleteness}. */
    boolean handles(String processKey, String taskKey);

    /**
     * Refuses (with {@code AccessDeniedProblem}, 403) a caller whom the matter does not let work this task although
     * the task's group would, e.g. an inspector withdrawn from the target. Called before claim, complete and read.
     */
    default void checkMayWork(CurrentUser user, CaseInfo caseInfo, String taskKey) {
    }

    /** @return extra process variables that route the process (outcome codes, flags), never business data */
    Map<String, Object> complete(Completion completion);

    record Completion(CurrentUser user, CaseInfo caseInfo, String taskId, String taskKey, String outcome,
                      String comment, Map<String, Object> fields) {
    }
}
