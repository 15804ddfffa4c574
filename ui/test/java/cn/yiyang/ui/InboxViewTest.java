package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.Matter;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.casework.TaskItem;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import cn.yiyang.ui.cases.MyCasesView;
import cn.yiyang.ui.admin.AccountsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class InboxViewTest {

    @Autowired ApplicationContext ctx;
    @Autowired CaseService cases;
    @Autowired TaskInbox inbox;
    @Autowired Users users;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    private CaseInfo submittedTestCase() {
        CurrentUser applicant = users.get("applicant1");
        CaseInfo draft = cases.createDraft(applicant, Matter.CLINIC_FILING, applicant.institutionId(), "芒市中心敬老院",
                "界面测试");
        return cases.submit(applicant, draft.id(), "test-inbox", CaseStatus.PENDING_ACCEPTANCE, Map.of());
    }

    private void openInboxAs(String username) {
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, username);
        UI.getCurrent().navigate("inbox");
    }

    /** Shows one scope, filtered to the case, and answers the rows' case numbers. */
    private Grid<TaskItem> showScope(int tabIndex, String caseNo) {
        _get(Tabs.class, spec -> spec.withId("inbox-scope")).setSelectedIndex(tabIndex);
        _get(TextField.class, spec -> spec.withLabel("搜索")).setValue(caseNo);
        @SuppressWarnings("unchecked")
        Grid<TaskItem> grid = _get(Grid.class, spec -> spec.withId("inbox-grid"));
        return grid;
    }

    private static List<String> caseNumbers(Grid<TaskItem> grid) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            numbers.add(GridKt._get(grid, i).caseNo());
        }
        return numbers;
    }

    private static Optional<Button> button(Grid<TaskItem> grid, int row, String text) {
        var cell = GridKt._getCellComponent(grid, row, "actions");
        return _find(cell, Button.class, spec -> spec.withText(text)).stream().findFirst();
    }

    @Test
    void reviewer_claims_a_task_from_the_department_queue() {
        CaseInfo c = submittedTestCase();
        openInboxAs("health1");

        Grid<TaskItem> queue = showScope(1, c.caseNo());
        assertThat(caseNumbers(queue)).containsExactly(c.caseNo());
        assertThat(GridKt._get(queue, 0).assignee()).isNull();
        button(queue, 0, "认领").orElseThrow().click();

        assertThat(caseNumbers(showScope(1, c.caseNo()))).isEmpty();
        Grid<TaskItem> mine = showScope(0, c.caseNo());
        assertThat(caseNumbers(mine)).containsExactly(c.caseNo());
        assertThat(GridKt._get(mine, 0).assignee()).isEqualTo("health1");
        assertThat(button(mine, 0, "退回")).isPresent();
    }

    @Test
    void a_task_claimed_meanwhile_by_a_colleague_shows_the_conflict_instead_of_claiming() {
        CaseInfo c = submittedTestCase();
        openInboxAs("health1");
        Grid<TaskItem> queue = showScope(1, c.caseNo());
        Button claim = button(queue, 0, "认领").orElseThrow();

        inbox.claim(users.get("health2"), GridKt._get(queue, 0).id());
        claim.click();

        List<Notification> shown = NotificationsKt.getNotifications();
        assertThat(shown).extracting(n -> n.getElement().getProperty("text"))
                .anySatisfy(text -> assertThat(text).contains("已被 health2 认领"));
        assertThat(caseNumbers(showScope(0, c.caseNo()))).isEmpty();
    }

    @Test
    void applicant_sees_my_cases_and_no_admin_navigation() {
        CaseInfo c = submittedTestCase();
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, "applicant1");
        UI.getCurrent().navigate("");

        _get(MyCasesView.class);
        @SuppressWarnings("unchecked")
        Grid<cn.yiyang.casework.CaseSummary> grid = _get(Grid.class, spec -> spec.withId("case-grid"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            numbers.add(GridKt._get(grid, i).caseNo());
        }
        assertThat(numbers).contains(c.caseNo());
        List<String> paths = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(paths).contains("my-cases").noneMatch(p -> p.startsWith("admin"));
        assertThat(_find(SideNav.class)).hasSize(1);
    }

    @Test
    void only_an_admin_may_open_the_admin_views() {
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, "health1");
        UI.getCurrent().navigate("admin/accounts");

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(target -> target instanceof AccountsView);
    }
}
