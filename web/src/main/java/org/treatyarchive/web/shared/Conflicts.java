package org.treatyarchive.web.shared;


import java.io.Serializable;
import java.time.Instant;

/**
 * What an edit form says about the version it holds ("last saved by archivist.one on 22 November
 * 2026, 10:05 UTC") and whether its last save was refused because someone else saved first.
 */
public class Conflicts implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean refused;

    public static String lastSaved(String editedBy, Instant editedAt) {
        return editedBy == null ? "" : Messages.text("conflict.lastSaved", editedBy, Messages.moment(editedAt));
    }

    public void refuse(String message) {
        refused = true;
        Messages.error(null, message);
    }

    public void clear() {
        refused = false;
    }

    public boolean isRefused() {
        return refused;
    }
}
