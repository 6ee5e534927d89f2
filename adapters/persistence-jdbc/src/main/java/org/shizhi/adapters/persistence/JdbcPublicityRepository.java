package org.shizhi.adapters.persistence;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.shizhi.domain.law.model.AudienceKind;
import org.shizhi.domain.law.model.PublicityEvent;
import org.shizhi.domain.law.model.PublicityEventId;
import org.shizhi.domain.law.port.out.PublicityRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** Law-publicity events in {@code publicity_event}. */
final class JdbcPublicityRepository implements PublicityRepository {

    private static final Keyset BY_DAY = Keyset.byDate("e.held_on", "e.id");

    private final Jdbi jdbi;

    JdbcPublicityRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(PublicityEvent e) {
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                    INSERT INTO publicity_event (id, area_code, topic, audience, place, held_on, reach)
                    VALUES (:id, :area_code, :topic, :audience, :place, :held_on, :reach)""")
                    .bind("id", SqlValues.uuid(e.id().value())).bind("area_code", e.area().toString()).bind("topic", e.topic())
                    .bind("audience", e.audience().name()).bind("place", e.place()).bind("held_on", SqlValues.date(e.heldOn()))
                    .bind("reach", e.reach()).execute());
        } catch (JdbiException x) {
            if (SqlErrors.translate(x, "id", "publicity event " + e.id()) != x) {
                throw new StaleVersionException("publicity event " + e.id() + " is recorded already");
            }
            throw x;
        }
    }

    @Override
    public Slice<PublicityEvent> within(AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<PublicityEvent> found = jdbi.withHandle(h -> BY_DAY.bind(range.bind(h.createQuery(
                        "SELECT e.* FROM publicity_event e WHERE " + range.on("e.area_code")
                                + " AND e.held_on >= :from AND e.held_on <= :to" + BY_DAY.after(page) + BY_DAY.orderAndLimit()))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to)), page)
                .map((rs, ctx) -> new PublicityEvent(new PublicityEventId(SqlValues.uuid(rs, "id")), AreaCode.of(rs.getString("area_code")),
                        rs.getString("topic"), AudienceKind.valueOf(rs.getString("audience")), rs.getString("place"),
                        SqlValues.date(rs, "held_on"), rs.getInt("reach")))
                .list());
        return Slice.of(found, page, PublicityRepository::datePosition);
    }
}
