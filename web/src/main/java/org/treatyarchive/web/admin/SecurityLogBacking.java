package org.treatyarchive.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;
import org.treatyarchive.user.SecurityEvent;
import org.treatyarchive.user.UserAdministration;
import org.treatyarchive.web.shared.PagedModel;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Backs {@code admin/security-log.xhtml}: the security log, newest first, a page at a time. */
@Named
@ViewScoped
public class SecurityLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    UserAdministration accounts;

    private LazyDataModel<SecurityEvent> events;

    public LazyDataModel<SecurityEvent> getEvents() {
        if (events == null) {
            events = new PagedModel<>((first, size) -> accounts.securityLog(first, size), event -> String.valueOf(event.getId()));
        }
        return events;
    }

    public String when(SecurityEvent event) {
        return WHEN.format(event.getOccurredAt());
    }
}
