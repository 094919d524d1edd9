package org.treatyarchive.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import org.treatyarchive.shared.ArchiveException;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.web.language.DomainMessages;
import org.treatyarchive.web.language.InterfaceLanguage;
import org.treatyarchive.web.language.LanguageChoice;
import org.treatyarchive.web.language.LocalizedDates;

import java.time.Instant;
import java.util.Map;

/** Puts a service's message next to the field it concerns, or at the top of the form. */
public final class Messages {

    private Messages() {
    }

    /**
     * @param fields the service's field names mapped to the client ids of the inputs that edit them
     */
    public static void invalid(InvalidRecordException invalid, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(fields.get(invalid.getField()), new FacesMessage(FacesMessage.SEVERITY_ERROR, describe(invalid), null));
        faces.validationFailed();
    }

    /** An error next to one input ({@code clientId}), or at the top of the form ({@code null}). */
    public static void error(String clientId, String message) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A warning at the top of the page that is rendered now; it does not stop anything. */
    public static void warn(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, message, null));
    }

    /** A confirmation shown on the page that is rendered now. */
    public static void done(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    /** What a rule of the archive said, in the language of the request being answered. */
    public static String describe(ArchiveException refusal) {
        return DomainMessages.of(refusal, language());
    }

    /** The same for text that is not a date the archive reads. */
    public static String describe(IllegalArgumentException unreadable) {
        return DomainMessages.of(unreadable, language());
    }

    /** A moment of the archive's (a save, a review step) as the language of the request writes it. */
    public static String moment(Instant at) {
        return LocalizedDates.moment(at, language());
    }

    private static InterfaceLanguage language() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http ? LanguageChoice.of(http) : InterfaceLanguage.DEFAULT;
    }

    /** A text of the interface in the language of the request being answered ({@code messages.properties} and its translations). */
    public static String text(String key, Object... parameters) {
        return LanguageChoice.text(language(), key, parameters);
    }

    /** A confirmation that survives the redirect after a successful save. */
    public static void doneAfterRedirect(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
