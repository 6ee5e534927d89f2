package org.shizhi.domain.archive.model;

import java.util.Objects;

/**
 * A case's long texts, which a hit's snippet is cut from. The index keeps them beside its tokens, so that a page of
 * hits reads them from there instead of reading whole judgments from the database ({@code CaseArchive.texts}); they
 * are the record's own, unmasked: masking happens above the index, as for everything shown.
 */
public record CaseTexts(String facts, String reasoning, String outcome, String fullText) {

    public CaseTexts {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(fullText, "fullText");
    }

    public static CaseTexts of(CaseRecord r) {
        return new CaseTexts(r.facts(), r.reasoning(), r.outcome(), r.fullText());
    }
}
