package cn.yiyang.identity;

import java.time.LocalDateTime;
import java.util.Set;

/** An account as the ADMIN screens and the API show it; never carries the password hash out. */
public record Account(Long id, String username, String displayName, String departmentCode, Long institutionId,
                      String institutionName, String regionCode, String email, boolean enabled, Set<Role> roles,
                      int version, LocalDateTime createdAt) {
}
