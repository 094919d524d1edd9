package org.treatyarchive.web.oai;

import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.Participation;
import org.treatyarchive.agreement.Publication;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.SourceCitation;
import org.treatyarchive.subject.Subject;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the OAI-PMH response elements and the two metadata formats, streaming, record by record. */
final class OaiWriter {

    static final String OAI = "http://www.openarchives.org/OAI/2.0/";
    static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    static final String TREATY = "urn:treatyarchive:agreement:1";
    static final Set<String> PREFIXES = Set.of("oai_dc", "treaty");
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    /** A write that failed inside a record's callback, where checked exceptions cannot pass. */
    static final class WriteFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteFailed(Exception cause) {
            super(cause);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    private final XMLStreamWriter xml;
    private final String base;
    private final String prefix;

    OaiWriter(XMLStreamWriter xml, String base, String namespace) {
        this.xml = xml;
        this.base = base;
        this.prefix = "oai:" + namespace + ":";
    }

    /** The record's reference in an OAI identifier ({@code oai:treaty-archive.local:AGR-2018-0001}); a foreign one names nothing. */
    String reference(String identifier) {
        return identifier != null && identifier.startsWith(prefix) ? identifier.substring(prefix.length()) : "";
    }

    void start(String requestUrl, String verb, Map<String, String[]> arguments) {
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("OAI-PMH");
            xml.writeDefaultNamespace(OAI);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
            element("responseDate", OaiServlet.datestamp(Instant.now()));
            xml.writeStartElement("request");
            if (verb != null) {
                xml.writeAttribute("verb", verb);
                for (Map.Entry<String, String[]> argument : new TreeMap<>(arguments).entrySet()) {
                    if (!argument.getKey().equals("verb")) {
                        xml.writeAttribute(argument.getKey(), argument.getValue()[0]);
                    }
                }
            }
            xml.writeCharacters(requestUrl);
            xml.writeEndElement();
        });
    }

    void error(String code, String message) {
        write(() -> {
            xml.writeStartElement("error");
            xml.writeAttribute("code", code);
            xml.writeCharacters(message);
            xml.writeEndElement();
        });
    }

    void end() {
        write(() -> {
            xml.writeEndElement();
            xml.writeEndDocument();
        });
    }

    void openVerb(String verb) {
        write(() -> xml.writeStartElement(verb));
    }

    void closeVerb() {
        write(xml::writeEndElement);
    }

    void identify(String baseUrl, String adminEmail, Instant earliest) {
        write(() -> {
            xml.writeStartElement("Identify");
            element("repositoryName", "Treaty Archive");
            element("baseURL", baseUrl);
            element("protocolVersion", "2.0");
            element("adminEmail", adminEmail);
            element("earliestDatestamp", OaiServlet.datestamp(earliest));
            // Withdrawn records are kept and said to be deleted for as long as the archive exists.
            element("deletedRecord", "persistent");
            element("granularity", "YYYY-MM-DDThh:mm:ssZ");
            xml.writeEndElement();
        });
    }

    void metadataFormats() {
        write(() -> {
            xml.writeStartElement("ListMetadataFormats");
            format("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OAI_DC);
            format("treaty", base + "/schemas/treaty-1.xsd", TREATY);
            xml.writeEndElement();
        });
    }

    void sets(List<AgreementKind> kinds, List<Party> parties) {
        write(() -> {
            xml.writeStartElement("ListSets");
            set("kind", "Agreements by kind");
            for (AgreementKind kind : kinds) {
                set("kind:" + kind.name(), kind.getLabel());
            }
            set("party", "Agreements by party");
            for (Party party : parties) {
                set("party:" + party.getCode(), party.getName());
            }
            xml.writeEndElement();
        });
    }

    /** A record, or its header alone for ListIdentifiers; a withdrawn record is a deleted one, with no metadata. */
    void record(Agreement agreement, String metadataPrefix, boolean withMetadata) {
        write(() -> {
            boolean deleted = agreement.getPublication() == Publication.WITHDRAWN;
            if (withMetadata) {
                xml.writeStartElement("record");
            }
            xml.writeStartElement("header");
            if (deleted) {
                xml.writeAttribute("status", "deleted");
            }
            element("identifier", prefix + agreement.getReference());
            element("datestamp", OaiServlet.datestamp(agreement.getUpdatedAt()));
            element("setSpec", "kind:" + agreement.getKind().name());
            for (Participation participation : agreement.getParticipations()) {
                element("setSpec", "party:" + participation.getParty().getCode());
            }
            xml.writeEndElement();
            if (withMetadata) {
                if (!deleted) {
                    xml.writeStartElement("metadata");
                    if (metadataPrefix.equals("oai_dc")) {
                        dublinCore(agreement);
                    } else {
                        treaty(agreement);
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
        });
    }

    /** The last page of a resumed list carries an empty token, which tells the harvester the list is complete. */
    void resumptionToken(String token, boolean resumed) {
        write(() -> {
            if (token != null) {
                element("resumptionToken", token);
            } else if (resumed) {
                xml.writeEmptyElement("resumptionToken");
            }
        });
    }

    private void dublinCore(Agreement agreement) throws XMLStreamException {
        xml.writeStartElement("oai_dc", "dc", OAI_DC);
        xml.writeNamespace("oai_dc", OAI_DC);
        xml.writeNamespace("dc", DC);
        xml.writeNamespace("xsi", XSI);
        xml.writeAttribute(XSI, "schemaLocation", OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        dc("title", agreement.getOfficialTitle(), null);
        for (LocalizedText title : agreement.getTitles()) {
            dc("title", title.getText(), title.getLanguage());
        }
        for (Participation participation : agreement.getParticipations()) {
            dc("contributor", participation.getParty().getName(), null);
        }
        for (Subject subject : agreement.getSubjects()) {
            dc("subject", subject.getName(), null);
        }
        if (agreement.getSummary() != null) {
            dc("description", agreement.getSummary(), null);
        }
        dc("date", agreement.getSigned().toIsoString(), null);
        dc("type", agreement.getKind().getLabel(), null);
        dc("identifier", agreement.getReference(), null);
        dc("identifier", page(agreement), null);
        for (String language : agreement.getAuthenticLanguages()) {
            dc("language", language, null);
        }
        if (agreement.getPlaceOfSignature() != null) {
            dc("coverage", agreement.getPlaceOfSignature(), null);
        }
        for (SourceCitation source : agreement.getSources()) {
            dc("source", source.getCitation(), null);
        }
        xml.writeEndElement();
    }

    private void treaty(Agreement agreement) throws XMLStreamException {
        xml.writeStartElement("t", "agreement", TREATY);
        xml.writeNamespace("t", TREATY);
        xml.writeAttribute("reference", agreement.getReference());
        xml.writeAttribute("href", page(agreement));
        treatyElement("officialTitle", agreement.getOfficialTitle());
        treatyElement("shortTitle", agreement.getShortTitle());
        for (LocalizedText title : agreement.getTitles()) {
            xml.writeStartElement(TREATY, "title");
            xml.writeAttribute(XML, "lang", title.getLanguage());
            xml.writeCharacters(title.getText());
            xml.writeEndElement();
        }
        treatyElement("kind", agreement.getKind().name());
        treatyElement("format", agreement.getFormat().name());
        treatyElement("signed", agreement.getSigned().toIsoString());
        treatyElement("placeOfSignature", agreement.getPlaceOfSignature());
        treatyElement("entryIntoForce", iso(agreement.getEntryIntoForce()));
        treatyElement("termination", iso(agreement.getTermination()));
        treatyElement("status", agreement.status(LocalDate.now(ZoneOffset.UTC)).name());
        treatyElement("depositary", agreement.getDepositary());
        for (String language : agreement.getAuthenticLanguages()) {
            treatyElement("authenticLanguage", language);
        }
        for (Participation participation : agreement.getParticipations()) {
            xml.writeStartElement(TREATY, "party");
            xml.writeAttribute("code", participation.getParty().getCode());
            attribute("signed", participation.getSignedOn());
            if (participation.getConsentType() != null) {
                xml.writeAttribute("consent", participation.getConsentType().name());
            }
            attribute("consented", participation.getConsentOn());
            attribute("inForce", participation.getInForceOn());
            attribute("withdrawn", participation.getWithdrawnOn());
            xml.writeCharacters(participation.getParty().getName());
            xml.writeEndElement();
        }
        for (Subject subject : agreement.getSubjects()) {
            treatyElement("subject", subject.getName());
        }
        treatyElement("summary", agreement.getSummary());
        for (SourceCitation source : agreement.getSources()) {
            xml.writeStartElement(TREATY, "source");
            if (source.getUrl() != null) {
                xml.writeAttribute("url", source.getUrl());
            }
            xml.writeCharacters(source.getCitation());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private String page(Agreement agreement) {
        return base + "/agreements/view.xhtml?ref=" + URLEncoder.encode(agreement.getReference(), StandardCharsets.UTF_8);
    }

    private void format(String metadataPrefix, String schema, String namespace) throws XMLStreamException {
        xml.writeStartElement("metadataFormat");
        element("metadataPrefix", metadataPrefix);
        element("schema", schema);
        element("metadataNamespace", namespace);
        xml.writeEndElement();
    }

    private void set(String spec, String name) throws XMLStreamException {
        xml.writeStartElement("set");
        element("setSpec", spec);
        element("setName", name);
        xml.writeEndElement();
    }

    private void dc(String name, String text, String language) throws XMLStreamException {
        xml.writeStartElement("dc", name, DC);
        if (language != null) {
            xml.writeAttribute(XML, "lang", language);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void treatyElement(String name, String text) throws XMLStreamException {
        if (text != null && !text.isEmpty()) {
            xml.writeStartElement(TREATY, name);
            xml.writeCharacters(text);
            xml.writeEndElement();
        }
    }

    private void attribute(String name, LocalDate day) throws XMLStreamException {
        if (day != null) {
            xml.writeAttribute(name, day.toString());
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String iso(HistoricalDate date) {
        return date == null ? null : date.toIsoString();
    }

    private void write(Step step) {
        try {
            step.run();
        } catch (XMLStreamException failed) {
            throw new WriteFailed(failed);
        }
    }
}
