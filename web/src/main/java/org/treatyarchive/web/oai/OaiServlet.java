package org.treatyarchive.web.oai;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.treatyarchive.agreement.AgreementHarvest;
import org.treatyarchive.agreement.AgreementKind;
import org.treatyarchive.agreement.HarvestQuery;
import org.treatyarchive.party.Party;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * OAI-PMH 2.0 at {@code /oai}, as AtoM and ArchivesSpace serve it: other archives harvest the public
 * records that were published, in Dublin Core ({@code oai_dc}) or the archive's own format
 * ({@code treaty}, with parties and their dates), by last change ({@code from}, {@code until}) and by
 * set ({@code kind:CONVENTION}, {@code party:KZ}), a page at a time with resumption tokens.
 * Withdrawn records stay in the lists as deleted, so that a harvester removes its copy. GET and POST
 * (a form) are both answered, as the protocol requires.
 */
@WebServlet("/oai")
public class OaiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ISO_INSTANT;

    @Inject
    transient AgreementHarvest harvest;

    private int pageSize;
    private String namespace;
    private String adminEmail;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig(OaiServlet.class.getClassLoader());
        pageSize = config.getOptionalValue("archive.oai.page.size", Integer.class).filter(size -> size > 0).orElse(100);
        namespace = config.getOptionalValue("archive.oai.namespace", String.class).orElse("treaty-archive.local");
        adminEmail = config.getOptionalValue("archive.oai.admin.email", String.class).orElse("archivist@treaty-archive.local");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + request.getContextPath();
        Map<String, String[]> parameters = request.getParameterMap();
        response.setContentType("text/xml; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (OutputStream out = response.getOutputStream()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            OaiWriter writer = new OaiWriter(xml, base, namespace);
            String verb = null;
            try {
                verb = OaiRequest.verb(parameters);
                // The protocol wants the request echoed with its arguments only when they were right.
                Runnable body = verb(verb, parameters, writer, base);
                writer.start(base + "/oai", verb, parameters);
                body.run();
            } catch (OaiRequest.Refused refused) {
                boolean echo = verb != null && !refused.code.equals("badArgument") && !refused.code.equals("badVerb");
                writer.start(base + "/oai", echo ? verb : null, echo ? parameters : Map.of());
                writer.error(refused.code, refused.getMessage());
            }
            writer.end();
            xml.close();
        } catch (XMLStreamException | OaiWriter.WriteFailed failed) {
            throw new IOException("Could not write the OAI-PMH response", failed);
        }
    }

    /** Checks the request fully, then gives what writes its answer: an error found late would leave half a response. */
    private Runnable verb(String verb, Map<String, String[]> parameters, OaiWriter writer, String base) throws OaiRequest.Refused {
        switch (verb) {
            case "Identify" -> {
                OaiRequest.arguments(parameters, Set.of(), Set.of());
                Instant earliest = harvest.earliestChange().orElse(Instant.EPOCH);
                return () -> writer.identify(base + "/oai", adminEmail, earliest);
            }
            case "ListMetadataFormats" -> {
                OaiRequest.arguments(parameters, Set.of("identifier"), Set.of());
                String identifier = OaiRequest.one(parameters, "identifier");
                if (identifier != null && !harvest.record(writer.reference(identifier), agreement -> { })) {
                    throw new OaiRequest.Refused("idDoesNotExist", "There is no public record " + identifier + ".");
                }
                return () -> writer.metadataFormats();
            }
            case "ListSets" -> {
                OaiRequest.arguments(parameters, Set.of("resumptionToken"), Set.of());
                if (OaiRequest.one(parameters, "resumptionToken") != null) {
                    throw new OaiRequest.Refused("badResumptionToken", "The list of sets comes whole; it has no resumption tokens.");
                }
                List<Party> parties = harvest.parties();
                return () -> writer.sets(List.of(AgreementKind.values()), parties);
            }
            case "GetRecord" -> {
                OaiRequest.arguments(parameters, Set.of("identifier", "metadataPrefix"), Set.of("identifier", "metadataPrefix"));
                String prefix = OaiRequest.one(parameters, "metadataPrefix");
                if (!OaiWriter.PREFIXES.contains(prefix)) {
                    throw new OaiRequest.Refused("cannotDisseminateFormat", "The archive gives no records as '" + prefix + "'.");
                }
                String identifier = OaiRequest.one(parameters, "identifier");
                String reference = writer.reference(identifier);
                if (!harvest.record(reference, agreement -> { })) {
                    throw new OaiRequest.Refused("idDoesNotExist", "There is no public record " + identifier + ".");
                }
                // Written inside the harvest's transaction, where the record's titles and parties can still be read.
                return () -> {
                    writer.openVerb("GetRecord");
                    boolean found = harvest.record(reference, agreement -> writer.record(agreement, prefix, true));
                    if (!found) {
                        throw new OaiWriter.WriteFailed(new IllegalStateException("record " + reference + " vanished"));
                    }
                    writer.closeVerb();
                };
            }
            default -> {
                boolean records = verb.equals("ListRecords");
                OaiRequest.ListQuery list = OaiRequest.list(parameters, OaiWriter.PREFIXES);
                // The first record is looked for before anything is written: an empty list is an error, not an empty element.
                if (!hasAny(list.query())) {
                    throw new OaiRequest.Refused("noRecordsMatch", "No public record matches this request.");
                }
                return () -> {
                    writer.openVerb(verb);
                    Optional<HarvestQuery> next = harvest.page(list.query(), pageSize,
                            agreement -> writer.record(agreement, list.metadataPrefix(), records));
                    writer.resumptionToken(next.map(query -> OaiRequest.token(list.metadataPrefix(), query)).orElse(null),
                            list.query().afterChange() != null);
                    writer.closeVerb();
                };
            }
        }
    }

    private boolean hasAny(HarvestQuery query) {
        boolean[] any = {false};
        harvest.page(query, 1, agreement -> any[0] = true);
        return any[0];
    }

    /** A datestamp as the archive gives them: to the second, in UTC. */
    static String datestamp(Instant at) {
        return SECONDS.format(at.truncatedTo(ChronoUnit.SECONDS));
    }
}
