package org.shizhi.domain.archive.model;

/** What an audited reader did. */
public enum AuditAction {
    SEARCH,
    READ,
    EXPORT
}
