package cn.yiyang.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 一个窗口办理 in the demo, once: the county government's LEADER ({@code gov-lead}, who may extend a case by 15
 * working days once) next to the other demo accounts.
 */
@Component
@Profile("demo")
@Order(50)
class DemoSingleWindow implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSingleWindow.class);

    private final JdbcTemplate jdbc;

    DemoSingleWindow(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        governmentLeader();
    }

    /** gov-lead: same demo password and region as gov1 (the demo accounts of demo-data.sql). */
    private void governmentLeader() {
        Integer exists = jdbc.queryForObject("select count(*) from account where username = 'gov-lead'", Integer.class);
        if (exists != null && exists > 0) {
            return;
        }
        jdbc.update("""
                insert into account (username, display_name, password_hash, department_code, institution_id, region_code,
                                     email, enabled, demo_password, created_at)
                select 'gov-lead', '钱副市长（市人民政府）', password_hash, 'GOV', null, region_code, null, true, demo_password, now(3)
                from account where username = 'gov1'""");
        jdbc.update("insert into account_role (account_id, role) select id, 'LEADER' from account where username = 'gov-lead'");
        log.info("Demo account gov-lead (county government LEADER) created");
    }
}
