package org.shizhi.domain.archive.port.in;

import java.util.List;
import java.util.Set;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.shared.Actor;

/** Bringing historical cases into the archive (city admins and integrators, for their own city). */
public interface ArchiveCasesUseCase {

    /**
     * Stores, in one transaction, the records not stored yet (by id, so by city and external id) and indexes them if
     * the index answers (else they wait for the catch-up). Returns how many were new and how many were there already.
     */
    Imported importCases(Actor actor, List<CaseRecord> records);

    /** External ids of the caller's city already imported, among these. */
    Set<String> alreadyImported(Actor actor, List<String> externalIds);

    record Imported(int stored, int skipped) {
    }
}
