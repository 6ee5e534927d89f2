package org.shizhi.adapters.search.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.FacetKind;
import org.shizhi.domain.shared.AdminLevel;

/**
 * What both backends index of a case record, by field name: the searchable texts as token strings, and the
 * keyword and number fields filters, facets and sorting use. One definition, so the two indexes hold the same.
 */
public record CaseFields(String id, String city, List<String> areaPath, String caseType, String district, String year,
                         String source, List<String> tags, long occurred, long closed, List<String> bigrams,
                         List<String> words, List<String> facts) {

    public static final String ID = "id";
    public static final String CITY = "city";
    public static final String AREA_PATH = "area_path";
    public static final String CASE_TYPE = "case_type";
    public static final String DISTRICT = "district";
    public static final String YEAR = "year";
    public static final String SOURCE = "source";
    public static final String TAGS = "tags";
    public static final String OCCURRED = "occurred";
    public static final String CLOSED = "closed";
    public static final String INDEXED_AT = "indexed_at";
    public static final String BIGRAMS = "bigrams";
    public static final String WORDS = "words";
    /**
     * The bigrams of what happened in the case, alone: its title and its facts (its full text when it has no facts). A pasted
     * description is matched here, not against every text: reasoning, outcome and a judgment's full text repeat
     * legal boilerplate and are many times longer, so BM25's length normalisation and the boilerplate's terms would
     * decide the ranking instead of the facts two cases share.
     */
    public static final String FACTS = "facts";
    /**
     * BM25's term-frequency saturation in the {@link #FACTS} field: 2.0 rather than Lucene's 1.2. The facts of a
     * judgment run to thousands of characters and a description to hundreds of bigrams; a case that keeps returning
     * to the description's acts and objects should keep gaining. On LeCaRD's development queries every metric rose
     * monotonically from k1 0.9 through 1.2 and 1.6 to 2.0 (docs/search.md).
     */
    public static final float FACTS_BM25_K1 = 2.0f;
    /** BM25's length normalisation in the {@link #FACTS} field: Lucene's default, which measured best beside 0.4–1.0. */
    public static final float FACTS_BM25_B = 0.75f;

    /**
     * The case's long texts as they are (facts, reasoning, outcome, full text), kept but not searched: what a page of
     * hits cuts its snippets from, so that it need not read whole judgments from the database. Lucene stores them as
     * stored fields under these names; Elasticsearch keeps them in an unindexed object {@link #TEXTS} of its source.
     */
    public static final String TEXTS = "texts";
    public static final String TEXT_FACTS = "texts.facts";
    public static final String TEXT_REASONING = "texts.reasoning";
    public static final String TEXT_OUTCOME = "texts.outcome";
    public static final String TEXT_FULL = "texts.full_text";
    /**
     * The version of what an index holds, kept with it (Lucene: its commit's user data; Elasticsearch: its mapping's
     * {@code _meta}): 2 has the {@link #FACTS} field and the {@link #TEXTS}; an index without a version predates both.
     * An index of an older version is rebuilt (Lucene, at start) or refused until {@code ./shizhi reindex} (Elasticsearch).
     */
    public static final int INDEX_FORMAT = 2;
    public static final String INDEX_FORMAT_KEY = "shizhi_index_format";

    /** The single-valued keyword field each facet counts, the same on both backends. */
    public static final Map<FacetKind, String> FACETS = Map.of(FacetKind.CASE_TYPE, CASE_TYPE, FacetKind.DISTRICT, DISTRICT,
            FacetKind.YEAR, YEAR, FacetKind.SOURCE, SOURCE);

    public static CaseFields of(CaseRecord r, CaseAnalysis analysis) {
        List<String> texts = List.of(r.title(), r.facts(), r.reasoning(), r.outcome(), r.fullText());
        List<String> bigrams = new ArrayList<>(texts.size());
        List<String> words = new ArrayList<>(texts.size());
        // Each text's bigrams are made once: the facts field repeats those of the title and the facts (or full text).
        String[] bigramsOf = new String[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            if (!t.isEmpty()) {
                bigramsOf[i] = analysis.bigramText(t);
                bigrams.add(bigramsOf[i]);
                words.add(analysis.wordText(t));
            }
        }
        List<String> path = new ArrayList<>();
        for (AdminLevel level : AdminLevel.values()) {
            if (level.significantDigits() <= r.area().prefix().length()) {
                path.add(r.area().value().substring(0, level.significantDigits()));
            }
        }
        return new CaseFields(r.id().value(), r.city().value(), path, r.caseType(),
                r.district().map(d -> d.value()).orElse(null), Integer.toString(r.occurredOn().getYear()), r.source().name(),
                r.tags(), r.occurredOn().toEpochDay(), r.closedOn().toEpochDay(), bigrams, words,
                facts(r, bigramsOf));
    }

    /** The title's bigrams and the facts' (the full text's when a case has no facts); texts are stripped, so blank is empty. */
    private static List<String> facts(CaseRecord r, String[] bigramsOf) {
        List<String> facts = new ArrayList<>(2);
        for (String t : new String[] {bigramsOf[0], r.facts().isBlank() ? bigramsOf[4] : bigramsOf[1]}) {
            if (t != null) {
                facts.add(t);
            }
        }
        return facts;
    }
}
