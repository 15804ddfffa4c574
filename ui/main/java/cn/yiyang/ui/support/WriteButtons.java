package cn.yiyang.ui.support;

import com.vaadin.flow.component.button.Button;

/**
 * A button that writes is disabled in the browser the moment it is clicked, before its request leaves, and enabled
 * again in the server's answer: a double click sends one request. (The service refuses a second one with 409
 * anyway; this spares the person the notice.)
 */
public final class WriteButtons {

    private WriteButtons() {
    }

    /** Disables {@code button} on click; enabled again once its click listeners have run, whatever they did. */
    public static <B extends Button> B guard(B button) {
        button.setDisableOnClick(true);
        // all listeners of one click run in the same round trip, so the order does not matter to the browser
        button.addClickListener(e -> button.setEnabled(true));
        return button;
    }
}
