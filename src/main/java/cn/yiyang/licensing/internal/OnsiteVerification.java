package cn.yiyang.licensing.internal;

import cn.yiyang.casework.TaskOutcomeHandler;
import cn.yiyang.shared.BusinessRuleException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * 现场核验 (Task_VerifyOnSite_A and _B): two people verify on site, each signs one record; the same person may not
 * sign both (《医疗机构管理条例》: verification by two or more staff).
 */
@Component
class OnsiteVerification implements TaskOutcomeHandler {

    static final String A = "Task_VerifyOnSite_A";
    static final String B = "Task_VerifyOnSite_B";

    private final TaskService tasks;

    OnsiteVerification(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return LicensingRules.PROCESS.equals(processKey) && (A.equals(taskKey) || B.equals(taskKey));
    }

    @Override
    public Map<String, Object> complete(Completion done) {
        String self = done.taskKey().substring(done.taskKey().length() - 1);
        String other = "A".equals(self) ? "B" : "A";
        Object otherSigner = tasks.getVariable(done.taskId(), "onsiteVerifier" + other);
        if (done.user().username().equals(otherSigner)) {
            throw new BusinessRuleException("SAME_VERIFIER", "现场核验须由两名不同的工作人员进行，你已签署另一份核验记录");
        }
        return Map.of("onsiteVerifier" + self, done.user().username(), "onsiteResult" + self, done.outcome());
    }
}
