package cn.yiyang.ui;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Browserless Vaadin in the product's Spring context, logged in as one of the demo accounts. */
final class KaribuSupport {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("cn.yiyang.ui");

    private KaribuSupport() {
    }

    static void start(ApplicationContext ctx) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, ctx, uiFactory));
        // the product's sessions start in zh-CN (UiSessionSetup; checked in the browser test): the same here
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    /** Logs in the way the login form would: the account's principal in the security context and the request. */
    static void login(ApplicationContext ctx, String username) {
        UserDetails account = ctx.getBean(UserDetailsService.class).loadUserByUsername(username);
        var authentication = new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> account.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
    }

    static void stop() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }
}
