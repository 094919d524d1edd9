package org.treatyarchive.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.convert.ConverterException;

import java.util.function.Function;

/** What the date converters share: blank means no date, and a refusal names the field by its label. */
final class DateInput {

    private DateInput() {
    }

    static <T> T read(UIComponent component, String value, Function<String, T> reader) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return reader.apply(value);
        } catch (IllegalArgumentException unreadable) {
            String message = labelOf(component) + ": " + Messages.describe(unreadable);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message), unreadable);
        }
    }

    /** The label a person sees for the field: its {@code label} attribute, which {@code p:outputLabel} sets too. */
    static String labelOf(UIComponent component) {
        Object label = component.getAttributes().get("label");
        if (label != null && !label.toString().isBlank()) {
            return label.toString();
        }
        Object ariaLabel = component.getPassThroughAttributes().get("aria-label");
        return ariaLabel != null ? ariaLabel.toString() : "Date";
    }
}
