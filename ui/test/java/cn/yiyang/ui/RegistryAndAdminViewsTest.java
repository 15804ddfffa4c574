package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.institution.Institution;
import cn.yiyang.institution.InstitutionForm;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.shared.PageRequest;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class RegistryAndAdminViewsTest {

    @Autowired ApplicationContext ctx;
    @Autowired InstitutionService institutions;
    @Autowired Users users;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    private void open(String username, String route) {
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, username);
        UI.getCurrent().navigate(route);
    }

    private static void click(String text) {
        _get(Button.class, spec -> spec.withText(text)).click();
    }

    private static java.util.List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text")).toList();
    }

    @Test
    void a_credit_code_with_a_wrong_check_character_is_shown_beside_the_field() {
        open("admin", "institutions");
        click("新增机构");
        var dialog = _get(com.vaadin.flow.component.dialog.Dialog.class);
        _get(dialog, TextField.class, spec -> spec.withLabel("机构名称")).setValue("校验测试养老院");
        TextField code = _get(dialog, TextField.class, spec -> spec.withLabel("统一社会信用代码"));
        code.setValue("91350100M000100Y44");
        _get(dialog, com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("机构类型"))
                .setValue(cn.yiyang.institution.InstitutionType.ELDERLY_CARE);
        _get(dialog, com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("乡镇")).setValue("勐焕街道");
        _get(dialog, com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("举办性质"))
                .setValue(cn.yiyang.institution.Ownership.PRIVATE);
        _get(dialog, com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("经营性质"))
                .setValue(cn.yiyang.institution.Profit.NON_PROFIT);

        click("保存");

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("校验不通过");
    }

    @Test
    void saving_an_institution_someone_else_changed_meanwhile_shows_the_conflict() {
        CurrentUser admin = users.get("admin");
        Institution target = institutions.search(admin, "芒市中心敬老院", null, null, new PageRequest(0, 5)).items().get(0);
        open("admin", "institutions");
        _get(TextField.class, spec -> spec.withLabel("搜索")).setValue("芒市中心敬老院");
        @SuppressWarnings("unchecked")
        Grid<Institution> grid = _get(Grid.class, spec -> spec.withId("institution-grid"));
        int row = 0;
        while (!GridKt._get(grid, row).id().equals(target.id())) {
            row++;
        }
        _get(GridKt._getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withText("编辑")).click();

        Institution now = institutions.get(admin, target.id());
        institutions.update(admin, now.id(), new InstitutionForm(now.name(), now.creditCode(), now.type(),
                now.township(), now.address(), now.beds(), now.ownership(), now.profit(), now.hasInternalMedical(),
                now.version()));
        click("保存");

        assertThat(notifications()).anySatisfy(text -> assertThat(text).contains("已被他人修改"));
    }

    @Test
    void an_inspector_sees_the_registry_without_edit_buttons() {
        open("inspector1", "institutions");
        assertThat(_find(Button.class, spec -> spec.withText("新增机构"))).isEmpty();
    }

    @Test
    void admin_verifies_the_audit_trail_from_the_audit_view() {
        open("admin", "admin/audit");
        click("核验审计链");
        assertThat(_get(Div.class, spec -> spec.withId("audit-result")).getElement().getTextRecursively())
                .contains("条链").contains("条记录");
    }

    @Test
    void admin_sees_a_year_of_holidays_and_saves_it_back() {
        open("admin", "admin/calendar");
        @SuppressWarnings("unchecked")
        Grid<cn.yiyang.calendar.HolidayYear.Day> days = _get(Grid.class, spec -> spec.withId("holiday-grid"));
        int before = GridKt._size(days);
        assertThat(before).isPositive();

        click("保存");

        assertThat(notifications()).contains("已保存");
        assertThat(GridKt._size(days)).isEqualTo(before);
    }
}
