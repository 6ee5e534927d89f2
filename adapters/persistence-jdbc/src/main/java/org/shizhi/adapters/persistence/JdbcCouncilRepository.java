package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingId;
import org.shizhi.domain.consultation.model.MeetingMode;
import org.shizhi.domain.consultation.model.Member;
import org.shizhi.domain.consultation.model.QuorumRule;
import org.shizhi.domain.consultation.port.out.CouncilRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * Councils in {@code council}, their members in {@code council_member} (appended, never rewritten: a term ends by its
 * date; name and mobile only encrypted), meetings in {@code council_meeting}.
 */
final class JdbcCouncilRepository implements CouncilRepository {

    static final String MEMBER_NAME = "council_member.name";
    static final String MEMBER_MOBILE = "council_member.mobile";
    private static final Keyset BY_NAME = Keyset.byText("c.name", "c.id");
    private static final Keyset BY_DAY = Keyset.byDate("m.held_on", "m.id");

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcCouncilRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void save(Council c) {
        jdbi.useTransaction(h -> {
            LawPeople.write(h, "council", "council " + c.id(), c.version(),
                    h.createUpdate("""
                            INSERT INTO council (id, area_code, kind, name, quorum_numerator, quorum_denominator, version)
                            VALUES (:id, :area_code, :kind, :name, :numerator, :denominator, :version)""")
                            .bind("id", SqlValues.uuid(c.id().value())).bind("area_code", c.area().toString())
                            .bind("kind", c.kind().name()).bind("name", c.name())
                            .bind("numerator", c.quorum().attendanceNumerator()).bind("denominator", c.quorum().attendanceDenominator())
                            .bind("version", c.version()),
                    h.createUpdate("UPDATE council SET name = :name, version = :version WHERE id = :id AND version = :expected")
                            .bind("id", SqlValues.uuid(c.id().value())).bind("name", c.name()).bind("version", c.version()));
            int stored = h.createQuery("SELECT COUNT(*) FROM council_member WHERE council_id = :id")
                    .bind("id", SqlValues.uuid(c.id().value())).mapTo(Integer.class).one();
            for (int seq = stored; seq < c.members().size(); seq++) {
                Member m = c.members().get(seq);
                h.createUpdate("""
                        INSERT INTO council_member (council_id, seq, name, mobile, capacity, term_from, term_to)
                        VALUES (:id, :seq, :name, :mobile, :capacity, :term_from, :term_to)""")
                        .bind("id", SqlValues.uuid(c.id().value())).bind("seq", seq)
                        .bind("name", cipher.encrypt(MEMBER_NAME, m.name()))
                        .bind("mobile", m.phone().map(p -> cipher.encrypt(MEMBER_MOBILE, p.value())).orElse(null))
                        .bind("capacity", m.capacity()).bind("term_from", SqlValues.date(m.termFrom()))
                        .bind("term_to", SqlValues.date(m.termTo())).execute();
            }
        });
    }

    @Override
    public Optional<Council> find(CouncilId id) {
        return jdbi.withHandle(h -> select(h, "WHERE c.id = :id", q -> q.bind("id", SqlValues.uuid(id.value())))).stream().findFirst();
    }

    @Override
    public Slice<Council> within(AreaCode area, Optional<CouncilKind> kind, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<Council> found = jdbi.withHandle(h -> select(h, "WHERE " + range.on("c.area_code")
                + (kind.isPresent() ? " AND c.kind = :kind" : "") + BY_NAME.after(page) + BY_NAME.orderAndLimit(), q -> {
                    kind.ifPresent(k -> q.bind("kind", k.name()));
                    return BY_NAME.bind(range.bind(q), page);
                }));
        return Slice.of(found, page, CouncilRepository::namePosition);
    }

    private List<Council> select(Handle h, String rest, UnaryOperator<Query> binder) {
        List<Council> councils = binder.apply(h.createQuery("SELECT c.* FROM council c " + rest))
                .map((rs, ctx) -> new Council(new CouncilId(SqlValues.uuid(rs, "id")), rs.getLong("version"),
                        AreaCode.of(rs.getString("area_code")), CouncilKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        new QuorumRule(rs.getInt("quorum_numerator"), rs.getInt("quorum_denominator")), List.of()))
                .list();
        if (councils.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Member>> members = new HashMap<>();
        for (List<Council> chunk : InLists.chunks(councils)) {
            h.createQuery("SELECT * FROM council_member WHERE council_id IN (<ids>) ORDER BY council_id, seq")
                    .bindList("ids", chunk.stream().map(c -> c.id().value()).toList())
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "council_id"), member(rs)))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return councils.stream().map(c -> new Council(c.id(), c.version(), c.area(), c.kind(), c.name(), c.quorum(),
                members.getOrDefault(c.id().value(), List.of()))).toList();
    }

    private Member member(ResultSet rs) throws SQLException {
        return new Member(cipher.decrypt(MEMBER_NAME, rs.getString("name")),
                Optional.ofNullable(rs.getString("mobile")).map(v -> new PhoneNumber(cipher.decrypt(MEMBER_MOBILE, v))),
                rs.getString("capacity"), SqlValues.date(rs, "term_from"), SqlValues.date(rs, "term_to"));
    }

    @Override
    public void addMeeting(Meeting m) {
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                            INSERT INTO council_meeting (id, council_id, area_code, mode, held_on, venue, attendance)
                            VALUES (:id, :council_id, :area_code, :mode, :held_on, :venue, :attendance)""")
                    .bind("id", SqlValues.uuid(m.id().value())).bind("council_id", SqlValues.uuid(m.council().value()))
                    .bind("area_code", m.area().toString()).bind("mode", m.mode().name())
                    .bind("held_on", SqlValues.date(m.heldOn())).bind("venue", m.venue()).bind("attendance", m.attendance())
                    .execute());
        } catch (JdbiException e) {
            if (SqlErrors.translate(e, "version", "meeting " + m.id()) != e) {
                throw new StaleVersionException("meeting " + m.id() + " is stored already");
            }
            throw e;
        }
    }

    @Override
    public Optional<Meeting> meeting(MeetingId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT m.* FROM council_meeting m WHERE m.id = :id")
                .bind("id", SqlValues.uuid(id.value())).map((rs, ctx) -> meeting(rs)).findOne());
    }

    @Override
    public Slice<Meeting> meetings(CouncilId council, PageRequest page) {
        List<Meeting> found = jdbi.withHandle(h -> BY_DAY.bind(h.createQuery("SELECT m.* FROM council_meeting m WHERE m.council_id = :council"
                        + BY_DAY.after(page) + BY_DAY.orderAndLimit()).bind("council", SqlValues.uuid(council.value())), page)
                .map((rs, ctx) -> meeting(rs)).list());
        return Slice.of(found, page, CouncilRepository::meetingPosition);
    }

    private static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(new MeetingId(SqlValues.uuid(rs, "id")), new CouncilId(SqlValues.uuid(rs, "council_id")),
                AreaCode.of(rs.getString("area_code")), MeetingMode.valueOf(rs.getString("mode")), SqlValues.date(rs, "held_on"),
                rs.getString("venue"), rs.getInt("attendance"));
    }
}
