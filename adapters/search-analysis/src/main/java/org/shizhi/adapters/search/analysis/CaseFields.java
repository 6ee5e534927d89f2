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
                         List<String> words) {

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

    /** The single-valued keyword field each facet counts, the same on both backends. */
    public static final Map<FacetKind, String> FACETS = Map.of(FacetKind.CASE_TYPE, CASE_TYPE, FacetKind.DISTRICT, DISTRICT,
            FacetKind.YEAR, YEAR, FacetKind.SOURCE, SOURCE);

    public static CaseFields of(CaseRecord r, CaseAnalysis analysis) {
        List<String> texts = List.of(r.title(), r.facts(), r.reasoning(), r.outcome(), r.fullText());
        List<String> bigrams = new ArrayList<>(texts.size());
        List<String> words = new ArrayList<>(texts.size());
        for (String t : texts) {
            if (!t.isEmpty()) {
                bigrams.add(analysis.bigramText(t));
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
                r.tags(), r.occurredOn().toEpochDay(), r.closedOn().toEpochDay(), bigrams, words);
    }
}
