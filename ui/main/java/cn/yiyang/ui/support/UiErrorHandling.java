package cn.yiyang.ui.support;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Any exception that escapes a listener is shown as a notification (its message if a service meant it). */
@Component
class UiErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable t = event.getThrowable();
        if (Problems.messageOf(t).isEmpty()) {
            log.error("Unexpected error in the UI", t);
        }
        if (UI.getCurrent() != null) {
            Problems.show(t);
        }
    }
}
