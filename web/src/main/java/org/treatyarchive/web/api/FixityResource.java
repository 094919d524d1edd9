package org.treatyarchive.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.treatyarchive.document.FixityAudit;

/** The fixity audit on request; administrators only. Answers {@code {"checked": n, "intact": n, "damaged": [...], "missing": [...]}}. */
@Path("fixity")
@Produces(MediaType.APPLICATION_JSON)
public class FixityResource {

    @Inject
    FixityAudit audit;

    @POST
    public FixityAudit.Report run() {
        return audit.auditNow();
    }
}
