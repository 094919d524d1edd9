package org.treatyarchive.persistence.search;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.ObjectStructure;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.model.path.PojoModelPath;
import org.treatyarchive.agreement.Agreement;
import org.treatyarchive.agreement.AgreementDocument;
import org.treatyarchive.agreement.Article;
import org.treatyarchive.agreement.Participation;
import org.treatyarchive.document.DocumentPage;
import org.treatyarchive.event.Event;
import org.treatyarchive.party.Party;
import org.treatyarchive.shared.ArchivistNote;
import org.treatyarchive.shared.HistoricalDate;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.subject.Subject;

import java.util.List;

/**
 * What of an agreement goes into the search index, and how. Titles are indexed three ways (general,
 * English and Russian stemming) and titles in other languages also for Persian; summaries, article
 * texts and notes in English, as the archive writes them; party names for the words, party codes,
 * subjects, kind, decade of signature and event as facets; classification and publication to filter
 * by what the caller may see.
 * <p>
 * What is written in the documents goes into an index of its own, a page per entry, by file: the
 * agreement knows only which files it holds and each one's classification (nested, so that one
 * document's classification is never read against another's file). A search finds the files whose
 * pages match, then the records that hold them within the caller's clearance. A record's
 * publication or classification changing thus never reindexes thousands of pages, and the
 * same file held by two records is indexed once.
 * <p>
 * A party, subject or event renamed does not reindex every agreement that names it (that would be
 * thousands at the scale of a treaty series); the administrator's full reindex brings them in line.
 */
public class ArchiveSearchMapping implements HibernateOrmSearchMappingConfigurer {

    /**
     * Goes up with every change to the fields below. Each version has its own index folder, so an
     * archive upgraded to a new mapping rebuilds its index at start instead of searching fields an
     * old index lacks. (3: highlighting from offsets kept in the postings, which the unified
     * highlighter reads several times faster than term vectors. 4: the documents a record holds, and
     * the index of their pages; when each was first published.)
     */
    public static final int VERSION = 4;

    /** The fields a text query searches, by analyzer, with their weight. */
    static final List<String> TITLE_FIELDS = List.of("title", "title_en", "title_ru", "shortTitle", "shortTitle_en");
    static final List<String> TRANSLATED_TITLE_FIELDS = List.of("titles.text", "titles.text_ru", "titles.text_fa");
    static final List<String> BODY_FIELDS = List.of("summary", "articles.text", "articles.heading", "notes.text");
    static final List<String> NAME_FIELDS = List.of("participations.party.name", "event.name_text");
    static final List<String> PAGE_FIELDS = List.of("text", "text_en", "text_ru", "text_fa");

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

