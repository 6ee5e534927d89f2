package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.Decision;
import org.shizhi.domain.consultation.model.Feedback;
import org.shizhi.domain.consultation.model.MeetingId;
import org.shizhi.domain.consultation.model.Opinion;
import org.shizhi.domain.consultation.model.Proposal;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.consultation.model.Vote;
import org.shizhi.domain.consultation.model.VoteResult;
import org.shizhi.domain.consultation.port.out.TopicRepository;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;

/**
 * Topics in {@code council_topic}; opinions in {@code council_topic_opinion}, appended (the speaker only encrypted);
 * proposals with their votes in {@code council_topic_proposal}, rewritten with the topic. The count over a period is a
 * single aggregate query.
 */
final class JdbcTopicRepository implements TopicRepository {

    static final String SPEAKER = "council_topic_opinion.speaker";
    private static final Keyset LATEST_FIRST = Keyset.byInstant("t.raised_at", true, "t.id");
    private static final Keyset OLDEST_FIRST = Keyset.byInstant("t.raised_at", false, "t.id");

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcTopicRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void save(Topic t) {
        jdbi.useTransaction(h -> {
            LawPeople.write(h, "council_topic", "topic " + t.id(), t.version(),
                    changing(h.createUpdate("""
                            INSERT INTO council_topic (id, council_id, meeting_id, area_code, title, description, major, raised_at,
                                raised_on, decision_proposal, decision_text, decision_assessment_id, decided_at, feedback_text,
                                feedback_channel, feedback_published_at, closed_at, version)
                            VALUES (:id, :council_id, :meeting_id, :area_code, :title, :description, :major, :raised_at, :raised_on,
                                :decision_proposal, :decision_text, :decision_assessment_id, :decided_at, :feedback_text,
                                :feedback_channel, :feedback_published_at, :closed_at, :version)""")
                            .bind("council_id", SqlValues.uuid(t.council().value())).bind("meeting_id", SqlValues.uuid(t.meeting().value()))
                            .bind("area_code", t.area().toString()).bind("title", t.title()).bind("description", t.description())
                            .bind("major", t.major()).bind("raised_at", SqlValues.instant(t.raisedAt()))
                            .bind("raised_on", SqlValues.date(WorkingTime.dateOf(t.raisedAt()))), t),
                    changing(h.createUpdate("""
                            UPDATE council_topic SET decision_proposal = :decision_proposal, decision_text = :decision_text,
                                decision_assessment_id = :decision_assessment_id, decided_at = :decided_at,
                                feedback_text = :feedback_text, feedback_channel = :feedback_channel,
                                feedback_published_at = :feedback_published_at, closed_at = :closed_at, version = :version
                            WHERE id = :id AND version = :expected"""), t));
            UUID id = t.id().value();
            int heard = h.createQuery("SELECT COUNT(*) FROM council_topic_opinion WHERE topic_id = :id")
                    .bind("id", SqlValues.uuid(id)).mapTo(Integer.class).one();
            for (Opinion o : t.opinions().subList(Math.min(heard, t.opinions().size()), t.opinions().size())) {
                h.createUpdate("""
                        INSERT INTO council_topic_opinion (topic_id, seq, speaker, capacity, content, said_at)
                        VALUES (:id, :seq, :speaker, :capacity, :content, :said_at)""")
                        .bind("id", SqlValues.uuid(id)).bind("seq", o.seq()).bind("speaker", cipher.encrypt(SPEAKER, o.speaker()))
                        .bind("capacity", o.capacity()).bind("content", o.content()).bind("said_at", SqlValues.instant(o.at())).execute();
            }
            h.createUpdate("DELETE FROM council_topic_proposal WHERE topic_id = :id").bind("id", SqlValues.uuid(id)).execute();
            for (Proposal p : t.proposals()) {
                Optional<Vote> v = p.vote();
                h.createUpdate("""
                        INSERT INTO council_topic_proposal (topic_id, seq, text, vote_serving, vote_present, vote_in_favour,
                            vote_against, vote_abstaining, vote_result, voted_at)
                        VALUES (:id, :seq, :text, :serving, :present, :in_favour, :against, :abstaining, :result, :voted_at)""")
                        .bind("id", SqlValues.uuid(id)).bind("seq", p.seq()).bind("text", p.text())
                        .bind("serving", v.map(Vote::serving).orElse(null)).bind("present", v.map(Vote::present).orElse(null))
                        .bind("in_favour", v.map(Vote::inFavour).orElse(null)).bind("against", v.map(Vote::against).orElse(null))
                        .bind("abstaining", v.map(Vote::abstaining).orElse(null))
                        .bind("result", v.map(x -> x.result().name()).orElse(null))
                        .bind("voted_at", SqlValues.instant(v.map(Vote::at))).execute();
            }
        });
    }

