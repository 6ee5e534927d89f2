package org.shizhi.domain.archive.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over audit entries: each entry's hash is SHA-256 over its sequence, its event's fields (the purpose
 * only where one was stated) and the
 * previous entry's hash. Editing an entry changes its hash; deleting one breaks the next entry's link (and the
 * sequence); so either is found by {@code verify}.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final char FIELD = '\u001f';
    private static final char ITEM = '\u001e';

    private AuditChain() {
    }

    /** The entry that follows {@code previousHash} at {@code sequence}. */
    public static AuditEntry link(long sequence, String previousHash, AuditEvent event) {
        return new AuditEntry(sequence, event, previousHash, hash(sequence, previousHash, event));
    }

    public static String hash(long sequence, String previousHash, AuditEvent e) {
        StringBuilder b = new StringBuilder(256)
                .append(sequence).append(FIELD)
                .append(previousHash).append(FIELD)
                .append(e.at()).append(FIELD)
                .append(e.subject()).append(FIELD)
                .append(e.rolesText()).append(FIELD)
                .append(e.city().value()).append(FIELD)
                .append(e.action().name()).append(FIELD)
                .append(e.query()).append(FIELD)
                .append(e.filters()).append(FIELD)
                .append(e.hitCount()).append(FIELD);
        for (String id : e.ids()) {
            b.append(id).append(ITEM);
        }
        // Only a stated purpose is hashed: entries written before purposes existed keep the hash they were written with.
        if (!e.purpose().isEmpty()) {
            b.append(FIELD).append(e.purpose());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every JDK has SHA-256", e1);
        }
    }
}
