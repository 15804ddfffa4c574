package cn.yiyang.ui;

import cn.yiyang.identity.CurrentUsers;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The home page sends each person to where their work is: applicants to 我的申请, staff to 待办. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean applicant = CurrentUsers.find().map(u -> u.isApplicant()).orElse(false);
        event.forwardTo(applicant ? "my-cases" : "inbox");
    }
}
