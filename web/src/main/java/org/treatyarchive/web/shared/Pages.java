package org.treatyarchive.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Leaving the current page: to another page of the archive, or to the not-found page. */
public final class Pages {

    private Pages() {
    }

    /** Redirects to a page of the archive, given by its path inside it ({@code /agreements/list.xhtml}). */
    public static void redirect(String path) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + path);
    }

    /** Answers 404 with the archive's not-found page instead of rendering the current view. */
    public static void notFound(String message) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, message);
        faces.responseComplete();
    }
}
