package org.shizhi.adapters.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Counts what the relays have still to take from the three outboxes, in one read each (their indexes lead with the time). */
final class JdbcOutboxBacklogs {

    private final Jdbi jdbi;

    JdbcOutboxBacklogs(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    List<OutboxBacklog> read() {
        return jdbi.withHandle(h -> List.of(
                backlog(h, "case-archive", "SELECT count(*), min(closed_at) FROM case_archive_outbox"),
                backlog(h, "dispute-archive", "SELECT count(*), min(closed_at) FROM dispute_archive_outbox"),
                backlog(h, "integration-event", "SELECT count(*), min(occurred_at) FROM integration_event WHERE fanned_out = FALSE")));
    }

    private static OutboxBacklog backlog(org.jdbi.v3.core.Handle h, String outbox, String sql) {
        return h.createQuery(sql).map((rs, ctx) -> new OutboxBacklog(outbox, rs.getLong(1),
                Optional.ofNullable(rs.getObject(2, OffsetDateTime.class)).map(OffsetDateTime::toInstant))).one();
    }
}
