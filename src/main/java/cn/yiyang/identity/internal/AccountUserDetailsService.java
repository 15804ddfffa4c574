package cn.yiyang.identity.internal;

import cn.yiyang.identity.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountMapper accounts;

    AccountUserDetailsService(AccountMapper accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRow row = accounts.findByUsername(username);
        if (row == null) {
            throw new UsernameNotFoundException("unknown account");
        }
        CurrentUser user = new CurrentUser(row.username, row.displayName, row.roleSet(), row.departmentCode,
                row.institutionId, row.regionCode);
        return new AccountPrincipal(user, row.passwordHash, row.enabled);
    }
}