        TypeMappingStep agreement = mapping.type(Agreement.class);
        agreement.indexed().index("agreement");
        agreement.property("reference").keywordField().projectable(Projectable.YES).sortable(Sortable.YES);
        // The row version the document was built from: the start-up check compares it with the database.
        agreement.property("version").genericField("version").projectable(Projectable.YES);
        agreement.property("officialTitle")
                .fullTextField("title").analyzer(ArchiveAnalyzers.GENERAL).highlightable(List.of(Highlightable.UNIFIED))
                .fullTextField("title_en").analyzer(ArchiveAnalyzers.ENGLISH)
                .fullTextField("title_ru").analyzer(ArchiveAnalyzers.RUSSIAN)
                .keywordField("officialTitle").projectable(Projectable.YES).sortable(Sortable.YES);
        agreement.property("shortTitle")
                .fullTextField("shortTitle").analyzer(ArchiveAnalyzers.GENERAL)
                .fullTextField("shortTitle_en").analyzer(ArchiveAnalyzers.ENGLISH)
                .keywordField("shortTitle_raw").projectable(Projectable.YES);
        agreement.property("summary").fullTextField("summary").analyzer(ArchiveAnalyzers.ENGLISH).highlightable(List.of(Highlightable.UNIFIED));
        agreement.property("kind").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES).sortable(Sortable.YES);
        agreement.property("format").keywordField().projectable(Projectable.YES);
        agreement.property("placeOfSignature").keywordField("place").projectable(Projectable.YES).sortable(Sortable.YES);
        agreement.property("classification").keywordField();
        agreement.property("publication").keywordField().projectable(Projectable.YES);
        agreement.property("firstPublishedAt").genericField().sortable(Sortable.YES).projectable(Projectable.YES);
        agreement.property("signed").indexedEmbedded();
        // What the status is derived from on the day of a query; a stored status would go stale.
        agreement.property("entryIntoForce").indexedEmbedded().includePaths("earliest");
        agreement.property("termination").indexedEmbedded().includePaths("earliest");
        agreement.property("statedStatus").keywordField().projectable(Projectable.YES);
        agreement.property("endedBy").keywordField().projectable(Projectable.YES)
                .indexingDependency().derivedFrom(PojoModelPath.parse("incomingRelations.type"));
        agreement.property("signedDecade").genericField().aggregable(Aggregable.YES)
                .indexingDependency().derivedFrom(PojoModelPath.parse("signed"));
        agreement.property("titles").indexedEmbedded();
        agreement.property("articles").indexedEmbedded();
        agreement.property("notes").indexedEmbedded();
        agreement.property("participations").indexedEmbedded().includePaths("party.name", "party.code");
        agreement.property("subjects").indexedEmbedded().includePaths("name")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        agreement.property("event").indexedEmbedded().includePaths("name", "name_text")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        agreement.property("documents").indexedEmbedded().structure(ObjectStructure.NESTED);
        agreement.property("documents").binder(new DocumentKeysBinder());
        TypeMappingStep held = mapping.type(AgreementDocument.class);
        held.property("sha256").keywordField();
        held.property("classification").keywordField();

        TypeMappingStep page = mapping.type(DocumentPage.class);
        page.indexed().index("document_page");
        page.property("sha256").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
        page.property("page").genericField().projectable(Projectable.YES);
        // Only the general field keeps the text for highlighting; the stemmed ones find, they do not show.
        page.property("text")
                .fullTextField("text").analyzer(ArchiveAnalyzers.GENERAL).highlightable(List.of(Highlightable.UNIFIED))
                .projectable(Projectable.YES)
                .fullTextField("text_en").analyzer(ArchiveAnalyzers.ENGLISH)
                .fullTextField("text_ru").analyzer(ArchiveAnalyzers.RUSSIAN)
                .fullTextField("text_fa").analyzer(ArchiveAnalyzers.PERSIAN);

        mapping.type(HistoricalDate.class).property("earliest").genericField().sortable(Sortable.YES).projectable(Projectable.YES);
        mapping.type(HistoricalDate.class).property("precision").keywordField().projectable(Projectable.YES);
        mapping.type(LocalizedText.class).property("text")
                .fullTextField("text").analyzer(ArchiveAnalyzers.GENERAL).highlightable(List.of(Highlightable.UNIFIED))
                .fullTextField("text_ru").analyzer(ArchiveAnalyzers.RUSSIAN)
                .fullTextField("text_fa").analyzer(ArchiveAnalyzers.PERSIAN);
        mapping.type(Article.class).property("text").fullTextField().analyzer(ArchiveAnalyzers.ENGLISH).highlightable(List.of(Highlightable.UNIFIED));
        mapping.type(Article.class).property("heading").fullTextField().analyzer(ArchiveAnalyzers.ENGLISH);
        mapping.type(ArchivistNote.class).property("text").fullTextField().analyzer(ArchiveAnalyzers.ENGLISH);
        mapping.type(Participation.class).property("party").indexedEmbedded()
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        mapping.type(Party.class).property("name").fullTextField().analyzer(ArchiveAnalyzers.GENERAL).projectable(Projectable.YES);
        mapping.type(Party.class).property("code").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
        mapping.type(Subject.class).property("name").keywordField().aggregable(Aggregable.YES);
        mapping.type(Event.class).property("name")
                .keywordField().aggregable(Aggregable.YES)
                .fullTextField("name_text").analyzer(ArchiveAnalyzers.GENERAL);
    }
}
