package org.treatyarchive.persistence.search;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;
import org.treatyarchive.agreement.AgreementDocument;

import java.util.List;

/**
 * Keeps, in the agreement's own stored fields, one line per document it holds (number, file,
 * classification, title), for a search hit to name its matching documents. Read from the parent
 * document at once; projecting the nested documents instead reads each of them, which costs a
 * record holding hundreds of files hundreds of reads per hit.
 */
public class DocumentKeysBinder implements PropertyBinder {

    static final String FIELD = "documentKeys";

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().use("sha256").use("title").use("classification");
        IndexFieldReference<String> field = context.indexSchemaElement()
                .field(FIELD, f -> f.asString().projectable(Projectable.YES)).multiValued().toReference();
        context.bridge(List.class, new Bridge(field));
    }

    /** A line as {@link #write} makes it: {@code id TAB sha256 TAB classification TAB title}. */
    static String[] parse(String line) {
        return line.split("\t", 4);
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(IndexFieldReference<String> field) implements PropertyBridge<List> {

        @Override
        public void write(DocumentElement target, List documents, PropertyBridgeWriteContext context) {
            for (Object each : documents) {
                AgreementDocument document = (AgreementDocument) each;
                target.addValue(field, document.getId() + "\t" + document.getSha256() + "\t" + document.getClassification().name()
                        + "\t" + document.getTitle());
            }
        }
    }
}
