package org.treatyarchive.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.treatyarchive.shared.SourceCitation;

import java.io.Serializable;

/** A source: a citation and perhaps a link. */
public class SourceEntry implements Serializable {
    private static final long serialVersionUID = 1L;
    @NotBlank(message = "Enter the citation, or remove the row.")
    @Size(max = SourceCitation.CITATION_MAX, message = "The citation is too long: at most {max} characters.")
    private String citation;
    @Size(max = SourceCitation.URL_MAX, message = "The link is too long: at most {max} characters.")
    private String url;

    public SourceEntry() {
    }

    public SourceEntry(String citation, String url) {
        this.citation = citation;
        this.url = url;
    }

    public String getCitation() { return citation; }
    public void setCitation(String citation) { this.citation = citation; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
