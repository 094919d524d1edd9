package org.treatyarchive.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.web.language.SolarHijriDates;

/**
 * Every input bound to a {@link HistoricalDate} shows it as the rest of the archive does ("12 August
 * 2018", "June 1997", "2008") and reads what people type, including the ISO forms.
 */
@FacesConverter(forClass = HistoricalDate.class)
public class HistoricalDateConverter implements Converter<HistoricalDate> {

    @Override
    public HistoricalDate getAsObject(FacesContext context, UIComponent component, String value) {
        return DateInput.read(component, value, typed -> SolarHijriDates.read(typed).orElseGet(() -> HistoricalDate.read(typed)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, HistoricalDate value) {
        return value == null ? "" : value.display();
    }
}
