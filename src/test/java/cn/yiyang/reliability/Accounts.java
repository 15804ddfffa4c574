package cn.yiyang.reliability;

import cn.yiyang.identity.AccountForm;
import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.Role;
import cn.yiyang.support.Users;
import java.util.Set;

/**
 * Staff the demo data lacks, made once per test run through {@link AccountService} (never by inserting rows): a
 * leader of the county government (GOV) and a reviewer of 财政局 (FINANCE). Their names start with "t", so
 * {@link cn.yiyang.support.Api} logs them in with "test-password-1".
 */
public final class Accounts {

    public static final String GOV_LEADER = "tgov-lead";
    public static final String FINANCE_REVIEWER = "tfinance1";

    private Accounts() {
    }

    public static synchronized void ensure(AccountService accounts, Users users) {
        make(accounts, users, GOV_LEADER, "矩阵测试（市政府负责人）", "GOV", Role.LEADER);
        make(accounts, users, FINANCE_REVIEWER, "矩阵测试（财政局审查）", "FINANCE", Role.REVIEWER);
    }

    private static void make(AccountService accounts, Users users, String username, String name, String department,
                             Role role) {
        if (accounts.find(username).isEmpty()) {
            accounts.create(users.get("admin"), new AccountForm(username, name, "test-password-1", department, null,
                    null, true, Set.of(role), null));
        }
    }
}
