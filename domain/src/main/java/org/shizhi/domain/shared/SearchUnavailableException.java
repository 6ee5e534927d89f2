package org.shizhi.domain.shared;

/**
 * A search backend does not answer (an Elasticsearch cluster down, an index being opened). Writes are not affected:
 * the database keeps accepting records and the index catches up when the backend returns.
 */
public final class SearchUnavailableException extends DomainException {

    private final String backend;

    public SearchUnavailableException(String backend, String message) {
        super(null, "the search backend " + backend + " is unavailable: " + message);
        this.backend = backend;
    }

    public String backend() {
        return backend;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.SEARCH_UNAVAILABLE;
    }
}
