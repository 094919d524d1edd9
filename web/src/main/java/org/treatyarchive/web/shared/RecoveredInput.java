package org.treatyarchive.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What someone had typed into a form when their session expired, kept in the new session until the
 * same page is shown again (after signing in, if it needs that), where {@code archive.js} puts each
 * value back into the field of the same name. Only fields that exist on the new page come back: rows
 * added to a table since the page was opened are lost with the old session, and the message says to
 * check the form.
 */
@Named
@RequestScoped
public class RecoveredInput {

    private static final String KEPT = RecoveredInput.class.getName();

    private record Kept(String path, Map<String, String> values) implements Serializable {
    }

    /** Keeps the posted fields of the request, minus passwords and the framework's own parameters. */
    public static void keep(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, posted) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (posted.length == 1 && name.contains(":") && !lower.contains("password") && !lower.startsWith("jakarta.faces.")
                    && !lower.startsWith("primefaces.") && !lower.endsWith("_focus") && !lower.endsWith("_input_focus")) {
                values.put(name, posted[0]);
            }
        });
        if (!values.isEmpty()) {
            request.getSession(true).setAttribute(KEPT, new Kept(request.getRequestURI(), values));
        }
    }

    /** Whether this reader's session holds typed values waiting for their page: a page that shows them is theirs alone. */
    public static boolean waiting(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(KEPT) != null;
    }

    private String json;

    /** The values kept for this page as a JSON object of field name to value, once; empty otherwise. */
    public String getJson() {
        if (json == null) {
            json = "";
            HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(KEPT) instanceof Kept kept && kept.path().equals(request.getRequestURI())) {
                session.removeAttribute(KEPT);
                JsonObjectBuilder values = Json.createObjectBuilder();
                kept.values().forEach(values::add);
                json = values.build().toString();
            }
        }
        return json;
    }
}
