package org.treatyarchive.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import org.treatyarchive.shared.NotFoundException;

import java.io.IOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a person's typed work when something goes wrong inside a form, instead of answering with an
 * error page that drops it:
 * <ul>
 * <li>an unexpected error while a posted form is processed re-renders the same form, with every value
 * as typed, and a message at the top that says what happened and gives an incident number that the
 * server log carries with the stack trace;</li>
 * <li>a session that expired while someone typed ({@link ViewExpiredException}: the server no longer
 * holds the form) sends them back to the same page, and {@link RecoveredInput} puts what they had typed
 * into the fields that exist there again. Passwords are never kept.</li>
 * </ul>
 * Not-found answers and errors while a page is being rendered (there is no form to keep then) still go
 * to the error pages.
 */
public class FormExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(FormExceptionHandler.class.getName());

    public FormExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
        while (queued.hasNext()) {
            ExceptionQueuedEvent event = queued.next();
            Throwable thrown = event.getContext().getException();
            PhaseId phase = event.getContext().getPhaseId();
            if (causedBy(thrown, ViewExpiredException.class) && backToTheForm(faces)) {
                queued.remove();
            } else if (phase != PhaseId.RENDER_RESPONSE && !causedBy(thrown, NotFoundException.class) && keepTheForm(faces, thrown)) {
                queued.remove();
            }
        }
        getWrapped().handle();
    }

    private static boolean backToTheForm(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        if (!(external.getRequest() instanceof HttpServletRequest request) || !"POST".equals(request.getMethod())) {
            return false;
        }
        RecoveredInput.keep(request);
        try {
            external.redirect(samePage(request));
            faces.responseComplete();
            return true;
        } catch (IOException | IllegalStateException cannotRedirect) {
            return false;
        }
    }

    /**
     * The page the form was on, with its query string (the record it edits): the browser's Referer
     * when it is this same page, else the posted path.
     */
    public static String samePage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI from = URI.create(referer);
                String self = request.getRequestURL().toString();
                URI here = URI.create(self);
                if (from.getHost() != null && from.getHost().equalsIgnoreCase(here.getHost()) && from.getPort() == here.getPort()
                        && request.getRequestURI().equals(from.getRawPath())) {
                    return from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
                }
            } catch (IllegalArgumentException notAUri) {
                // fall back to the posted path
            }
        }
        return request.getRequestURI();
    }

    private static boolean keepTheForm(FacesContext faces, Throwable thrown) {
        if (!faces.isPostback() || faces.getViewRoot() == null || faces.getResponseComplete()) {
            return false;
        }
        String message;
        Optional<Outage.Part> away = Outage.of(thrown);
        if (away.isPresent()) {
            Outage.log(LOG, thrown);
            message = away.get().message() + " What you typed is still here.";
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident + " in " + faces.getViewRoot().getViewId() + "; the form was kept", thrown);
            message = "Something went wrong on the server (incident " + incident + "), and nothing was saved by this step. "
                    + "What you typed is still here: try again, and if it happens again, copy your text and tell an administrator "
                    + "the incident number.";
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        faces.validationFailed();
        faces.renderResponse();
        return true;
    }

    private static boolean causedBy(Throwable thrown, Class<? extends Throwable> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Registered in {@code faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FormExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
