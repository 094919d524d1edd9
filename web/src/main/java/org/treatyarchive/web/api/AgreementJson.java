package org.treatyarchive.web.api;

import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementDocument;
import org.treatyarchive.agreement.AgreementRelation;
import org.treatyarchive.agreement.AgreementStatus;
import org.treatyarchive.agreement.AgreementSummary;
import org.treatyarchive.agreement.DocumentEntry;
import org.treatyarchive.agreement.Participation;
import org.treatyarchive.agreement.PartyRef;
import org.treatyarchive.agreement.RelationGraph;
import org.treatyarchive.agreement.SearchResult;
import org.treatyarchive.event.Event;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.subject.Subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The JSON shapes of the agreement API. Dates are ISO strings as precise as the record knows them:
 * {@code 2018-08-12}, {@code 1997-06} or {@code 2008}. Enumerations use their constant names, which
 * are also the values the filters accept.
 */
public final class AgreementJson {

    private AgreementJson() {
    }

    /** @param facets the facet counts of all matches by facet name, most frequent value first */
    public record ListAnswer(long total, int page, int size, List<Item> items,
                             Map<String, List<SearchResult.FacetValue>> facets) {
    }

    /** @param highlights the passages that matched words of {@code q}, matching words in {@code <em>}, the rest escaped */
    public record Item(String reference, String title, String shortTitle, String kind, String format, String signed,
                String placeOfSignature, String status, List<PartyRef> parties, String publication, List<String> highlights,
                List<InDocument> inDocuments, String href) {

        static Item of(AgreementSummary summary, List<String> highlights) {
            return of(summary, highlights, List.of());
        }

        static Item of(AgreementSummary summary, List<String> highlights, List<SearchResult.DocumentMatch> inDocuments) {
            return new Item(summary.reference(), summary.officialTitle(), summary.shortTitle(), summary.kind().name(),
                    summary.format().name(), iso(summary.signed()), summary.placeOfSignature(), summary.status().name(),
                    summary.parties(), summary.publication().name(), highlights, inDocuments.stream().map(InDocument::of).toList(),
                    "/api/agreements/" + summary.reference());
        }
    }

    /**
     * A document page where a search's words were found.
     *
     * @param href the document's content, opened at that page (PDF viewers follow {@code #page=})
     */
    public record InDocument(long id, String title, int page, String passage, String href) {

        static InDocument of(SearchResult.DocumentMatch match) {
            return new InDocument(match.documentId(), match.title(), match.page(), match.passage(),
                    "/api/documents/" + match.documentId() + "/content#page=" + match.page());
        }
    }

    public record Record(String reference, String externalId, String title, String shortTitle, List<Title> titles, String kind, String format,
                  String signed, String placeOfSignature, String entryIntoForce, String termination, String status,
                  String statedStatus, String depositary, List<String> authenticLanguages, List<String> subjects,
                  String classification, String summary, EventRef event, List<PartyJson> parties, List<ArticleJson> articles,
                  List<RelationJson> relations, List<SourceJson> sources, List<NoteJson> notes, List<DocumentJson> documents,
                  String publication, long version) {

        /**
         * @param visible  which related agreements the caller may see; the others are left out
         * @param readable which of its documents the caller may read (a document may be classified above its record)
         */
        static Record of(Agreement agreement, AgreementStatus status, Predicate<Agreement> visible, Predicate<AgreementDocument> readable) {
            List<RelationJson> relations = Stream.concat(
                    agreement.getRelations().stream().filter(relation -> visible.test(relation.getTarget())).map(RelationJson::outgoing),
                    agreement.getIncomingRelations().stream().filter(relation -> visible.test(relation.getSource())).map(RelationJson::incoming))
                    .toList();
            return new Record(agreement.getReference(), agreement.getExternalId(), agreement.getOfficialTitle(), agreement.getShortTitle(),
                    agreement.getTitles().stream().map(title -> new Title(title.getLanguage(), title.getText(),
                            title.isRightToLeft() ? "rtl" : "ltr")).toList(),
                    agreement.getKind().name(), agreement.getFormat().name(), iso(agreement.getSigned()),
                    agreement.getPlaceOfSignature(), iso(agreement.getEntryIntoForce()), iso(agreement.getTermination()),
                    status.name(), agreement.getStatedStatus() == null ? null : agreement.getStatedStatus().name(),
                    agreement.getDepositary(), agreement.getAuthenticLanguages(),
                    agreement.getSubjects().stream().map(Subject::getName).toList(), agreement.getClassification().name(),
                    agreement.getSummary(),
                    agreement.getEvent().map(EventRef::of).orElse(null),
                    agreement.getParticipations().stream().map(PartyJson::of).toList(),
                    agreement.getArticles().stream().map(article -> new ArticleJson(article.getNumber(), article.getHeading(), article.getText())).toList(),
                    relations,
                    agreement.getSources().stream().map(source -> new SourceJson(source.getCitation(), source.getUrl())).toList(),
                    agreement.getNotes().stream().map(note -> new NoteJson(note.getKind().name(), note.getText())).toList(),
                    agreement.getDocuments().stream().filter(readable)
                            .map(document -> DocumentJson.of(agreement.getReference(), DocumentEntry.of(document), document.getId())).toList(),
                    agreement.getPublication().name(), agreement.getVersion());
        }
    }

