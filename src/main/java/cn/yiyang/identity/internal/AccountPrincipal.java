package cn.yiyang.identity.internal;

import cn.yiyang.identity.CurrentUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in account: Spring Security's view of it, carrying the {@link CurrentUser} the services need. */
public final class AccountPrincipal implements UserDetails {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;

    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        this(user, passwordHash, enabled, false);
    }

    /** {@code locked}: login throttled after repeated failures ({@link LoginThrottle}). */
    AccountPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public List<String> groups() {
        return user.candidateGroups();
    }
}
