package org.treatyarchive.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.treatyarchive.agreement.AgreementCatalog;
import org.treatyarchive.agreement.AgreementSort;
import org.treatyarchive.agreement.PartyAgreement;
import org.treatyarchive.agreement.PartyAgreementQuery;
import org.treatyarchive.agreement.PartyRef;
import org.treatyarchive.party.Party;
import org.treatyarchive.party.PartyRegister;
import org.treatyarchive.shared.Page;
import org.treatyarchive.shared.PageRequest;
import org.treatyarchive.web.export.CsvExport;
import org.treatyarchive.web.export.XlsxExport;
import org.treatyarchive.web.shared.UrlParameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The party register for programs: {@code GET /api/parties}, one party with its names, line of
 * succession and figures, and {@code GET /api/parties/{code}/agreements}: every agreement it takes
 * part in with its own terms, within the caller's access, as the party's page lists them.
 */
@Path("parties")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartyResource {

    @Inject
    private PartyRegister register;

    @Inject
    private AgreementCatalog catalog;

    /** Every party by name with the number of agreements the caller may see it take part in: reference data of a few hundred rows. */
    @GET
    public List<PartyJson.Summary> list() {
        Map<String, Long> counts = catalog.agreementsPerParty();
        return register.all().stream().map(party -> PartyJson.Summary.of(party, counts.getOrDefault(party.getCode(), 0L))).toList();
    }

    @GET
    @Path("{code}")
    public PartyJson.Detail get(@PathParam("code") String code) {
        List<Party> line = catalog.lineOf(code);
        Party party = line.get(0);
        return PartyJson.Detail.of(party, line.subList(1, line.size()), register.successorsOf(party.getCode()),
                catalog.partyFigures(new PartyAgreementQuery(party.getCode(), false, null, null, null, null)),
                catalog.partyFigures(PartyAgreementQuery.of(party.getCode())));
    }

    /**
     * @param sort as for the agreement list: without it the newest signature first; {@code SIGNED},
     *             {@code TITLE}, {@code REFERENCE} ascending, prefixed by {@code -} for descending
     */
    @GET
    @Path("{code}/agreements")
    public PartyJson.AgreementList agreements(@BeanParam PartyListParameters filters, @QueryParam("sort") String sort,
                                              @QueryParam("page") String page, @QueryParam("size") String size) {
        PartyAgreementQuery query = filters.query();
        int pageNumber = UrlParameters.page(page);
        int pageSize = UrlParameters.size(size, AgreementResource.DEFAULT_SIZE);
        boolean descending = sort != null && sort.strip().startsWith("-");
        AgreementSort sortBy = UrlParameters.enumeration("sort", descending ? sort.strip().substring(1) : sort, AgreementSort.class);
        Page<PartyAgreement> found = catalog.partyAgreements(query, new PageRequest<>(pageNumber - 1, pageSize,
                sortBy == null ? AgreementSort.SIGNED : sortBy, sortBy != null && !descending));
        return new PartyJson.AgreementList(found.total(), pageNumber, pageSize,
                found.items().stream().map(row -> PartyJson.Terms.of(row, query.partyCode())).toList());
    }

    /**
     * Every row of the party's list as CSV (UTF-8 with a byte order mark, formula-safe cells), the
     * same filters as {@code /agreements}: the party's own terms in columns, read a page at a time.
     */
    @GET
    @Path("{code}/agreements.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@BeanParam PartyListParameters filters) {
        PartyAgreementQuery query = filters.query();
        catalog.lineOf(query.partyCode());
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            line(writer, COLUMNS);
            eachRow(query, cells -> line(writer, cells));
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"agreements-" + query.partyCode() + ".csv\"").build();
    }

    /** The same rows and columns as {@code agreements.csv}, as a workbook of one sheet, streamed. */
    @GET
    @Path("{code}/agreements.xlsx")
    @Produces(XLSX)
    public Response xlsx(@BeanParam PartyListParameters filters) {
        PartyAgreementQuery query = filters.query();
        catalog.lineOf(query.partyCode());
        StreamingOutput body = out -> {
            XlsxExport sheet = new XlsxExport(out, "Agreements of " + query.partyCode().replaceAll("[^A-Z0-9 ]", " "), COLUMNS);
            eachRow(query, sheet::row);
            sheet.finish();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"agreements-" + query.partyCode() + ".xlsx\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> COLUMNS = List.of("reference", "title", "kind", "status", "asParty", "throughPredecessor", "signed",
            "consentType", "consent", "inForce", "withdrawn", "reservations", "parties");

    private interface Row {
        void write(List<String> cells) throws IOException;
    }

    /** Every row of the party's list in the order of signature, a page at a time, as the export's cells. */
    private void eachRow(PartyAgreementQuery query, Row out) throws IOException {
        Page<PartyAgreement> page;
        int number = 0;
        do {
            page = catalog.partyAgreements(query, new PageRequest<>(number++, PageRequest.MAX_SIZE, AgreementSort.SIGNED, true));
            for (PartyAgreement row : page.items()) {
                out.write(Arrays.asList(row.agreement().reference(), row.agreement().officialTitle(), row.agreement().kind().name(),
                        row.agreement().status().name(), row.asParty().code(), String.valueOf(row.throughPredecessorOf(query.partyCode())),
                        day(row.signedOn()), row.consentType() == null ? null : row.consentType().name(), day(row.consentOn()),
                        day(row.inForceOn()), day(row.withdrawnOn()), row.reservations(),
                        row.agreement().parties().stream().map(PartyRef::code).collect(Collectors.joining("; "))));
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        writer.write(cells.stream().map(CsvExport::cell).collect(Collectors.joining(",")));
        writer.write("\r\n");
    }

    private static String day(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }
}
