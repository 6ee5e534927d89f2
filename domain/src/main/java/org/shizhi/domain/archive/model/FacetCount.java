package org.shizhi.domain.archive.model;

/** How many hits carry {@code value}. */
public record FacetCount(String value, long count) {
}
