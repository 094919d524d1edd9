package org.treatyarchive.agreement;

import org.treatyarchive.shared.Check;
import org.treatyarchive.shared.InvalidRecordException;
import org.treatyarchive.shared.LocalizedText;
import org.treatyarchive.shared.Phrase;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.treatyarchive.agreement.AgreementField.DOCUMENTS;

/**
 * The documents one agreement holds, in the order the record lists them, and their rules: each file
 * once, each described (what it is, a title), and none classified below its record (a confidential
 * record's signed original is not public; a public record may hold a confidential annex). A view
 * over the agreement's own mapped list; only {@link Agreement#documents()} makes one.
 */
public final class DocumentList {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Agreement agreement;
    private final List<AgreementDocument> documents;

    DocumentList(Agreement agreement, List<AgreementDocument> documents) {
        this.agreement = agreement;
        this.documents = documents;
    }

    /**
     * Makes the documents exactly those listed, in that order: a file already held keeps its row and
     * takes the new description, the others are added, and documents not listed are removed.
     */
    public void revise(List<DocumentTerms> wanted) {
        Set<String> files = new HashSet<>();
        List<DocumentTerms> checked = new ArrayList<>();
        for (DocumentTerms terms : wanted) {
            DocumentTerms document = check(terms);
            if (!files.add(document.sha256())) {
                throw new InvalidRecordException(DOCUMENTS.key(), Phrase.of("documents.twice", document.fileName()));
            }
            checked.add(document);
        }
        Map<String, AgreementDocument> held = new HashMap<>();
        documents.forEach(document -> held.put(document.getSha256(), document));
        List<AgreementDocument> ordered = new ArrayList<>();
        for (DocumentTerms terms : checked) {
            AgreementDocument document = held.get(terms.sha256());
            if (document == null) {
                document = new AgreementDocument(agreement, ordered.size(), terms);
            } else {
                document.describe(terms);
            }
            document.moveTo(ordered.size());
            ordered.add(document);
        }
        documents.clear();
        documents.addAll(ordered);
    }

    public Optional<AgreementDocument> find(String sha256) {
        return documents.stream().filter(document -> document.getSha256().equals(sha256)).findFirst();
    }

    private DocumentTerms check(DocumentTerms terms) {
        Check.required(DOCUMENTS.key(), "The document", terms);
        String sha256 = Check.requiredText(DOCUMENTS.key(), "The document's checksum", terms.sha256(), 64).toLowerCase();
        if (!SHA256.matcher(sha256).matches()) {
            throw new InvalidRecordException(DOCUMENTS.key(), Phrase.of("documents.badChecksum", terms.sha256()));
        }
        String fileName = Check.requiredText(DOCUMENTS.key(), "The document's file name", terms.fileName(), AgreementDocument.FILE_NAME_MAX);
        String title = Check.requiredText(DOCUMENTS.key(), "The title of " + fileName, terms.title(), AgreementDocument.TITLE_MAX);
        Check.required(DOCUMENTS.key(), "What " + fileName + " is (signed original, authentic text...)", terms.kind());
        String language = terms.language() == null || terms.language().isBlank() ? null
                : Check.asField(DOCUMENTS.key(), () -> LocalizedText.normalizeLanguage(terms.language()));
        Check.required(DOCUMENTS.key(), "Who may see " + fileName, terms.classification());
        if (!terms.classification().covers(agreement.getClassification())) {
            throw new InvalidRecordException(DOCUMENTS.key(), Phrase.of("documents.belowRecord", title, terms.classification(), agreement.getClassification()));
        }
        return new DocumentTerms(sha256, fileName, Check.requiredText(DOCUMENTS.key(), "The document's type", terms.mediaType(), 100),
                terms.size(), terms.pages(), terms.kind(), title, language, terms.party(), terms.dated(), terms.classification());
    }
}
