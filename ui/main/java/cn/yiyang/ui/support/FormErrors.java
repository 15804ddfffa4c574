package cn.yiyang.ui.support;

import cn.yiyang.shared.FieldErrors;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.Binder;

/** Puts a service's field errors beside the fields of a binder; errors of unbound fields become a notification. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(Binder<?> binder, FieldErrors errors) {
        for (FieldErrors.FieldError error : errors.errors()) {
            var binding = binder.getBinding(error.field());
            if (binding.isPresent() && binding.get().getField() instanceof HasValidation field) {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            } else {
                Problems.error(error.message());
            }
        }
    }
}
