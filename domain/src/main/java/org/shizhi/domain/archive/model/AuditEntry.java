package org.shizhi.domain.archive.model;

/**
 * An audit event as the chain holds it: its place ({@code sequence}, from 1 without gaps), the hash of the entry
 * before it ({@link AuditChain#GENESIS} for the first) and its own hash over both.
 */
public record AuditEntry(long sequence, AuditEvent event, String previousHash, String hash) {
}
