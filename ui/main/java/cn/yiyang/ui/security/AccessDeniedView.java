package cn.yiyang.ui.security;

import cn.yiyang.shared.AccessDeniedProblem;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page a logged-in person may open by its annotation but whose content the services refuse them (e.g. the 驾驶舱 for
 * a reviewer, the indicators for an applicant): a 403 page with the service's reason. Without it such a refusal, thrown
 * while the view is built, ended in Vaadin's "Internal Server Error" page with status 500 and an error in the log.
 * It is an error view, not a route, so nobody navigates to it; it is open to whoever is sent here.
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedProblem> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedProblem> parameter) {
        removeAll();
        setId("access-denied");
        String reason = parameter.getException().getMessage();
        add(new H2("无权访问"), new Paragraph(reason == null || reason.isBlank() ? "当前账号的角色不允许查看此页面" : reason),
                new RouterLink("返回首页", cn.yiyang.ui.HomeView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
