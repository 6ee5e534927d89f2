package org.shizhi.domain.archive.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;

/**
 * Which audit entries to list: one city's, optionally one reader's ({@code subject}), one action's, those that name
 * one record ({@code record}: a resident, a grid member, an event, a dispute, a case, whose data was seen), within a
 * time window.
 */
public record AuditFilter(AreaCode city, Optional<String> subject, Optional<AuditAction> action, Optional<Instant> from,
                          Optional<Instant> to, Optional<String> record) {

    public AuditFilter {
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(record, "record");
    }

    /** Any record. */
    public AuditFilter(AreaCode city, Optional<String> subject, Optional<AuditAction> action, Optional<Instant> from,
                       Optional<Instant> to) {
        this(city, subject, action, from, to, Optional.empty());
    }

    public boolean admits(AuditEntry entry) {
        AuditEvent e = entry.event();
        return e.city().equals(city) && subject.map(e.subject()::equals).orElse(true)
                && action.map(a -> a == e.action()).orElse(true)
                && from.map(f -> !e.at().isBefore(f)).orElse(true)
                && to.map(t -> e.at().isBefore(t)).orElse(true)
                && record.map(e.ids()::contains).orElse(true);
    }
}
