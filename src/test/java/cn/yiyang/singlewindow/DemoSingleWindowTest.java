package cn.yiyang.singlewindow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yiyang.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo has single-window cases awaiting acceptance, under review, in 补正 and delivered, and the GOV leader. */
@IntegrationTest
class DemoSingleWindowTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_demo_single_window_cases_are_in_four_states_and_the_government_leader_exists() {
        List<String> statuses = jdbc.queryForList("""
                select c.status from case_file c join sw_application a on a.case_id = c.id
                where a.credit_code in ('52533103MJ00000110', '52533103MJ00000224', '52533103MJ00000338', '52533103MJ0000044C')
                order by a.credit_code""", String.class);
        assertThat(statuses).containsExactly("CLOSED", "PENDING_ACCEPTANCE", "UNDER_REVIEW", "SUPPLEMENTING");
        assertThat(jdbc.queryForObject("""
                select count(*) from account a join account_role r on r.account_id = a.id
                where a.username = 'gov-lead' and a.department_code = 'GOV' and r.role = 'LEADER'""", Integer.class))
                .isEqualTo(1);
    }
}
