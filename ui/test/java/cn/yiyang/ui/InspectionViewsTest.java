package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.casework.CaseService;
import cn.yiyang.casework.CaseStatus;
import cn.yiyang.casework.TaskInbox;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.inspection.CheckItem;
import cn.yiyang.inspection.ChecklistView;
import cn.yiyang.inspection.Inspection;
import cn.yiyang.inspection.InspectionPlan;
import cn.yiyang.inspection.InspectionPlanRequest;
import cn.yiyang.inspection.InspectionService;
import cn.yiyang.inspection.InspectionWork;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.institution.InstitutionType;
import cn.yiyang.institution.Ownership;
import cn.yiyang.institution.Profit;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.TestData;
import cn.yiyang.support.Users;
import cn.yiyang.ui.inspection.PlanEditorView;
import cn.yiyang.ui.inspection.PlansView;
import cn.yiyang.ui.publicsite.PublicCheckItemsView;
import cn.yiyang.ui.publicsite.PublicInspectionsView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The inspection screens: the plan editor and list; the checklist, second signature, rectification answer and
 * verification on the case view through the generic task panel; the public check items and results pages.
 */
@IntegrationTest
class InspectionViewsTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Autowired ApplicationContext ctx;
    @Autowired InspectionService inspections;
    @Autowired InspectionWork work;
    @Autowired InstitutionService institutions;
    @Autowired CaseService cases;
    @Autowired TaskInbox inbox;
    @Autowired TestData data;
    @Autowired Users users;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    private void as(String username) {
        KaribuSupport.stop();
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, username);
    }

    private Institution institution() {
        String township = "界面检查镇" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
        return institutions.create(users.get("admin"), new InstitutionForm(township + "敬老院", TestData.creditCode(),
                InstitutionType.ELDERLY_CARE, township, null, 30, Ownership.PUBLIC, Profit.NON_PROFIT, false, null));
    }

    @Test
    void the_supervisor_enters_a_plan_in_the_editor_and_it_waits_in_the_list_for_the_leaders_approval() {
        Institution target = institution();
        as("supervisor1");
        UI.getCurrent().navigate(PlanEditorView.class);
        String name = "界面计划" + System.nanoTime();
        _get(TextField.class, spec -> spec.withId("plan-name")).setValue(name);
        @SuppressWarnings("unchecked")
        CheckboxGroup<CheckItem> items = _get(CheckboxGroup.class, spec -> spec.withId("plan-items"));
        items.setValue(java.util.Set.copyOf(items.getListDataView().getItems()
                .filter(i -> List.of("MED-SERVICE", "GREEN-CHANNEL").contains(i.code())).toList()));
        @SuppressWarnings("unchecked")
        ComboBox<String> township = _get(ComboBox.class, spec -> spec.withId("plan-township"));
        township.setValue(target.township());
        _get(IntegerField.class, spec -> spec.withId("plan-percent")).setValue(100);
        _get(DatePicker.class, spec -> spec.withId("plan-period-start")).setValue(LocalDate.now());
        _get(DatePicker.class, spec -> spec.withId("plan-period-end")).setValue(LocalDate.now().plusMonths(1));
        _get(Button.class, spec -> spec.withId("plan-submit")).click();

        _get(PlansView.class);
        InspectionPlan plan = inspections.plans(users.get("supervisor1"), new PageRequest(0, 5)).items().get(0);
        assertThat(plan.name()).isEqualTo(name);
        assertThat(plan.status()).isEqualTo(InspectionPlan.PENDING_APPROVAL);
        assertThat(plan.items()).containsExactly("GREEN-CHANNEL", "MED-SERVICE");
        assertThat(plan.population().township()).isEqualTo(target.township());
        assertThat(plan.proportion()).isEqualByComparingTo("1");
        @SuppressWarnings("unchecked")
        Grid<InspectionPlan> grid = _get(Grid.class, spec -> spec.withId("plans-grid"));
        assertThat(GridKt._get(grid, 0).name()).isEqualTo(name);
    }

    @Test
    void a_plan_with_fewer_than_two_inspectors_per_target_is_refused_beside_the_field_and_nothing_is_created() {
        as("supervisor1");
        long before = inspections.plans(users.get("supervisor1"), new PageRequest(0, 1)).total();
        UI.getCurrent().navigate(PlanEditorView.class);
        _get(TextField.class, spec -> spec.withId("plan-name")).setValue("一人检查计划");
        @SuppressWarnings("unchecked")
        CheckboxGroup<CheckItem> items = _get(CheckboxGroup.class, spec -> spec.withId("plan-items"));
        items.setValue(java.util.Set.of(items.getListDataView().getItems().findFirst().orElseThrow()));
        IntegerField perTarget = _get(IntegerField.class, spec -> spec.withId("plan-per-target"));
        perTarget.setValue(1);
        _get(DatePicker.class, spec -> spec.withId("plan-period-start")).setValue(LocalDate.now());
        _get(DatePicker.class, spec -> spec.withId("plan-period-end")).setValue(LocalDate.now());
        Button submit = _get(Button.class, spec -> spec.withId("plan-submit"));
        submit.click();

        assertThat(perTarget.isInvalid()).isTrue();
        assertThat(perTarget.getErrorMessage()).contains("至少2名执法人员");
        assertThat(submit.isEnabled()).isTrue();
        assertThat(inspections.plans(users.get("supervisor1"), new PageRequest(0, 1)).total()).isEqualTo(before);
    }

    @Test
    void inspectors_fill_and_sign_the_checklist_the_institution_answers_the_rectification_and_the_inspectors_verify() {
        Institution target = institution();
        CurrentUser applicant = data.applicantOf(target, null);
        InspectionPlan plan = inspections.createPlan(users.get("supervisor1"), new InspectionPlanRequest(
                "界面检查" + System.nanoTime(), "HEALTH", List.of("MED-SERVICE", "GREEN-CHANNEL"),
                new InspectionPlanRequest.Population(null, null, target.township()), BigDecimal.ONE, 2,
                LocalDate.now(), LocalDate.now().plusMonths(1)));
        long planCase = cases.findByNo(plan.caseNo()).orElseThrow().id();
        inbox.complete(users.get("health-lead"), inbox.openTaskOf(users.get("health-lead"), planCase,
                "Task_ApprovePlan").orElseThrow(), "APPROVE", "同意", Map.of());
        inspections.draw(users.get("supervisor1"), plan.id(), 99);
        Inspection i = inspections.inspections(users.get("supervisor1"), plan.id()).get(0);

        // the first drawn inspector: a card per item, a photo, one FAIL with its finding
        as(i.inspectorA());
        UI.getCurrent().navigate("cases/" + i.caseNo());
        assertThat(_find(Div.class, spec -> spec.withClasses("check-line"))).hasSize(2);
        work.uploadPhoto(users.get(i.inspectorA()), i.caseNo(), "GREEN-CHANNEL", "现场.png",
                new ByteArrayInputStream(PNG));
        result("MED-SERVICE").setValue("PASS");
        result("GREEN-CHANNEL").setValue("FAIL");
        _get(TextArea.class, spec -> spec.withId("note-GREEN-CHANNEL")).setValue("未开通绿色通道");
        submit("SUBMIT", null);

        // the second: sees the record, signs with a deadline of 10 working days
        as(i.inspectorB());
        UI.getCurrent().navigate("cases/" + i.caseNo());
        @SuppressWarnings("unchecked")
        Grid<ChecklistView.Line> answers = _get(Grid.class, spec -> spec.withId("inspection-answers"));
        assertThat(GridKt._get(answers, 1).result()).isEqualTo("FAIL");
        assertThat(GridKt._get(answers, 1).photos()).hasSize(1);
        _get(IntegerField.class, spec -> spec.withId("task-field-rectificationDays")).setValue(10);
        submit("SIGN", null);
        assertThat(cases.findByNo(i.caseNo()).orElseThrow().status()).isEqualTo(CaseStatus.RECTIFYING);

        // the institution answers with its report and evidence
        as(applicant.username());
        UI.getCurrent().navigate("cases/" + i.caseNo());
        _get(Div.class, spec -> spec.withId("inspection-record"));
        work.uploadEvidence(applicant, i.caseNo(), "绿色通道协议.png", new ByteArrayInputStream(PNG));
        submit("REPORTED", "已与芒市人民医院签订绿色通道协议并张贴流程");
        assertThat(cases.findByNo(i.caseNo()).orElseThrow().status()).isEqualTo(CaseStatus.UNDER_REVIEW);

        // the first inspector verifies on site
        as(i.inspectorA());
        UI.getCurrent().navigate("cases/" + i.caseNo());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> method = _get(RadioButtonGroup.class, spec -> spec.withId("task-field-verifyMethod"));
        method.setValue("ONSITE");
        submit("VERIFIED", "现场查看，绿色通道已开通");
        assertThat(cases.findByNo(i.caseNo()).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(inspections.inspections(users.get("supervisor1"), plan.id()).get(0).result()).isEqualTo("RECTIFIED");
    }

    @Test
    void anyone_reads_the_check_items_and_the_years_draw_records_without_logging_in() {
        KaribuSupport.start(ctx);
        UI.getCurrent().navigate(PublicCheckItemsView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("public-card")))
                .hasSize(inspections.checkItems().size());
        UI.getCurrent().navigate(PublicInspectionsView.class);
        Div draws = _get(Div.class, spec -> spec.withId("public-draws"));
        assertThat(draws.getChildren().count()).isEqualTo(Math.max(1,
                inspections.publicDraws(LocalDate.now().getYear()).size()));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> result(String item) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("result-" + item));
    }

    @SuppressWarnings("unchecked")
    private static void submit(String outcome, String comment) {
        _get(RadioButtonGroup.class, spec -> spec.withLabel("办理结果")).setValue(outcome);
        if (comment != null) {
            _get(TextArea.class, spec -> spec.withLabel("办理意见")).setValue(comment);
        }
        _get(Button.class, spec -> spec.withText("提交")).click();
    }
}
