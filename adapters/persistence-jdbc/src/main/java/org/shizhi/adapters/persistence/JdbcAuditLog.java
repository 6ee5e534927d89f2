package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditChain;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.port.out.AuditLog;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;

/**
 * The audit chain in {@code audit_entry}, its head in the single row of {@code audit_head}. An append locks the head
 * row ({@code SELECT ... FOR UPDATE}), links the event to it, inserts the entry and moves the head, in one transaction:
 * appends from every instance queue on that lock, so the chain never forks. {@code audit_record} lists, in the same
 * transaction, the records each entry names, for listing the entries of one record.
 */
final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "sequence, at, subject, roles, city_code, action, query, filters, hit_count, ids, "
            + "previous_hash, hash, purpose";

    private final Jdbi jdbi;

    JdbcAuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        try {
            return jdbi.inTransaction(h -> appendIn(h, event));
        } catch (JdbiException firstHeadRaced) {
            // Two instances made the missing head row at once: the loser appends behind the winner.
            return jdbi.inTransaction(h -> appendIn(h, event));
        }
    }

    private AuditEntry appendIn(Handle h, AuditEvent event) {
        Optional<Head> head = lockHead(h);
        if (head.isEmpty()) {
            h.createUpdate("INSERT INTO audit_head (id, sequence, hash) VALUES (1, 0, :genesis)")
                    .bind("genesis", AuditChain.GENESIS).execute();
            head = lockHead(h);
        }
        AuditEntry entry = AuditChain.link(head.orElseThrow().sequence() + 1, head.get().hash(), event);
        h.createUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (:sequence, :at, :subject, :roles, :city_code, :action, "
                        + ":query, :filters, :hit_count, :ids, :previous_hash, :hash, :purpose)")
                .bind("sequence", entry.sequence()).bind("at", SqlValues.instant(event.at())).bind("subject", event.subject())
                .bind("roles", event.rolesText()).bind("city_code", event.city().value()).bind("action", event.action().name())
                .bind("query", event.query()).bind("filters", event.filters()).bind("hit_count", event.hitCount())
                .bind("ids", String.join(",", event.ids())).bind("previous_hash", entry.previousHash()).bind("hash", entry.hash())
                .bind("purpose", event.purpose())
                .execute();
        List<String> records = event.ids().stream().distinct().toList();
        if (!records.isEmpty()) {
            // One batch in the append's transaction: an entry is listed by every record it names, or not written at all.
            PreparedBatch batch = h.prepareBatch("INSERT INTO audit_record (record_id, sequence) VALUES (:record, :sequence)");
            for (String record : records) {
                batch.bind("record", record).bind("sequence", entry.sequence()).add();
            }
            batch.execute();
        }
        h.createUpdate("UPDATE audit_head SET sequence = :sequence, hash = :hash WHERE id = 1")
                .bind("sequence", entry.sequence()).bind("hash", entry.hash()).execute();
        return entry;
    }

    private static Optional<Head> lockHead(Handle h) {
        return h.createQuery("SELECT sequence, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                .map((rs, ctx) -> new Head(rs.getLong("sequence"), rs.getString("hash"))).findOne();
    }

    @Override
    public Slice<AuditEntry> list(AuditFilter filter, PageRequest page) {
        Optional<Long> beforeSequence = page.after().map(AuditLog::sequenceOf);
        StringBuilder where = new StringBuilder("city_code = :city");
        filter.subject().ifPresent(s -> where.append(" AND subject = :subject"));
        filter.action().ifPresent(a -> where.append(" AND action = :action"));
        filter.from().ifPresent(f -> where.append(" AND at >= :from"));
        filter.to().ifPresent(t -> where.append(" AND at < :to"));
        filter.record().ifPresent(r -> where.append(" AND sequence IN (SELECT sequence FROM audit_record WHERE record_id = :record)"));
        beforeSequence.ifPresent(b -> where.append(" AND sequence < :before"));
        List<AuditEntry> found = jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE " + where + " ORDER BY sequence DESC LIMIT :limit")
                    .bind("city", filter.city().value()).bind("limit", page.limit() + 1);
            filter.subject().ifPresent(s -> q.bind("subject", s));
            filter.action().ifPresent(a -> q.bind("action", a.name()));
            filter.from().ifPresent(f -> q.bind("from", SqlValues.instant(f)));
            filter.to().ifPresent(t -> q.bind("to", SqlValues.instant(t)));
            filter.record().ifPresent(r -> q.bind("record", r));
            beforeSequence.ifPresent(b -> q.bind("before", b));
            return q.map((rs, ctx) -> entry(rs)).list();
        });
        return Slice.of(found, page, AuditLog::sequencePosition);
    }

    @Override
    public List<AuditEntry> chain(long fromSequence, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence >= :from "
                        + "ORDER BY sequence LIMIT :limit")
                .bind("from", fromSequence).bind("limit", limit).map((rs, ctx) -> entry(rs)).list());
    }

    @Override
    public Optional<Head> head() {
        return jdbi.withHandle(h -> h.createQuery("SELECT sequence, hash FROM audit_head WHERE id = 1")
                .map((rs, ctx) -> new Head(rs.getLong("sequence"), rs.getString("hash"))).findOne()
                .filter(head -> head.sequence() > 0));
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        String roles = rs.getString("roles");
        Set<Role> roleSet = roles.isEmpty() ? Set.of() : Arrays.stream(roles.split(",")).map(Role::valueOf).collect(Collectors.toSet());
        String ids = rs.getString("ids");
        AuditEvent event = new AuditEvent(SqlValues.instant(rs, "at"), rs.getString("subject"), roleSet,
                AreaCode.of(rs.getString("city_code")), AuditAction.valueOf(rs.getString("action")), rs.getString("query"),
                rs.getString("filters"), rs.getLong("hit_count"), ids.isEmpty() ? List.of() : List.of(ids.split(",")),
                rs.getString("purpose"));
        return new AuditEntry(rs.getLong("sequence"), event, rs.getString("previous_hash"), rs.getString("hash"));
    }
}