    private static Update changing(Update s, Topic t) {
        Optional<Decision> d = t.decision();
        Optional<Feedback> f = t.feedback();
        return s.bind("id", SqlValues.uuid(t.id().value()))
                .bind("decision_proposal", d.map(Decision::proposal).orElse(null))
                .bind("decision_text", d.map(Decision::text).orElse(null))
                .bind("decision_assessment_id", SqlValues.uuid(d.flatMap(Decision::assessment).map(AssessmentId::value).orElse(null)))
                .bind("decided_at", SqlValues.instant(d.map(Decision::decidedAt)))
                .bind("feedback_text", f.map(Feedback::text).orElse(null))
                .bind("feedback_channel", f.map(Feedback::channel).orElse(null))
                .bind("feedback_published_at", SqlValues.instant(f.map(Feedback::publishedAt)))
                .bind("closed_at", SqlValues.instant(t.closedAt()))
                .bind("version", t.version());
    }

    @Override
    public Optional<Topic> find(TopicId id) {
        return jdbi.withHandle(h -> select(h, "WHERE t.id = :id", q -> q.bind("id", SqlValues.uuid(id.value())))).stream().findFirst();
    }

    @Override
    public Slice<Topic> within(AreaCode area, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<Topic> found = jdbi.withHandle(h -> select(h, "WHERE " + range.on("t.area_code") + LATEST_FIRST.after(page)
                + LATEST_FIRST.orderAndLimit(), q -> LATEST_FIRST.bind(range.bind(q), page)));
        return Slice.of(found, page, TopicRepository::raisedPosition);
    }

    @Override
    public Slice<Topic> openWithoutFeedback(AreaCode area, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<Topic> found = jdbi.withHandle(h -> select(h, "WHERE " + range.on("t.area_code")
                + " AND t.closed_at IS NULL AND t.feedback_published_at IS NULL" + OLDEST_FIRST.after(page)
                + OLDEST_FIRST.orderAndLimit(), q -> OLDEST_FIRST.bind(range.bind(q), page)));
        return Slice.of(found, page, TopicRepository::raisedPosition);
    }

