package org.shizhi.domain.archive.model;

/** What search results are counted by. */
public enum FacetKind {
    CASE_TYPE,
    /** The 12-digit code of the district the case lies in; cases filed at city level have none. */
    DISTRICT,
    /** The year the case occurred. */
    YEAR,
    SOURCE
}
