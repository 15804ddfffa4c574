package cn.yiyang.singlewindow;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.licensing.LicenceApplicationRequest;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The steps single-window tests take through the services: submit with every material, work a step as a demo user. */
@Component
class SingleWindowSteps {

    private final SingleWindowService singleWindow;
    private final MaterialService materials;
    private final CaseService cases;
    private final CaseSubmission submission;
    private final TaskInbox inbox;
    private final Users users;

    SingleWindowSteps(SingleWindowService singleWindow, MaterialService materials, CaseService cases,
                      CaseSubmission submission, TaskInbox inbox, Users users) {
        this.singleWindow = singleWindow;
        this.materials = materials;
        this.cases = cases;
        this.submission = submission;
        this.inbox = inbox;
        this.users = users;
    }

    static SingleWindowRequest request(String projectType, boolean propertyRegistered, LicenceApplicationRequest medical) {
        return new SingleWindowRequest("芒市颐康医养中心", TestData.creditCode(), projectType, 120, propertyRegistered, true,
                medical);
    }

    static LicenceApplicationRequest medicalPart() {
        return new LicenceApplicationRequest("芒市颐康医养中心护理院", null, "LEVEL_1", "NURSING_HOME_HOSPITAL", "PRIVATE",
                "NON_PROFIT", 40, List.of("内科", "康复医学科"), "入住老人及周边居民", null, "1500000.00", "段颐康",
                "芒市勐焕街道颐康路 8 号");
    }

    CaseInfo submitted(CurrentUser applicant, SingleWindowRequest request) {
        CaseInfo draft = singleWindow.create(applicant, request);
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            upload(applicant, draft, m.code());
        }
        return submission.submit(applicant, draft.caseNo());
    }

    void upload(CurrentUser applicant, CaseInfo c, String code) {
        materials.upload(applicant, c.caseNo(), code, code + ".pdf", new ByteArrayInputStream(TestData.pdf()));
    }

    Optional<TaskItem> task(String username, CaseInfo c, String key) {
        return inbox.queue(users.get(username), TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 50)).items().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    void complete(String username, CaseInfo c, String key, String outcome, String comment, Map<String, Object> fields) {
        String id = task(username, c, key).orElseThrow(() -> new AssertionError(key + " not in the queue of " + username)).id();
        inbox.complete(users.get(username), id, outcome, comment, fields);
    }

    /** Every reviewing department approves in this round. */
    void allApprove(CaseInfo c, String... usernames) {
        for (String u : usernames) {
            complete(u, c, "Task_Review", "APPROVE", "符合要求", Map.of());
        }
    }

    SingleWindowApplication view(CaseInfo c) {
        return singleWindow.details(users.get("window1"), c.caseNo());
    }

    static TrackState state(SingleWindowApplication a, String department) {
        return a.tracks().stream().filter(t -> t.department().equals(department)).findFirst().orElseThrow().state();
    }
}
