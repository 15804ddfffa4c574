package cn.yiyang.licensing;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The steps licensing tests take through the services: upload every material, complete a step as a demo user. */
@Component
class LicenceSteps {

    private final MaterialService materials;
    private final CaseService cases;
    private final TaskInbox inbox;
    private final Users users;

    LicenceSteps(MaterialService materials, CaseService cases, TaskInbox inbox, Users users) {
        this.materials = materials;
        this.cases = cases;
        this.inbox = inbox;
        this.users = users;
    }

    void uploadAll(CurrentUser applicant, CaseInfo draft) {
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            materials.upload(applicant, draft.caseNo(), m.code(), m.code() + ".pdf",
                    new ByteArrayInputStream(TestData.pdf()));
        }
    }

    void complete(String username, CaseInfo c, String key, String outcome, String comment, Map<String, Object> fields) {
        CurrentUser user = users.get(username);
        String taskId = inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                        new PageRequest(0, 50)).items().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in the queue of " + username)).id();
        inbox.complete(user, taskId, outcome, comment, fields);
    }

    /** A submitted licence case from acceptance to delivery: reviewed, verified by two people, approved, delivered. */
    void licenseThroughToDelivery(CaseInfo c) {
        complete("health1", c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        complete("health1", c, "Task_Review", "APPROVE", "材料齐全", Map.of("onsiteDays", 2));
        complete("health2", c, "Task_VerifyOnSite_A", "VERIFIED", "场地一致", Map.of());
        complete("inspector1", c, "Task_VerifyOnSite_B", "VERIFIED", "人员一致", Map.of());
        complete("health-lead", c, "Task_Decide", "APPROVE", "同意", Map.of());
        complete("health1", c, "Task_Deliver", "DELIVER", null, Map.of());
    }
}
