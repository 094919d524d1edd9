package org.treatyarchive.persistence.search;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How text is cut into words per language. English and Russian are stemmed ("warships" finds
 * "warship", "Каспийского" finds "Каспийское"); Persian is normalised; everything else, including
 * Azerbaijani and Kazakh in Latin or Cyrillic script, goes through the archive's general analyzer,
 * which lower-cases and folds accents ("Türkmenbaşy" finds "Turkmenbashi"'s spelling without the marks).
 */
public class ArchiveAnalyzers implements LuceneAnalysisConfigurer {

    public static final String GENERAL = "archive";
    public static final String ENGLISH = "english";
    public static final String RUSSIAN = "russian";
    public static final String PERSIAN = "persian";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(GENERAL).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer(ENGLISH).instance(new EnglishAnalyzer());
        context.analyzer(RUSSIAN).instance(new RussianAnalyzer());
        context.analyzer(PERSIAN).instance(new PersianAnalyzer());
    }
}
