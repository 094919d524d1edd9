package org.treatyarchive.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;

/**
 * Checks a form's Bean Validation constraints again in the service: a forged request never met the
 * page's validation. The first broken constraint becomes an {@link InvalidRecordException} naming
 * the form's property (a table's name for a row inside it), as the domain's own checks do.
 */
@ApplicationScoped
public class FormValidation {

    @Inject
    Validator validator;

    public <T> T check(String label, T form) {
        Check.required("form", label, form);
        validator.validate(form).stream()
                .min(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    String path = violation.getPropertyPath().toString();
                    int row = path.indexOf('[');
                    throw new InvalidRecordException(row < 0 ? path : path.substring(0, row), violation.getMessage());
                });
        return form;
    }
}
