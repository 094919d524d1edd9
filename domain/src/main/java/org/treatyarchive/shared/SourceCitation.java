package org.treatyarchive.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/** Where a fact of a record comes from: a bibliographic citation and, where there is one, a link. */
@Embeddable
public class SourceCitation implements Serializable {

    public static final int CITATION_MAX = 1000;
    public static final int URL_MAX = 500;

    @Column(name = "citation", length = CITATION_MAX, nullable = false)
    private String citation;

    @Column(name = "url", length = URL_MAX)
    private String url;

    protected SourceCitation() {
        // for JPA
    }

    public SourceCitation(String citation, String url) {
        this.citation = Check.requiredText("sources", "The citation of a source", citation, CITATION_MAX);
        this.url = checkUrl(Check.optionalText("sources", "The link of a source", url, URL_MAX));
    }

    public static SourceCitation of(String citation) {
        return new SourceCitation(citation, null);
    }

    private static String checkUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                throw new URISyntaxException(url, "not http or https");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new InvalidRecordException("sources", Phrase.of("sources.notAddress", url));
        }
    }

    public String getCitation() {
        return citation;
    }

    public String getUrl() {
        return url;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceCitation that && citation.equals(that.citation) && Objects.equals(url, that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(citation, url);
    }
}
