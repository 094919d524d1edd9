package org.treatyarchive.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.treatyarchive.user.AccountService;
import org.treatyarchive.user.SecurityEvent;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Backs {@code admin/security-log.xhtml}: the security log, newest first, a page at a time. */
@Named
@ViewScoped
public class SecurityLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @Inject
    transient AccountService accounts;

    private LazyDataModel<SecurityEvent> events;

    public LazyDataModel<SecurityEvent> getEvents() {
        if (events == null) {
            events = new LazyDataModel<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public int count(Map<String, FilterMeta> filterBy) {
                    return (int) accounts.securityLog(0, 1).total();
                }

                @Override
                public List<SecurityEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                    return accounts.securityLog(first, pageSize).items();
                }

                @Override
                public String getRowKey(SecurityEvent event) {
                    return String.valueOf(event.getId());
                }
            };
        }
        return events;
    }

    public String when(SecurityEvent event) {
        return WHEN.format(event.getOccurredAt());
    }
}
