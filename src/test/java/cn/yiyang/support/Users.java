package cn.yiyang.support;

import cn.yiyang.identity.AccountService;
import cn.yiyang.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The demo accounts as the services see them. */
@Component
public class Users {

    private final AccountService accounts;

    Users(AccountService accounts) {
        this.accounts = accounts;
    }

    public CurrentUser get(String username) {
        var a = accounts.find(username).orElseThrow();
        return new CurrentUser(a.username(), a.displayName(), a.roles(), a.departmentCode(), a.institutionId(),
                a.regionCode());
    }
}
