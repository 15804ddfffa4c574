package cn.yiyang.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What an ADMIN enters to create or change an account. A blank password on update keeps the old one. */
public record AccountForm(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,63}", message = "{account.username.pattern}") String username,
        @NotBlank(message = "{account.displayName.required}") @Size(max = 100) String displayName,
        @Size(min = 8, max = 100, message = "{account.password.size}") String password,
        String departmentCode,
        Long institutionId,
        @Email(message = "{account.email.invalid}") String email,
        boolean enabled,
        @NotEmpty(message = "{account.roles.required}") Set<Role> roles,
        Integer version) {
}
