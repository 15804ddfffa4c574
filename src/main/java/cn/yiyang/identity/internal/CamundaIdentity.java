package cn.yiyang.identity.internal;

import cn.yiyang.identity.AccountService.AccountChanged;
import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Department;
import cn.yiyang.identity.Role;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's identity follows the product's. Groups: one per department and staff role (HEALTH_REVIEWER,
 * HEALTH_LEADER, …) plus WINDOW and SUPERVISOR, named in Chinese, so candidate groups read as the organisation does;
 * a user's groups are computed from the account at every request ({@link CurrentUser#candidateGroups()}), not
 * copied. Users: only the ADMIN accounts, because Cockpit's single sign-on needs the user to exist in the engine;
 * their engine password is random and unknown, so Cockpit is entered through the product's login only.
 */
@Component
class CamundaIdentity {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityService identity;
    private final AccountMapper accounts;

    CamundaIdentity(IdentityService identity, AccountMapper accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sync() {
        syncGroups();
        syncAdmins();
    }

    @EventListener
    void onAccountChanged(AccountChanged event) {
        syncAdmins();
    }

    private void syncGroups() {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Department d : accounts.departments()) {
            for (Role role : new Role[] {Role.REVIEWER, Role.LEADER, Role.INSPECTOR}) {
                wanted.put(CurrentUser.group(d.code(), role), d.name() + " · " + role.label());
            }
        }
        wanted.put(Role.WINDOW.name(), Role.WINDOW.label());
        wanted.put(Role.SUPERVISOR.name(), Role.SUPERVISOR.label());
        Set<String> existing = new HashSet<>();
        identity.createGroupQuery().list().forEach(g -> existing.add(g.getId()));
        wanted.forEach((id, name) -> {
            if (!existing.contains(id)) {
                Group group = identity.newGroup(id);
                group.setName(name);
                group.setType("DEPARTMENT");
                identity.saveGroup(group);
            }
        });
    }

    private void syncAdmins() {
        Set<String> existing = new HashSet<>();
        identity.createUserQuery().list().forEach(u -> existing.add(u.getId()));
        for (AccountRow admin : accounts.admins()) {
            if (!existing.contains(admin.username)) {
                User user = identity.newUser(admin.username);
                user.setFirstName(admin.displayName);
                user.setLastName("");
                user.setEmail(admin.email);
                byte[] secret = new byte[32];
                RANDOM.nextBytes(secret);
                user.setPassword(Base64.getEncoder().encodeToString(secret));
                identity.saveUser(user);
            }
        }
    }
}