    @Override
    public TopicCount count(AreaCode area, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> range.bind(h.createQuery("""
                SELECT COUNT(*) AS raised,
                    COALESCE(SUM(CASE WHEN t.closed_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS closed,
                    COALESCE(SUM(CASE WHEN t.closed_at IS NULL AND t.feedback_published_at IS NULL THEN 1 ELSE 0 END), 0) AS awaiting
                FROM council_topic t
                WHERE %s AND t.raised_on >= :from AND t.raised_on <= :to""".formatted(range.on("t.area_code"))))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> new TopicCount(rs.getInt("raised"), rs.getInt("closed"), rs.getInt("awaiting"))).one());
    }

    @Override
    public Map<AreaCode, TopicCount> countByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(within);
        String unit = AreaGroups.unit("t.area_code", level);
        Map<AreaCode, TopicCount> out = new TreeMap<>();
        jdbi.useHandle(h -> range.bind(h.createQuery("""
                        SELECT %s AS unit, COUNT(*) AS raised,
                            SUM(CASE WHEN t.closed_at IS NOT NULL THEN 1 ELSE 0 END) AS closed,
                            SUM(CASE WHEN t.closed_at IS NULL AND t.feedback_published_at IS NULL THEN 1 ELSE 0 END) AS awaiting
                        FROM council_topic t
                        WHERE %s AND t.raised_on >= :from AND t.raised_on <= :to GROUP BY %s""".formatted(unit, range.on("t.area_code"), unit)))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> Map.entry(AreaGroups.area(rs.getString("unit")),
                        new TopicCount(rs.getInt("raised"), rs.getInt("closed"), rs.getInt("awaiting"))))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    private List<Topic> select(Handle h, String rest, UnaryOperator<Query> binder) {
        List<Topic> topics = binder.apply(h.createQuery("SELECT t.* FROM council_topic t " + rest)).map((rs, ctx) -> read(rs)).list();
        if (topics.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Opinion>> opinions = new HashMap<>();
        Map<UUID, List<Proposal>> proposals = new HashMap<>();
        for (List<Topic> chunk : InLists.chunks(topics)) {
            List<UUID> ids = chunk.stream().map(t -> t.id().value()).toList();
            h.createQuery("SELECT * FROM council_topic_opinion WHERE topic_id IN (<ids>) ORDER BY topic_id, seq").bindList("ids", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "topic_id"), new Opinion(rs.getInt("seq"),
                            cipher.decrypt(SPEAKER, rs.getString("speaker")), rs.getString("capacity"), rs.getString("content"),
                            SqlValues.instant(rs, "said_at"))))
                    .forEach(e -> opinions.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            h.createQuery("SELECT * FROM council_topic_proposal WHERE topic_id IN (<ids>) ORDER BY topic_id, seq").bindList("ids", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "topic_id"), proposal(rs)))
                    .forEach(e -> proposals.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return topics.stream().map(t -> new Topic(t.id(), t.version(), t.council(), t.meeting(), t.area(), t.title(), t.description(),
                t.major(), t.raisedAt(), opinions.getOrDefault(t.id().value(), List.of()), proposals.getOrDefault(t.id().value(), List.of()),
                t.decision(), t.feedback(), t.closedAt())).toList();
    }

    private static Proposal proposal(ResultSet rs) throws SQLException {
        Optional<Vote> vote = SqlValues.optionalString(rs, "vote_result").isEmpty() ? Optional.empty()
                : Optional.of(new Vote(rs.getInt("vote_serving"), rs.getInt("vote_present"), rs.getInt("vote_in_favour"),
                rs.getInt("vote_against"), rs.getInt("vote_abstaining"), VoteResult.valueOf(rs.getString("vote_result")),
                SqlValues.instant(rs, "voted_at")));
        return new Proposal(rs.getInt("seq"), rs.getString("text"), vote);
    }

    private static Topic read(ResultSet rs) throws SQLException {
        Optional<Decision> decision = SqlValues.optionalInt(rs, "decision_proposal").isEmpty() ? Optional.empty()
                : Optional.of(new Decision(rs.getInt("decision_proposal"), rs.getString("decision_text"),
                SqlValues.optionalUuid(rs, "decision_assessment_id").map(AssessmentId::new), SqlValues.instant(rs, "decided_at")));
        Optional<Feedback> feedback = SqlValues.optionalString(rs, "feedback_text").isEmpty() ? Optional.empty()
                : Optional.of(new Feedback(rs.getString("feedback_text"), rs.getString("feedback_channel"),
                SqlValues.instant(rs, "feedback_published_at")));
        return new Topic(new TopicId(SqlValues.uuid(rs, "id")), rs.getLong("version"), new CouncilId(SqlValues.uuid(rs, "council_id")),
                new MeetingId(SqlValues.uuid(rs, "meeting_id")), AreaCode.of(rs.getString("area_code")), rs.getString("title"),
                rs.getString("description"), rs.getBoolean("major"), SqlValues.instant(rs, "raised_at"), List.of(), List.of(),
                decision, feedback, SqlValues.optionalInstant(rs, "closed_at"));
    }
}
