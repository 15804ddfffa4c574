package cn.yiyang.identity.internal;

import cn.yiyang.identity.CurrentUser;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountMapper accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountMapper accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRow row = accounts.findByUsername(username);
        if (row == null) {
            throw new UsernameNotFoundException("unknown account");
        }
        CurrentUser user = new CurrentUser(row.username, row.displayName, row.roleSet(), row.departmentCode,
                row.institutionId, row.regionCode);
        return new AccountPrincipal(user, row.passwordHash, row.enabled, throttle.isLocked(username));
    }
}
