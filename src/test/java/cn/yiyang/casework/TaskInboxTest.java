package cn.yiyang.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.ConflictException;
import cn.yiyang.shared.FieldErrors;
import cn.yiyang.shared.AccessDeniedProblem;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class TaskInboxTest {

    @Autowired CaseService cases;
    @Autowired TaskInbox inbox;
    @Autowired Users users;

    private CaseInfo submittedTestCase() {
        CurrentUser applicant = users.get("applicant1");
        CaseInfo draft = cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(), "芒市中心敬老院", "收件箱测试");
        return cases.submit(applicant, draft.id(), "test-inbox", CaseStatus.PENDING_ACCEPTANCE, Map.of());
    }

    private TaskItem taskOf(CurrentUser user, CaseInfo c, TaskInbox.Scope scope) {
        return inbox.queue(user, scope, null, null, c.caseNo(), TaskInbox.Sort.DUE, new PageRequest(0, 20)).items()
                .stream().filter(t -> t.caseNo().equals(c.caseNo())).findFirst().orElse(null);
    }

    @Test
    void a_submitted_case_waits_in_the_department_queue_until_a_reviewer_claims_it() {
        CaseInfo c = submittedTestCase();
        CurrentUser health1 = users.get("health1");
        TaskItem task = taskOf(health1, c, TaskInbox.Scope.GROUP);
        assertThat(task).isNotNull();
        assertThat(task.candidateGroups()).containsExactly("HEALTH_REVIEWER");
        assertThat(task.due()).isNotNull();

        inbox.claim(health1, task.id());

        assertThat(taskOf(health1, c, TaskInbox.Scope.MINE)).isNotNull();
        assertThat(taskOf(users.get("health2"), c, TaskInbox.Scope.GROUP)).isNull();
    }

    @Test
    void a_second_claim_of_the_same_task_is_a_conflict() {
        CaseInfo c = submittedTestCase();
        TaskItem task = taskOf(users.get("health1"), c, TaskInbox.Scope.GROUP);
        inbox.claim(users.get("health1"), task.id());

        assertThatThrownBy(() -> inbox.claim(users.get("health2"), task.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("health1");
    }

    @Test
    void another_department_neither_sees_nor_works_the_task() {
        CaseInfo c = submittedTestCase();
        TaskItem task = taskOf(users.get("health1"), c, TaskInbox.Scope.GROUP);
        CurrentUser civil = users.get("civil1");

        assertThat(taskOf(civil, c, TaskInbox.Scope.ALL)).isNull();
        assertThatThrownBy(() -> inbox.claim(civil, task.id())).isInstanceOf(AccessDeniedProblem.class);
    }

    @Test
    void a_refusal_needs_a_reason_and_an_outcome_the_step_allows() {
        CaseInfo c = submittedTestCase();
        CurrentUser health1 = users.get("health1");
        TaskItem task = taskOf(health1, c, TaskInbox.Scope.GROUP);

        assertThatThrownBy(() -> inbox.complete(health1, task.id(), "REJECT", " ", Map.of()))
                .isInstanceOf(FieldErrors.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> inbox.complete(health1, task.id(), "DELIVER", "x", Map.of()))
                .isInstanceOf(FieldErrors.class).hasMessageContaining("outcome");
    }

    @Test
    void a_completed_task_moves_to_done_and_cannot_be_completed_again() {
        CaseInfo c = submittedTestCase();
        CurrentUser health1 = users.get("health1");
        TaskItem task = taskOf(health1, c, TaskInbox.Scope.GROUP);

        inbox.complete(health1, task.id(), "APPROVE", "材料齐全", Map.of());

        assertThat(inbox.done(health1, new PageRequest(0, 50)).items())
                .anySatisfy(d -> assertThat(d.taskId()).isEqualTo(task.id()));
        assertThatThrownBy(() -> inbox.complete(health1, task.id(), "APPROVE", null, Map.of()))
                .isInstanceOf(ConflictException.class);
    }
}
