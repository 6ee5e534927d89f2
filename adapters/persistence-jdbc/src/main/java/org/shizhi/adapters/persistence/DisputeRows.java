package org.shizhi.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.JointConsultation;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.Risk;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * Reads disputes: the {@code dispute} rows a condition selects, in its order, and then their lists (risk reasons,
 * parties, sessions with their mediators and attendees, consultation bodies and opinions, obligations, signatories,
 * follow-ups) with one query per table for all the disputes at once, never one per dispute. A table no dispute of the
 * batch can have rows in (no session, no consultation convened, no agreement) is not queried at all.
 */
final class DisputeRows {

    private static final String COLUMNS = """
            d.id, d.source, d.grid_event_id, d.community_code, d.type_code, d.type_label, d.facts, d.claims, d.amount,
            d.people_involved, d.risk_level, d.petition_backlog, d.channel, d.centre_code, d.state, d.opened_at,
            d.deadline_working_days, d.deadline_due_on, d.deadline_passes_at, d.consultation_convened_at,
            d.consultation_conclusion, d.consultation_concluded_at, d.outcome_kind, d.outcome_text, d.outcome_confirmation,
            d.outcome_referral, d.outcome_referral_body, d.outcome_referral_on, d.concluded_at, d.follow_up_due, d.closed_at,
            d.escalations, d.relapses, d.version, d.intake_reference""";
    private static final String AGREEMENT = "AGREEMENT";

    private final PersonalDataCipher cipher;

