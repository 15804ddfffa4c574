package cn.yiyang.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * licence-2in1 called from another process (test-calls-licence in src/test/resources/processes), as the
 * single-window application calls it: caseId and applicantGroup go in, licenceOutcome comes out to the caller.
 */
@IntegrationTest
class LicenceCallActivityTest {

    @Autowired LicensingService licensing;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired TaskInbox inbox;
    @Autowired RuntimeService runtime;
    @Autowired ProcessEngine engine;
    @Autowired TestData data;
    @Autowired Users users;
    @Autowired TestClock clock;

    CurrentUser applicant;
    ProcessInstance caller;

    @BeforeEach
    void setUp() {
        AbstractAssertions.init(engine);
        applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        clock.set(LocalDateTime.of(2026, 9, 14, 9, 0));
    }

    @AfterEach
    void endTheCallerAndResetClock() {
        if (caller != null && runtime.createProcessInstanceQuery().processInstanceId(caller.getId()).count() > 0) {
            runtime.deleteProcessInstance(caller.getId(), "测试结束");
        }
        clock.reset();
    }

    /** A licence case with every material, submitted to the caller process instead of licence-2in1 itself. */
    private CaseInfo calledFromCaller() {
        CaseInfo draft = licensing.create(applicant, LicensingProcessTest.request("NURSING_HOME_HOSPITAL", "LEVEL_1", 60));
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            materials.upload(applicant, draft.caseNo(), m.code(), m.code() + ".pdf",
                    new ByteArrayInputStream(TestData.pdf()));
        }
        cases.startClock(draft.id(), cases.today(), 5, applicant.username());
        CaseInfo submitted = cases.submit(applicant, draft.id(), "test-calls-licence", CaseStatus.PENDING_ACCEPTANCE,
                Map.of("applicantGroup", CurrentUser.institutionGroup(applicant.institutionId())));
        caller = runtime.createProcessInstanceQuery().processInstanceBusinessKey(submitted.caseNo())
                .processDefinitionKey("test-calls-licence").singleResult();
        assertThat(caller).isWaitingAt("Call_Licence");
        return submitted;
    }

    private void complete(String username, CaseInfo c, String key, String outcome, String comment,
                          Map<String, Object> fields) {
        CurrentUser user = users.get(username);
        String taskId = inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                        new PageRequest(0, 50)).items().stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in the queue of " + username)).id();
        inbox.complete(user, taskId, outcome, comment, fields);
    }

    private Object outcomeInCaller() {
        assertThat(caller).isWaitingAt("Wait_AfterLicence");
        return runtime.getVariable(caller.getId(), "licenceOutcome");
    }

    @Test
    void caller_receives_LICENSED_when_the_called_process_delivers_the_licence() {
        CaseInfo c = calledFromCaller();
        complete("health1", c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        complete("health1", c, "Task_Review", "APPROVE", "材料齐全", Map.of("onsiteDays", 2));
        complete("health2", c, "Task_VerifyOnSite_A", "VERIFIED", "场地一致", Map.of());
        complete("inspector1", c, "Task_VerifyOnSite_B", "VERIFIED", "人员一致", Map.of());
        complete("health-lead", c, "Task_Decide", "APPROVE", "同意", Map.of());
        complete("health1", c, "Task_Deliver", "DELIVER", null, Map.of());

        assertThat(outcomeInCaller()).isEqualTo("LICENSED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void caller_receives_NOT_ACCEPTED_when_the_called_process_rejects_at_acceptance() {
        CaseInfo c = calledFromCaller();
        complete("health1", c, "Task_CheckCompleteness", "REJECT", "申请人不具备设置条件", Map.of());

        assertThat(outcomeInCaller()).isEqualTo("NOT_ACCEPTED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(runtime.getVariables(caller.getId())).containsKeys("caseId", "applicantGroup", "licenceOutcome");
    }
}
