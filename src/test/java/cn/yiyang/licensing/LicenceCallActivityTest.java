package cn.yiyang.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
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
    @Autowired LicenceSteps steps;
    @Autowired RuntimeService runtime;
    @Autowired ProcessEngine engine;
    @Autowired TestData data;
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
        steps.uploadAll(applicant, draft);
        cases.startClock(draft.id(), cases.today(), 5, applicant.username());
        CaseInfo submitted = cases.submit(applicant, draft.id(), "test-calls-licence", CaseStatus.PENDING_ACCEPTANCE,
                Map.of("applicantGroup", CurrentUser.institutionGroup(applicant.institutionId())));
        caller = runtime.createProcessInstanceQuery().processInstanceBusinessKey(submitted.caseNo())
                .processDefinitionKey("test-calls-licence").singleResult();
        assertThat(caller).isWaitingAt("Call_Licence");
        return submitted;
    }

    private Object outcomeInCaller() {
        assertThat(caller).isWaitingAt("Wait_AfterLicence");
        return runtime.getVariable(caller.getId(), "licenceOutcome");
    }

    @Test
    void caller_receives_LICENSED_when_the_called_process_delivers_the_licence() {
        CaseInfo c = calledFromCaller();
        steps.licenseThroughToDelivery(c);

        assertThat(outcomeInCaller()).isEqualTo("LICENSED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void caller_receives_NOT_ACCEPTED_when_the_called_process_rejects_at_acceptance() {
        CaseInfo c = calledFromCaller();
        steps.complete("health1", c, "Task_CheckCompleteness", "REJECT", "申请人不具备设置条件", Map.of());

        assertThat(outcomeInCaller()).isEqualTo("NOT_ACCEPTED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(runtime.getVariables(caller.getId())).containsKeys("caseId", "applicantGroup", "licenceOutcome");
    }
}