    DisputeRows(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * The disputes of {@code SELECT ... FROM dispute d <rest>}, in that order; {@code rest} is the WHERE clause and
     * what follows it, its parameters bound by {@code binder}. The rows are read whole before the lists are queried:
     * no statement runs while another's results are open.
     */
    List<Dispute> select(Handle h, String rest, UnaryOperator<Query> binder) {
        List<Row> rows = binder.apply(h.createQuery("SELECT " + COLUMNS + " FROM dispute d " + rest))
                .map((rs, ctx) -> Row.of(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Lists lists = new Lists();
        for (List<Row> chunk : InLists.chunks(rows)) {
            lists.load(h, chunk);
        }
        return rows.stream().map(r -> r.dispute(lists)).toList();
    }

    /** One {@code dispute} row as read, before its lists. */
    private record Row(UUID id, DisputeSource source, Optional<UUID> gridEvent, String community, String typeCode, String typeLabel,
                       String facts, String claims, Optional<BigDecimal> amount, int people, RiskLevel risk, boolean backlog,
                       MediationChannel channel, String centre, DisputeState state, Instant openedAt, Deadline deadline,
                       Optional<Instant> convenedAt, Optional<String> conclusion, Optional<Instant> concludedConsultationAt,
                       Optional<String> outcomeKind, Optional<String> outcomeText, Optional<String> confirmation,
                       Optional<String> referral, Optional<String> referralBody, Optional<LocalDate> referralOn,
                       Optional<Instant> concludedAt, Optional<LocalDate> followUpDue, Optional<Instant> closedAt,
                       int escalations, int relapses, long version, Optional<String> intakeReference) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(SqlValues.uuid(rs, "id"), DisputeSource.valueOf(rs.getString("source")), SqlValues.optionalUuid(rs, "grid_event_id"),
                    rs.getString("community_code"), rs.getString("type_code"), rs.getString("type_label"), rs.getString("facts"),
                    rs.getString("claims"), Optional.ofNullable(rs.getBigDecimal("amount")), rs.getInt("people_involved"),
                    RiskLevel.valueOf(rs.getString("risk_level")), rs.getBoolean("petition_backlog"),
                    MediationChannel.valueOf(rs.getString("channel")), rs.getString("centre_code"),
                    DisputeState.valueOf(rs.getString("state")), SqlValues.instant(rs, "opened_at"),
                    new Deadline(rs.getInt("deadline_working_days"), SqlValues.date(rs, "deadline_due_on"),
                            SqlValues.instant(rs, "deadline_passes_at")),
                    SqlValues.optionalInstant(rs, "consultation_convened_at"), SqlValues.optionalString(rs, "consultation_conclusion"),
                    SqlValues.optionalInstant(rs, "consultation_concluded_at"), SqlValues.optionalString(rs, "outcome_kind"),
                    SqlValues.optionalString(rs, "outcome_text"), SqlValues.optionalString(rs, "outcome_confirmation"),
                    SqlValues.optionalString(rs, "outcome_referral"), SqlValues.optionalString(rs, "outcome_referral_body"),
                    Optional.ofNullable(SqlValues.date(rs, "outcome_referral_on")), SqlValues.optionalInstant(rs, "concluded_at"),
                    Optional.ofNullable(SqlValues.date(rs, "follow_up_due")), SqlValues.optionalInstant(rs, "closed_at"),
                    rs.getInt("escalations"), rs.getInt("relapses"), rs.getLong("version"), SqlValues.optionalString(rs, "intake_reference"));
        }

        boolean hasAgreement() {
            return outcomeKind.filter(AGREEMENT::equals).isPresent();
        }

        Dispute dispute(Lists lists) {
            Optional<JointConsultation> consultation = convenedAt.map(convened -> new JointConsultation(convened,
                    lists.bodies(id), lists.opinions.getOrDefault(id, List.of()), conclusion, concludedConsultationAt));
            Optional<Outcome> outcome = outcomeKind.map(kind -> switch (kind) {
                case AGREEMENT -> new Outcome.Agreement(outcomeText.orElseThrow(), lists.obligations.getOrDefault(id, List.of()),
                        lists.signatories.getOrDefault(id, List.of()), Outcome.JudicialConfirmation.valueOf(confirmation.orElseThrow()));
                case "FAILURE" -> new Outcome.Failure(outcomeText.orElseThrow(), Outcome.Referral.valueOf(referral.orElseThrow()),
                        referralBody.orElseThrow(), referralOn.orElseThrow());
                case "WITHDRAWAL" -> new Outcome.Withdrawal(outcomeText.orElseThrow());
                default -> throw new IllegalStateException("unknown outcome kind " + kind);
            });
            return new Dispute(new DisputeId(id), source, gridEvent.map(GridEventId::new), AreaCode.of(community),
                    new DisputeType(typeCode, typeLabel), lists.parties.getOrDefault(id, List.of()), facts, claims, amount, people,
                    new Risk(risk, lists.reasons.getOrDefault(id, List.of())), backlog, channel, AreaCode.of(centre), state, openedAt,
                    deadline, lists.sessions(id), consultation, outcome, concludedAt, followUpDue,
                    lists.followUps.getOrDefault(id, List.of()), closedAt, escalations, relapses, version, intakeReference);
        }
    }

    /** A row of {@code dispute_session}, without its people. */
    private record SessionRow(int seq, LocalDate on, String notes) {
    }

    /** The people of one session of one dispute: mediators (kind M) or attendees (kind A). */
    private record SessionPeople(UUID dispute, int session, String kind) {
    }

    /** The lists of a batch of disputes, by dispute id (and by session for a session's people). */
    private final class Lists {
        final Map<UUID, List<String>> reasons = new HashMap<>();
        final Map<UUID, List<Party>> parties = new HashMap<>();
        final Map<UUID, List<SessionRow>> sessions = new HashMap<>();
        final Map<SessionPeople, List<String>> people = new HashMap<>();
        final Map<UUID, List<ConsultationBody>> bodies = new HashMap<>();
        final Map<UUID, List<JointConsultation.Opinion>> opinions = new HashMap<>();
        final Map<UUID, List<Outcome.Obligation>> obligations = new HashMap<>();
        final Map<UUID, List<String>> signatories = new HashMap<>();
        final Map<UUID, List<FollowUp>> followUps = new HashMap<>();

        void load(Handle h, List<Row> rows) {
            List<UUID> all = rows.stream().map(Row::id).toList();
            query(h, "SELECT dispute_id, reason FROM dispute_risk_reason WHERE dispute_id IN (<ids>) ORDER BY dispute_id, seq", all)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"), rs.getString("reason")))
                    .forEach(e -> add(reasons, e));
            query(h, "SELECT dispute_id, kind, role, name, id_number, mobile, credit_code FROM dispute_party "
                    + "WHERE dispute_id IN (<ids>) ORDER BY dispute_id, seq", all)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"), party(rs)))
                    .forEach(e -> add(parties, e));
            query(h, "SELECT dispute_id, seq, held_on, notes FROM dispute_session WHERE dispute_id IN (<ids>) ORDER BY dispute_id, seq", all)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"),
                            new SessionRow(rs.getInt("seq"), SqlValues.date(rs, "held_on"), rs.getString("notes"))))
                    .forEach(e -> add(sessions, e));
            List<UUID> withSessions = all.stream().filter(sessions::containsKey).toList();
            if (!withSessions.isEmpty()) {
                query(h, "SELECT dispute_id, session_seq, kind, name FROM dispute_session_person WHERE dispute_id IN (<ids>) "
                        + "ORDER BY dispute_id, session_seq, kind, seq", withSessions)
                        .map((rs, ctx) -> Map.entry(new SessionPeople(SqlValues.uuid(rs, "dispute_id"), rs.getInt("session_seq"),
                                rs.getString("kind")), rs.getString("name")))
                        .forEach(e -> add(people, e));
            }
            List<UUID> convened = rows.stream().filter(r -> r.convenedAt().isPresent()).map(Row::id).toList();
            if (!convened.isEmpty()) {
                query(h, "SELECT dispute_id, body FROM dispute_consultation_body WHERE dispute_id IN (<ids>)", convened)
                        .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"), ConsultationBody.valueOf(rs.getString("body"))))
                        .forEach(e -> add(bodies, e));
                query(h, "SELECT dispute_id, body, opinion, given_at, given_by FROM dispute_consultation_opinion "
                        + "WHERE dispute_id IN (<ids>) ORDER BY dispute_id, seq", convened)
                        .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"), new JointConsultation.Opinion(
                                ConsultationBody.valueOf(rs.getString("body")), rs.getString("opinion"),
                                SqlValues.instant(rs, "given_at"), rs.getString("given_by"))))
                        .forEach(e -> add(opinions, e));
            }
            List<UUID> agreed = rows.stream().filter(Row::hasAgreement).map(Row::id).toList();
            if (!agreed.isEmpty()) {
                query(h, "SELECT dispute_id, description, amount, due_on FROM dispute_obligation WHERE dispute_id IN (<ids>) "
                        + "ORDER BY dispute_id, seq", agreed)
                        .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"), new Outcome.Obligation(rs.getString("description"),
                                Optional.ofNullable(rs.getBigDecimal("amount")), Optional.ofNullable(SqlValues.date(rs, "due_on")))))
                        .forEach(e -> add(obligations, e));
                query(h, "SELECT dispute_id, name FROM dispute_signatory WHERE dispute_id IN (<ids>) ORDER BY dispute_id, seq", agreed)
                        .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"), rs.getString("name")))
                        .forEach(e -> add(signatories, e));
            }
            query(h, "SELECT dispute_id, result, note, visited_at, visited_by FROM dispute_follow_up WHERE dispute_id IN (<ids>) "
                    + "ORDER BY dispute_id, seq", all)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "dispute_id"), new FollowUp(FollowUp.Result.valueOf(rs.getString("result")),
                            rs.getString("note"), SqlValues.instant(rs, "visited_at"), rs.getString("visited_by"))))
                    .forEach(e -> add(followUps, e));
        }

        List<Session> sessions(UUID dispute) {
            List<Session> made = new ArrayList<>();
            for (SessionRow s : sessions.getOrDefault(dispute, List.of())) {
                made.add(new Session(s.on(), people.getOrDefault(new SessionPeople(dispute, s.seq(), "M"), List.of()),
                        people.getOrDefault(new SessionPeople(dispute, s.seq(), "A"), List.of()), s.notes()));
            }
            return made;
        }

        Set<ConsultationBody> bodies(UUID dispute) {
            EnumSet<ConsultationBody> set = EnumSet.noneOf(ConsultationBody.class);
            set.addAll(bodies.getOrDefault(dispute, List.of()));
            return set;
        }

        private Party party(ResultSet rs) throws SQLException {
            return new Party(Party.Kind.valueOf(rs.getString("kind")), Party.Role.valueOf(rs.getString("role")), rs.getString("name"),
                    SqlValues.optionalString(rs, "id_number")
                            .map(v -> new IdNumber(cipher.decrypt(JdbcDisputeRepository.PARTY_ID_NUMBER, v))),
                    SqlValues.optionalString(rs, "mobile")
                            .map(v -> new PhoneNumber(cipher.decrypt(JdbcDisputeRepository.PARTY_MOBILE, v))),
                    SqlValues.optionalString(rs, "credit_code").map(UnifiedSocialCreditCode::new));
        }

        private static Query query(Handle h, String sql, List<UUID> ids) {
            return h.createQuery(sql).bindList("ids", ids.stream().map(SqlValues::uuid).toList());
        }

        private static <K, T> void add(Map<K, List<T>> lists, Map.Entry<K, T> entry) {
            lists.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
    }
}
