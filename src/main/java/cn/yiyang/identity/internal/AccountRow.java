package cn.yiyang.identity.internal;

import cn.yiyang.identity.Account;
import cn.yiyang.identity.Role;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** One account row with its roles folded in by GROUP_CONCAT (one query, no N+1). */
public class AccountRow {
    public Long id;
    public String username;
    public String displayName;
    public String passwordHash;
    public String departmentCode;
    public Long institutionId;
    public String institutionName;
    public String regionCode;
    public String email;
    public boolean enabled;
    public boolean demoPassword;
    public String roles;
    public int version;
    public LocalDateTime createdAt;

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null && !roles.isBlank()) {
            Arrays.stream(roles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }

    public Account toAccount() {
        return new Account(id, username, displayName, departmentCode, institutionId, institutionName, regionCode,
                email, enabled, roleSet(), version, createdAt);
    }
}
