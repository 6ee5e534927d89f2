package org.shizhi.domain.archive.model;

/** One hit as the index answers it: the record itself is read from the store. */
public record ArchiveHit(CaseId id, float score, long closedEpochDay) {

    public SearchAfter after() {
        return new SearchAfter(score, closedEpochDay, id);
    }
}