    public record Title(String language, String text, String direction) {
    }

    public record EventRef(String name, String place, String starts, String ends, String level) {
        static EventRef of(Event event) {
            return new EventRef(event.getName(), event.getPlace(), iso(event.getStarts()), iso(event.getEnds()), event.getLevel().name());
        }
    }

    public record PartyJson(String code, String name, String kind, String signed, String consentType, String consented,
                     String inForce, String withdrawn, String reservations) {
        static PartyJson of(Participation participation) {
            return new PartyJson(participation.getParty().getCode(), participation.getParty().getName(),
                    participation.getParty().getKind().name(), iso(participation.getSignedOn()),
                    participation.getConsentType() == null ? null : participation.getConsentType().name(),
                    iso(participation.getConsentOn()), iso(participation.getInForceOn()), iso(participation.getWithdrawnOn()),
                    participation.getReservations());
        }
    }

    public record ArticleJson(String number, String heading, String text) {
    }

    /**
     * @param type      the relation type as held by its source ({@code SUPPLEMENTS})
     * @param direction {@code outgoing} when this agreement holds the relation, {@code incoming} when the other does
     * @param label     the relation read from this agreement: "supplements" or "supplemented by"
     */
    public record RelationJson(String type, String direction, String label, String reference, String title, String href) {
        static RelationJson outgoing(AgreementRelation relation) {
            return new RelationJson(relation.getType().name(), "outgoing", relation.getType().getLabel(),
                    relation.getTarget().getReference(), relation.getTarget().getDisplayTitle(),
                    "/api/agreements/" + relation.getTarget().getReference());
        }

        static RelationJson incoming(AgreementRelation relation) {
            return new RelationJson(relation.getType().name(), "incoming", relation.getType().getInverseLabel(),
                    relation.getSource().getReference(), relation.getSource().getDisplayTitle(),
                    "/api/agreements/" + relation.getSource().getReference());
        }
    }

    public record SourceJson(String citation, String url) {
    }

    public record NoteJson(String kind, String text) {
    }

    /**
     * An agreement's relations as nodes and edges, for drawing.
     *
     * @param edges each from the agreement that holds the relation to the one it bears on, as
     *              {@code {"from": "AGR-2003-0001", "to": "AGR-2001-0002", "type": "SUPPLEMENTS"}}
     */
    public record Graph(String centre, List<GraphNode> nodes, List<GraphEdge> edges) {

        static Graph of(RelationGraph graph) {
            return new Graph(graph.centre(), graph.nodes().stream().map(node -> new GraphNode(node.agreement().reference(), node.label(),
                            node.agreement().signed().year(), node.agreement().kind().name(), node.agreement().status().name(),
                            node.distance(), "/api/agreements/" + node.agreement().reference())).toList(),
                    graph.edges().stream().map(edge -> new GraphEdge(edge.from(), edge.to(), edge.type().name(), edge.type().getLabel(),
                            edge.type().getInverseLabel())).toList());
        }
    }

    /** @param distance relations away from the centre */
    public record GraphNode(String reference, String label, int year, String kind, String status, int distance, String href) {
    }

    /** @param label as read from {@code from} ("supplements"); {@code inverseLabel} as read from {@code to} ("supplemented by") */
    public record GraphEdge(String from, String to, String type, String label, String inverseLabel) {
    }

    static String iso(HistoricalDate date) {
        return date == null ? null : date.toIsoString();
    }

    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
