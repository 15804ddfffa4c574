package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseInfo;
import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseSubmission;
import cn.yiyang.casework.CaseView;
import cn.yiyang.casework.MaterialService;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.singlewindow.SingleWindowApplication;
import cn.yiyang.singlewindow.SingleWindowRequest;
import cn.yiyang.singlewindow.SingleWindowService;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The applicant's single-window wizard and the track view on the case page, as the county government's leader. */
@IntegrationTest
class SingleWindowViewsTest {

    @Autowired ApplicationContext ctx;
    @Autowired SingleWindowService singleWindow;
    @Autowired MaterialService materials;
    @Autowired CaseService cases;
    @Autowired CaseSubmission submission;
    @Autowired TaskInbox inbox;
    @Autowired Users users;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    @Test
    void the_wizard_marks_a_missing_name_and_an_invalid_credit_code_and_saves_a_draft_once_they_are_right() {
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, "applicant1");
        UI.getCurrent().navigate("single-window");
        TextField name = _get(TextField.class, spec -> spec.withId("sw-institution-name"));
        TextField creditCode = _get(TextField.class, spec -> spec.withId("sw-credit-code"));
        creditCode.setValue("91350100M000100Y44");
        _get(IntegerField.class, spec -> spec.withId("sw-beds")).setValue(80);
        _click(_get(Button.class, spec -> spec.withId("sw-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("请填写拟设立的医养结合机构名称");

        name.setValue("芒市康寿医养中心");
        _click(_get(Button.class, spec -> spec.withId("sw-save")));
        assertThat(creditCode.isInvalid()).isTrue();
        assertThat(creditCode.getErrorMessage()).contains("统一社会信用代码无效");

        creditCode.setValue(TestData.creditCode());
        _click(_get(Button.class, spec -> spec.withId("sw-save")));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).startsWith("single-window/YCBL-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_leader_sees_every_departments_track_and_extends_the_limit_once_from_the_case_page() {
        CaseInfo c = acceptedCase();
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, "gov-lead");
        UI.getCurrent().navigate("cases/" + c.caseNo());

        Grid<SingleWindowApplication.Track> grid = _get(Grid.class, spec -> spec.withId("sw-track-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(5);
        assertThat(GridKt._get(grid, 1).stateLabel()).isEqualTo("不涉及");
        assertThat(GridKt._get(grid, 0).stateLabel()).isEqualTo("审查中");
        _get(TextField.class, spec -> spec.withId("sw-extend-reason")).setValue("涉及多部门协调，情况复杂");
        _click(_get(Button.class, spec -> spec.withId("sw-extend")));

        assertThat(cases.get(c.id()).extensionDays()).isEqualTo(15);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_government_office_records_the_meeting_on_the_case_page_and_the_referring_department_reviews_again() {
        CaseInfo c = acceptedCase("RENOVATION", false);
        complete("fire1", c, "Task_Review", "REFER", "房屋未办理产权登记，无法消防验收");
        for (String reviewer : new String[] {"civil1", "planning1", "construction1"}) {
            complete(reviewer, c, "Task_Review", "APPROVE", "同意");
        }
        complete("civil1", c, "Task_ReferToGov", "REFER", "提请一事一议");
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, "gov1");
        UI.getCurrent().navigate("cases/" + c.caseNo());

        _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).setValue("DECIDED");
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("task-field-meetingDate"))
                .setValue(cases.today());
        _get(TextField.class, spec -> spec.withId("task-field-participants")).setValue("县政府办、民政局、消防救援大队");
        _get(TextField.class, spec -> spec.withId("task-field-decision")).setValue("同意在安全评估合格后办理消防验收");
        _get(TextField.class, spec -> spec.withId("task-field-conditions")).setValue("委托第三方开展建筑安全评估");
        _click(_get(Button.class, spec -> spec.withText("提交")));

        SingleWindowApplication after = singleWindow.details(users.get("window1"), c.caseNo());
        assertThat(after.meetings()).singleElement().satisfies(m -> assertThat(m.participants()).contains("消防救援大队"));
        assertThat(after.tracks()).filteredOn(t -> t.department().equals("FIRE")).singleElement()
                .satisfies(t -> assertThat(t.stateLabel()).isEqualTo("审查中"));
    }

    private void complete(String username, CaseInfo c, String key, String outcome, String comment) {
        CurrentUser user = users.get(username);
        String task = inbox.queue(user, TaskInbox.Scope.ALL, null, null, c.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 20)).items().stream().filter(t -> t.key().equals(key)).findFirst().orElseThrow().id();
        inbox.complete(user, task, outcome, comment, Map.of());
    }

    private CaseInfo acceptedCase() {
        return acceptedCase("NEW_BUILD", true);
    }

    private CaseInfo acceptedCase(String projectType, boolean propertyRegistered) {
        CurrentUser applicant = users.get("applicant2");
        CaseInfo draft = singleWindow.create(applicant, new SingleWindowRequest("勐戛镇康养中心", TestData.creditCode(),
                projectType, 50, propertyRegistered, true, null));
        for (CaseView.RequiredMaterial m : materials.required(cases.get(draft.id()))) {
            materials.upload(applicant, draft.caseNo(), m.code(), m.code() + ".pdf", new ByteArrayInputStream(TestData.pdf()));
        }
        submission.submit(applicant, draft.caseNo());
        CurrentUser window = users.get("window1");
        String task = inbox.queue(window, TaskInbox.Scope.ALL, null, null, draft.caseNo(), TaskInbox.Sort.DUE,
                new PageRequest(0, 20)).items().get(0).id();
        inbox.complete(window, task, "ACCEPT", null, Map.of());
        return cases.get(draft.id());
    }
}
