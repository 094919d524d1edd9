package org.treatyarchive.web.feed;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.AgreementSearch.NewlyPublished;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.PartyRef;
import org.treatyarchive.agreement.SearchQuery;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.web.shared.BadParameterException;
import org.treatyarchive.web.shared.UrlParameters;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code /feeds/published.atom}: the 50 agreements first published most recently, newest first, as
 * an Atom 1.0 feed (RFC 4287); {@code party}, {@code subject} and {@code kind} narrow it as they
 * narrow a search. Published records only, whoever asks: a feed is kept by programs, and a draft
 * must not end up in someone's reader. Entries link to the record page and keep its address as
 * their id, so a feed reader shows each agreement once.
 */
@WebServlet("/feeds/published.atom")
public class PublishedFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    transient AgreementCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SearchQuery query;
        try {
            query = new SearchQuery(null, UrlParameters.enumeration("kind", request.getParameter("kind"), AgreementKind.class),
                    request.getParameter("party"), request.getParameter("subject"), null, null, null, null, null);
        } catch (BadParameterException | InvalidRecordException bad) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, bad.getMessage());
            return;
        }
        List<NewlyPublished> entries = catalog.newlyPublished(query, ENTRIES);
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
        response.setContentType("application/atom+xml; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            write(xml, entries, base, self(request));
            xml.close();
        } catch (XMLStreamException failed) {
            throw new IOException("Could not write the feed", failed);
        }
    }

    private static void write(XMLStreamWriter xml, List<NewlyPublished> entries, String base, String self) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        element(xml, "title", "Treaty Archive: newly published agreements");
        element(xml, "id", self);
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", base + "/agreements/list.xhtml", "text/html");
        // An empty feed is still valid Atom: it needs an updated time, the start of the epoch says "never".
        element(xml, "updated", time(entries.isEmpty() ? Instant.EPOCH : entries.get(0).firstPublished()));
        xml.writeStartElement("author");
        element(xml, "name", "Treaty Archive");
        xml.writeEndElement();
        for (NewlyPublished entry : entries) {
            AgreementSummary agreement = entry.agreement();
            String page = base + "/agreements/view.xhtml?ref=" + URLEncoder.encode(agreement.reference(), StandardCharsets.UTF_8);
            xml.writeStartElement("entry");
            element(xml, "id", page);
            element(xml, "title", agreement.reference() + " " + agreement.displayTitle());
            link(xml, "alternate", page, "text/html");
            link(xml, "related", base + "/api/agreements/" + agreement.reference(), "application/json");
            element(xml, "published", time(entry.firstPublished()));
            element(xml, "updated", time(entry.firstPublished()));
            element(xml, "summary", summary(agreement));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    /** "Convention, signed 12 August 2018 in Aktau; parties: AZ, IR, KZ, RU, TM." */
    static String summary(AgreementSummary agreement) {
        String parties = agreement.parties().stream().map(PartyRef::code).collect(Collectors.joining(", "));
        return agreement.kind().getLabel() + (agreement.signed() == null ? "" : ", signed " + agreement.signed().display())
                + (agreement.placeOfSignature() == null ? "" : " in " + agreement.placeOfSignature())
                + (parties.isEmpty() ? "" : "; parties: " + parties) + ".";
    }

    private static String self(HttpServletRequest request) {
        String query = request.getQueryString();
        return request.getRequestURL().toString() + (query == null ? "" : "?" + query);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    private static String time(Instant at) {
        return DateTimeFormatter.ISO_INSTANT.format(at);
    }
}
