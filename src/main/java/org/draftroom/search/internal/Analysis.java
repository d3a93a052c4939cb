package org.draftroom.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Which text fields a language's text goes into, and how each is analysed. Chinese gets words (smartcn) plus
 * overlapping bigrams: smartcn alone misses short queries it segments differently from the indexed sentence, the
 * bigram field finds any substring of two or more characters. The other UN languages get their stemming analyser,
 * plus an unstemmed field so that prefix queries ("evaluat*") see the words as typed.
 */
final class Analysis {
    static final String ZH = "text_zh";
    static final String ZH_BIGRAM = "text_zh_bi";
    static final String EN = "text_en";
    static final String FR = "text_fr";
    static final String ES = "text_es";
    static final String RU = "text_ru";
    static final String AR = "text_ar";
    static final String PLAIN = "text_plain";
    /**
     * The names, in the six languages and their usual spellings, of the delegations an entry is by or about: what
     * a reader sees as "Pakistan: delete" is found by "Pakistan" (or 巴基斯坦), whatever language the text is in.
     * Bigrams for Chinese, words for the rest; never a snippet's source.
     */
    static final String NAMES = "text_names";

    /** Fields searched for words and phrases, in the order a snippet is taken from. */
    static final List<String> TEXT_FIELDS = List.of(ZH_BIGRAM, ZH, EN, FR, ES, RU, AR, PLAIN, NAMES);
    /** Fields searched for prefix, wildcard and fuzzy terms: unstemmed ones only. */
    static final List<String> TERM_PATTERN_FIELDS = List.of(ZH, ZH_BIGRAM, PLAIN);

    private Analysis() {
    }

    /** The analysed fields a text in this language (BCP 47 tag) is indexed into. */
    static List<String> fieldsFor(String language) {
        String primary = language == null ? "" : language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return switch (primary) {
            case "zh" -> List.of(ZH, ZH_BIGRAM);
            case "en" -> List.of(EN, PLAIN);
            case "fr" -> List.of(FR, PLAIN);
            case "es" -> List.of(ES, PLAIN);
            case "ru" -> List.of(RU, PLAIN);
            case "ar" -> List.of(AR, PLAIN);
            default -> List.of(PLAIN);
        };
    }

    /** One analyser for indexing and querying; analysers are thread-safe and meant to be shared. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                ZH, new SmartChineseAnalyzer(),
                ZH_BIGRAM, new CJKAnalyzer(),
                NAMES, new CJKAnalyzer(),
                EN, new EnglishAnalyzer(),
                FR, new FrenchAnalyzer(),
                ES, new SpanishAnalyzer(),
                RU, new RussianAnalyzer(),
                AR, new ArabicAnalyzer()));
    }
}
