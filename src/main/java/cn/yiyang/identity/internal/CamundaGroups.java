package cn.yiyang.identity.internal;

import cn.yiyang.identity.CurrentUser;
import cn.yiyang.identity.Department;
import cn.yiyang.identity.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine's groups follow the departments: one group per department and staff role (HEALTH_REVIEWER,
 * HEALTH_LEADER, …) plus WINDOW and SUPERVISOR, named in Chinese, so that candidate groups in the models and in
 * Cockpit read as the organisation does. Membership is not copied: the product computes a user's groups from the
 * account ({@link CurrentUser#candidateGroups()}) at every request.
 */
@Component
class CamundaGroups {

    private final IdentityService identity;
    private final AccountMapper accounts;

    CamundaGroups(IdentityService identity, AccountMapper accounts) {
        this.identity = identity;
        this.accounts = accounts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void sync() {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Department d : accounts.departments()) {
            for (Role role : new Role[] {Role.REVIEWER, Role.LEADER, Role.INSPECTOR}) {
                wanted.put(CurrentUser.group(d.code(), role), d.name() + " · " + role.label());
            }
        }
        wanted.put(Role.WINDOW.name(), Role.WINDOW.label());
        wanted.put(Role.SUPERVISOR.name(), Role.SUPERVISOR.label());
        java.util.Set<String> existing = new java.util.HashSet<>();
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
}
