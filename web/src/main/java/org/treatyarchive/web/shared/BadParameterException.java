package org.treatyarchive.web.shared;

/** A parameter of a URL or an API body cannot be understood; the API answers 400 naming it, a page shows the message. */
public class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
