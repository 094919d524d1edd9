package org.treatyarchive.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.treatyarchive.shared.DatePrecision;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.web.language.SolarHijriDates;

import java.time.LocalDate;

/**
 * Inputs for a day ({@link LocalDate}: a party's signature, consent, entry into force, withdrawal)
 * take the same typed forms as every other date field ("6 July 1998", "06.07.1998", "1998-07-06"),
 * so that an archivist never has to remember which field wants which.
 */
@FacesConverter(forClass = LocalDate.class)
public class DayConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return DateInput.read(component, value, typed -> {
            HistoricalDate date = SolarHijriDates.read(typed).orElseGet(() -> HistoricalDate.read(typed));
            if (date.precision() != DatePrecision.DAY) {
                throw new IllegalArgumentException("'" + typed.strip() + "' names " + (date.precision() == DatePrecision.MONTH ? "a month" : "a year")
                        + "; this field needs the day (6 July 1998, 06.07.1998 or 1998-07-06).");
            }
            return date.earliest();
        });
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : HistoricalDate.ofDay(value).display();
    }
}
