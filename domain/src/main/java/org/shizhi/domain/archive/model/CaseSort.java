package org.shizhi.domain.archive.model;

/** The order of search results; ties are broken by case id, so that a cursor always has a next position. */
public enum CaseSort {
    /** Best match first; without text, the same as {@link #NEWEST}. */
    RELEVANCE,
    /** Latest closing date first. */
    NEWEST
}
