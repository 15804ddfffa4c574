package cn.yiyang.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.Role;
import cn.yiyang.institution.InstitutionService;
import cn.yiyang.licensing.Licence;
import cn.yiyang.support.IntegrationTest;
import cn.yiyang.support.Users;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The licence register: validity and next 校验 for everyone who may see it; the holder applies for a change. */
@IntegrationTest
class LicenceRegisterViewTest {

    /** 芒市福寿康养中心, licensed by the demo data. */
    static final String LICENSED = "91533103MA6K00001K";

    @Autowired ApplicationContext ctx;
    @Autowired AccountService accounts;
    @Autowired InstitutionService institutions;
    @Autowired Users users;

    @AfterEach
    void tearDown() {
        KaribuSupport.stop();
    }

    @SuppressWarnings("unchecked")
    private Grid<Licence> openRegisterAs(String username) {
        KaribuSupport.start(ctx);
        KaribuSupport.login(ctx, username);
        UI.getCurrent().navigate("licences");
        return _get(Grid.class, spec -> spec.withId("licence-grid"));
    }

    @Test
    void the_bureau_sees_licences_with_validity_and_next_check_but_applies_for_no_change() {
        Grid<Licence> grid = openRegisterAs("health1");
        assertThat(GridKt._size(grid)).isPositive();
        Licence first = GridKt._get(grid, 0);
        assertThat(first.validUntil()).isAfter(first.issuedOn());
        assertThat(first.nextCheckDue()).isNotNull();
        assertThat(grid.getColumnByKey("actions")).isNull();
    }

    @Test
    void the_holder_applies_for_a_change_registration_from_its_licence() {
        long institutionId = institutions.findByCreditCode(LICENSED).orElseThrow().id();
        String username = "fushou" + System.nanoTime() % 1_000_000;
        accounts.create(users.get("admin"), new AccountForm(username, "福寿康养中心办事员", "test-password-1", null,
                institutionId, null, true, Set.of(Role.APPLICANT), null));
        Grid<Licence> grid = openRegisterAs(username);
        assertThat(GridKt._size(grid)).isEqualTo(1);

        _click((Button) GridKt._getCellComponent(grid, 0, "actions"));
        Dialog dialog = _get(Dialog.class);
        _get(dialog, IntegerField.class, spec -> spec.withLabel("床位")).setValue(20);
        _get(dialog, TextArea.class, spec -> spec.withLabel("变更理由")).setValue("门诊部增设观察床位");
        _click(_get(dialog, Button.class, spec -> spec.withText("提交变更申请")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                        .map(n -> n.getElement().getProperty("text")).toList().toString())
                .startsWith("cases/BGDJ-");
    }
}
