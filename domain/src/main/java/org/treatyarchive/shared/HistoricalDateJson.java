package org.treatyarchive.shared;

import jakarta.json.bind.adapter.JsonbAdapter;

/** Partial dates in JSON in their ISO-like form: 2018-08-12, 1997-06 or 2008. */
public class HistoricalDateJson implements JsonbAdapter<HistoricalDate, String> {

    @Override
    public String adaptToJson(HistoricalDate date) {
        return date == null ? null : date.toIsoString();
    }

    @Override
    public HistoricalDate adaptFromJson(String text) {
        return text == null || text.isBlank() ? null : HistoricalDate.read(text);
    }
}
