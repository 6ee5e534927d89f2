package org.shizhi.domain.archive.model;

/**
 * Where the previous page ended: the last hit's sort key (its score for {@link CaseSort#RELEVANCE}, its closing day
 * for {@link CaseSort#NEWEST}) and its id, which breaks ties.
 */
public record SearchAfter(float score, long closedEpochDay, CaseId id) {
}
