package cn.yiyang.identity;

import cn.yiyang.identity.internal.AccountPrincipal;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, for adapters (API, UI) to hand to the services. */
public final class CurrentUsers {

    private CurrentUsers() {
    }

    public static Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("未登录"));
    }
}
