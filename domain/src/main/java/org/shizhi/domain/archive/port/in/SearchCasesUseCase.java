package org.shizhi.domain.archive.port.in;

import java.util.function.Consumer;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.shared.Actor;

/**
 * Searching and reading the case archive. Auditors, city admins, street officers, mediators and community staff
 * search the cases of their city and jurisdiction; every search, read and export leaves an audit entry; personal data
 * is masked everywhere unless the reader holds {@code PERSONAL_DATA}.
 */
public interface SearchCasesUseCase {

    int MAX_EXPORT = 10_000;

    CaseSearchResult search(Actor actor, CaseSearch search);

    CaseView read(Actor actor, CaseId id);

    /**
     * Every case of the search (its cursor and limit ignored), at most {@link #MAX_EXPORT}, in the search's order,
     * handed to {@code rows} one by one; auditors and city admins only. Returns how many were handed.
     */
    long export(Actor actor, CaseSearch search, Consumer<CaseView> rows);
}
