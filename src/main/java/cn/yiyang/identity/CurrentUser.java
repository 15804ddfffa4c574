package cn.yiyang.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who is acting: everything a service needs to check access. Candidate groups of the engine follow
 * departments and roles ({@code HEALTH_REVIEWER}, {@code HEALTH_LEADER}, {@code WINDOW}); an applicant's
 * tasks go to the group of its institution ({@code INST_42}).
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, String departmentCode,
                          Long institutionId, String regionCode) {

    public static final String SYSTEM = "system";

    public static CurrentUser system(String regionCode) {
        return new CurrentUser(SYSTEM, "系统", Set.of(Role.ADMIN), null, null, regionCode);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    public boolean isApplicant() {
        return has(Role.APPLICANT) && institutionId != null;
    }

    public List<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles) {
            switch (role) {
                case APPLICANT -> {
                    if (institutionId != null) {
                        groups.add(institutionGroup(institutionId));
                    }
                }
                case WINDOW, SUPERVISOR, ADMIN -> groups.add(role.name());
                default -> {
                    if (departmentCode != null) {
                        groups.add(group(departmentCode, role));
                    }
                }
            }
        }
        return List.copyOf(groups);
    }

    public static String group(String departmentCode, Role role) {
        return departmentCode + "_" + role.name();
    }

    public static String institutionGroup(long institutionId) {
        return "INST_" + institutionId;
    }
}
