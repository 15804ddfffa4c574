package cn.yiyang.ui.support;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Each new session starts in Chinese (zh-CN is the product's language; English is switched to in the header), and any
 * exception that escapes a listener is shown as a notification (its message if a service meant it).
 */
@Component
class UiSessionSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSessionSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(Locale.SIMPLIFIED_CHINESE);
            init.getSession().setErrorHandler(this::handle);
        });
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
