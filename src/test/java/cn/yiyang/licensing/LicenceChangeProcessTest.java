package cn.yiyang.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.CaseViews;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.Api;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestClock;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 变更登记 (processes/licence-change.bpmn), one test per path: approve and deliver the changed licence under the same
 * registration number; reject at acceptance; refuse; and the API that starts it.
 */
@IntegrationTest
class LicenceChangeProcessTest {

    @Autowired LicensingService licensing;
    @Autowired LicenceChangeService changes;
    @Autowired LicenceRegister register;
    @Autowired CaseSubmission submission;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired CaseViews views;
    @Autowired LicenceSteps steps;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired ProcessEngine engine;
    @Autowired TestData data;
    @Autowired Users users;
    @Autowired TestClock clock;
    @LocalServerPort int port;

    CurrentUser applicant;
    Licence licence;

    @BeforeEach
    void licensed() {
        AbstractAssertions.init(engine);
        applicant = data.applicantOf(InstitutionType.ELDERLY_CARE);
        clock.set(LocalDateTime.of(2026, 9, 14, 9, 0));
        CaseInfo c = submitted(licensing.create(applicant, LicensingProcessTest.request("NURSING_HOME_HOSPITAL", "LEVEL_1", 60)));
        steps.licenseThroughToDelivery(c);
        licence = register.list(applicant, null, new PageRequest(0, 50)).items().stream()
                .filter(l -> l.caseNo().equals(c.caseNo())).findFirst().orElseThrow();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private CaseInfo submitted(CaseInfo draft) {
        steps.uploadAll(applicant, draft);
        return submission.submit(applicant, draft.caseNo());
    }

    private void complete(String username, CaseInfo c, String key, String outcome, String comment,
                          Map<String, Object> fields) {
        steps.complete(username, c, key, outcome, comment, fields);
    }

    private CaseInfo moreBedsAndANewHead() {
        CaseInfo draft = changes.create(applicant, licence.registrationNo(), new LicenceChangeRequest(null, null,
                "李德明", null, 120, "扩建病区，原负责人退休"));
        return submitted(draft);
    }

    private ProcessInstance process(CaseInfo c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey("licence-change").singleResult();
    }

    private Object outcomeOf(String processInstanceId) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName("licenceOutcome").singleResult().getValue();
    }

    /** The register's entry under the licence's registration number, as it stands now. */
    private Licence registered() {
        return register.list(applicant, null, new PageRequest(0, 50)).items().stream()
                .filter(l -> l.registrationNo().equals(licence.registrationNo())).findFirst().orElseThrow();
    }

    private List<String> documentKinds(CaseInfo c) {
        return views.view(users.get("health1"), c.caseNo()).documents().stream().map(CaseView.Document::kind).toList();
    }

    @Test
    void approved_change_is_delivered_as_a_new_licence_under_the_same_registration_number_with_the_new_check_interval() {
        CaseInfo c = moreBedsAndANewHead();
        assertThat(materials.required(cases.get(c.id())).stream().map(CaseView.RequiredMaterial::code))
                .containsExactly("CHANGE_APPLICATION", "LICENCE_ORIGINAL", "NEW_HEAD_PROOF", "BED_PLAN");
        ProcessInstance pi = process(c);
        assertThat(pi).isWaitingAt("Task_CheckCompleteness");

        clock.set(LocalDateTime.of(2026, 9, 15, 9, 0));
        complete("health1", c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        assertThat(cases.get(c.id()).dueDate()).isEqualTo(LocalDate.of(2026, 10, 19)); // 20 working days, as a licence
        complete("health-lead", c, "Task_Decide", "APPROVE", "同意变更", Map.of());
        complete("health1", c, "Task_Deliver", "DELIVER", null, Map.of());

        assertThat(pi).isEnded().hasPassed("Event_Licensed");
        assertThat(outcomeOf(pi.getId())).isEqualTo("LICENSED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(documentKinds(c)).contains("ACCEPTANCE_NOTICE", "APPROVAL_DECISION", "PRACTICE_LICENCE",
                "PRACTICE_LICENCE_COPY");
        Licence changed = registered();
        assertThat(changed.legalRepresentative()).isEqualTo("李德明");
        assertThat(changed.beds()).isEqualTo(120);
        assertThat(changed.validUntil()).isEqualTo(licence.validUntil());
        assertThat(changed.nextCheckDue()).isEqualTo(LocalDate.of(2029, 9, 14)); // 120 beds: every 3 years
    }

    @Test
    void change_rejected_at_acceptance_leaves_the_licence_as_it_was() {
        CaseInfo c = moreBedsAndANewHead();
        ProcessInstance pi = process(c);
        complete("health1", c, "Task_CheckCompleteness", "REJECT", "许可证已过校验期，应先办理校验", Map.of());

        assertThat(pi).isEnded().hasPassed("Event_NotAccepted");
        assertThat(outcomeOf(pi.getId())).isEqualTo("NOT_ACCEPTED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.NOT_ACCEPTED);
        assertThat(documentKinds(c)).contains("REJECTION_DECISION");
        assertThat(registered().beds()).isEqualTo(60);
    }

    @Test
    void refused_change_closes_with_the_refusal_decision_and_the_licence_unchanged() {
        CaseInfo c = moreBedsAndANewHead();
        ProcessInstance pi = process(c);
        complete("health1", c, "Task_CheckCompleteness", "ACCEPT", null, Map.of());
        complete("health-lead", c, "Task_Decide", "REFUSE", "新增床位不符合护理院基本标准", Map.of());

        assertThat(pi).isEnded().hasPassed("Event_Refused");
        assertThat(outcomeOf(pi.getId())).isEqualTo("REFUSED");
        assertThat(cases.get(c.id()).status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(documentKinds(c)).contains("REFUSAL_DECISION");
        assertThat(registered().legalRepresentative()).isEqualTo("杨荣海");
    }

    @Test
    void api_starts_a_change_of_ones_own_licence_and_refuses_an_unknown_registration_number_or_no_change() {
        Api api = new Api(port);
        Api.Response created = api.post(applicant.username(), "/api/v1/licences/" + licence.registrationNo() + "/changes",
                Map.of("name", "芒市康乐护理院（新址）", "address", "芒市勐焕街道团结大道 88 号", "reason", "迁址"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("matter")).isEqualTo("LICENCE_CHANGE");
        assertThat(created.body().get("requiredMaterials").findValuesAsText("code"))
                .containsExactly("CHANGE_APPLICATION", "LICENCE_ORIGINAL", "NAME_APPROVAL", "NEW_SITE_PROOF");

        assertThat(api.post(applicant.username(), "/api/v1/licences/PDY000000/changes",
                Map.of("beds", 10, "reason", "扩建")).status()).isEqualTo(404);
        assertThat(api.post(applicant.username(), "/api/v1/licences/" + licence.registrationNo() + "/changes",
                Map.of("beds", 60, "reason", "无")).status()).isEqualTo(400);
    }
}
