package org.shizhi.domain.shared;

/**
 * Every way the domain refuses a request. The slug is part of the public contract (problem type URIs
 * are built from it): never rename one, only add.
 */
public enum ProblemKind {
    /** A value breaks a rule of its type (an area code of the wrong length, a bad check digit). */
    INVALID_VALUE("invalid-value", "Invalid value"),
    /** The caller's role does not allow the action. */
    FORBIDDEN("forbidden", "Forbidden"),
    /** The thing asked for does not exist, or is not visible to the caller. */
    NOT_FOUND("not-found", "Not found"),
    /** The request contradicts the current state (an illegal transition, a duplicate). */
    CONFLICT("conflict", "Conflict with the current state"),
    /** The caller's copy is older than the stored one. */
    STALE_VERSION("stale-version", "Stale version"),
    /** The platform lacks reference data it needs to answer (for instance a calendar year). */
    MISSING_REFERENCE_DATA("missing-reference-data", "Missing reference data"),
    /** A search backend does not answer; the detail names it. Records are still accepted. */
    SEARCH_UNAVAILABLE("search-unavailable", "Search backend unavailable");

    private final String slug;
    private final String title;

    ProblemKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
