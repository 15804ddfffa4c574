package cn.yiyang.benchmark;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Heap retained per open inbox session: N Vaadin sessions (Karibu's browserless sessions on one servlet, in the
 * product's Spring context), each logged in as a reviewer with the InboxView open and its first page loaded, all
 * kept reachable as the servlet container would keep them; heap used after full GCs (MemoryMXBean) before and
 * after, divided by N. The servlet, its service and the routes exist before the baseline, so only what a session
 * adds is counted: the VaadinSession, its UI, the view's component tree and the state the server keeps for the
 * client (the state tree). Not counted: the HTTP session object of a real container (a few hundred bytes).
 */
final class UiSessionMemory {

    private UiSessionMemory() {
    }

    static Map<String, Object> measure(ApplicationContext ctx, int sessions, String... reviewers) throws Exception {
        Routes routes = new Routes().autoDiscoverViews("cn.yiyang.ui");
        Function0<UI> uiFactory = UI::new;
        MockSpringServlet servlet = new MockSpringServlet(routes, ctx, uiFactory);
        List<Object> kept = new ArrayList<>();
        open(ctx, servlet, uiFactory, reviewers[0], kept); // warm: servlet init, classes, caches
        open(ctx, servlet, uiFactory, reviewers[0], kept);
        kept.clear();
        MockVaadin.tearDown();
        long before = heapAfterGc();
        long start = System.nanoTime();
        for (int i = 0; i < sessions; i++) {
            open(ctx, servlet, uiFactory, reviewers[i % reviewers.length], kept);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = heapAfterGc();
        long alive = kept.stream().filter(o -> o instanceof UI ui && ui.isAttached()
                && ui.getSession() != null && ui.getSession().getUIs().contains(ui)).count();
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sessions", sessions);
        m.put("sessionsStillOpenAtMeasurement", alive);
        m.put("heapBeforeMb", Stats.round(before / 1048576.0));
        m.put("heapAfterMb", Stats.round(after / 1048576.0));
        m.put("retainedPerSessionKb", Stats.round((after - before) / 1024.0 / sessions));
        m.put("openSecondsEach", Stats.round(seconds / sessions));
        m.put("method", "Karibu browserless Vaadin sessions with InboxView open, kept reachable; MemoryMXBean heap "
                + "used after System.gc() x3, (after - before) / sessions");
        kept.clear();
        return m;
    }

    private static void open(ApplicationContext ctx, MockSpringServlet servlet, Function0<UI> uiFactory, String user,
                             List<Object> kept) {
        MockVaadin.setup(uiFactory, servlet);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        UserDetails account = ctx.getBean(UserDetailsService.class).loadUserByUsername(user);
        var authentication = new UsernamePasswordAuthenticationToken(account, null, account.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> account.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals(role)));
        UI.getCurrent().navigate("inbox");
        kept.add(VaadinSession.getCurrent());
        kept.add(UI.getCurrent());
        kept.add(request.getSession());
    }

    static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(150);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
