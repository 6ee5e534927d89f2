package org.shizhi.domain.archive.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Role;

/**
 * What an audit entry records: who (subject, roles, city), when, what (action, query text, filters), what they
 * got (hit count and the ids returned or read), and why, where the reader stated a purpose. The instant is kept to the microsecond, as the database keeps it, so
 * that the hash computed before storing is the hash recomputed after reading.
 */
public record AuditEvent(Instant at, String subject, Set<Role> roles, AreaCode city, AuditAction action, String query,
                         String filters, long hitCount, List<String> ids, String purpose) {

    /** The longest purpose a reader may state. */
    public static final int MAX_PURPOSE = 500;

    public AuditEvent {
        if (at == null || subject == null || city == null || action == null) {
            throw new InvalidValueException("audit", "an audit entry needs its instant, subject, city and action");
        }
        at = at.truncatedTo(ChronoUnit.MICROS);
        roles = Set.copyOf(new TreeSet<>(roles));
        query = query == null ? "" : query;
        filters = filters == null ? "" : filters;
        ids = List.copyOf(ids);
        purpose = purpose == null ? "" : purpose.strip();
        if (purpose.length() > MAX_PURPOSE) {
            throw new InvalidValueException("purpose", "a purpose is at most " + MAX_PURPOSE + " characters");
        }
    }

    /** An entry without a stated purpose. */
    public AuditEvent(Instant at, String subject, Set<Role> roles, AreaCode city, AuditAction action, String query,
                      String filters, long hitCount, List<String> ids) {
        this(at, subject, roles, city, action, query, filters, hitCount, ids, "");
    }

    /** The roles in a stable order, for the hash and for storage. */
    public String rolesText() {
        return String.join(",", new TreeSet<>(roles.stream().map(Enum::name).toList()));
    }
}
