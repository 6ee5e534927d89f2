package org.shizhi.adapters.persistence;

import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.DisputeBreakdown;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;
import org.shizhi.domain.dispute.model.ClosedDisputeRecord;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.Dispute;
import org.shizhi.domain.dispute.model.DisputeChange;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.dispute.model.DisputeSource;
import org.shizhi.domain.dispute.model.DisputeState;
import org.shizhi.domain.dispute.model.DisputeTally;
import org.shizhi.domain.dispute.model.FollowUp;
import org.shizhi.domain.dispute.model.JointConsultation;
import org.shizhi.domain.dispute.model.MediationChannel;
import org.shizhi.domain.dispute.model.Outcome;
import org.shizhi.domain.dispute.model.Party;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.Session;
import org.shizhi.domain.dispute.port.out.DisputeArchiveOutbox;
import org.shizhi.domain.dispute.port.out.DisputeRepository;
import org.shizhi.domain.dispute.port.out.DisputeWrite;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * Disputes in {@code dispute} and the tables of their lists, the timeline in {@code dispute_timeline} (append-only:
 * inserted, never updated or deleted), and the dispute archive outbox. {@link #save} is one transaction: the row
 * replaced under {@code WHERE version = :expected}, the lists that change rewritten, one timeline entry, and the
 * archive record of a close. Parties' ID numbers and mobiles are stored only encrypted.
 */
final class JdbcDisputeRepository implements DisputeRepository, DisputeArchiveOutbox {

    static final String PARTY_ID_NUMBER = "dispute_party.id_number";
    static final String PARTY_MOBILE = "dispute_party.mobile";
    private static final List<String> OPEN = Arrays.stream(DisputeState.values()).filter(DisputeState::isOpen).map(Enum::name).toList();
    /** The order of {@link #within}: newest opening first, ids ascending on ties. */
    private static final Keyset BY_OPENING = Keyset.byInstant("d.opened_at", true, "d.id");
    /** The order of {@link #overdue}: earliest deadline first, ids ascending on ties. */
    private static final Keyset BY_DEADLINE = Keyset.byInstant("d.deadline_passes_at", false, "d.id");

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;
    private final DisputeRows rows;

    JdbcDisputeRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.rows = new DisputeRows(cipher);
    }

    @Override
    public void save(DisputeWrite write) {
        Dispute d = write.dispute();
        jdbi.useTransaction(h -> {
            if (write.isNew()) {
                insert(h, d);
            } else {
                update(h, d, write.expectedVersion());
            }
            writeLists(h, d, write.isNew());
            appendToTimeline(h, write.change());
            write.closedRecord().ifPresent(r -> putInOutbox(h, r));
            JdbcWebhooks.append(h, cipher, org.shizhi.domain.dispute.model.DisputeIntegrationEvents.of(d, write.change()));
        });
    }

    private void insert(Handle h, Dispute d) {
        try {
            Update insert = h.createUpdate("""
                    INSERT INTO dispute (id, source, grid_event_id, community_code, type_code, type_label, facts, claims, amount,
                        people_involved, risk_level, petition_backlog, opened_at, channel, centre_code, state,
                        deadline_working_days, deadline_due_on, deadline_passes_at, consultation_convened_at,
                        consultation_conclusion, consultation_concluded_at, outcome_kind, outcome_text, outcome_confirmation,
                        outcome_referral, outcome_referral_body, outcome_referral_on, concluded_at, follow_up_due, closed_at,
                        escalations, relapses, version, intake_reference)
                    VALUES (:id, :source, :grid_event_id, :community_code, :type_code, :type_label, :facts, :claims, :amount,
                        :people_involved, :risk_level, :petition_backlog, :opened_at, :channel, :centre_code, :state,
                        :deadline_working_days, :deadline_due_on, :deadline_passes_at, :consultation_convened_at,
                        :consultation_conclusion, :consultation_concluded_at, :outcome_kind, :outcome_text, :outcome_confirmation,
                        :outcome_referral, :outcome_referral_body, :outcome_referral_on, :concluded_at, :follow_up_due, :closed_at,
                        :escalations, :relapses, :version, :intake_reference)""")
                    .bind("id", SqlValues.uuid(d.id().value()))
                    .bind("source", d.source().name())
                    .bind("grid_event_id", SqlValues.uuid(d.gridEvent().map(GridEventId::value).orElse(null)))
                    .bind("community_code", d.area().toString())
                    .bind("type_code", d.type().code())
                    .bind("type_label", d.type().label())
                    .bind("facts", d.facts())
                    .bind("claims", d.claims())
                    .bind("amount", d.amount().orElse(null))
                    .bind("people_involved", d.peopleInvolved())
                    .bind("risk_level", d.risk().level().name())
                    .bind("petition_backlog", d.petitionBacklog())
                    .bind("opened_at", SqlValues.instant(d.openedAt()))
                    .bind("intake_reference", d.intakeReference().orElse(null));
            bindChanging(insert, d).execute();
        } catch (JdbiException e) {
            RuntimeException translated = SqlErrors.translate(e, "version", "dispute " + d.id() + " or one of grid event "
                    + d.gridEvent().map(String::valueOf).orElse("-") + " or of intake reference " + d.intakeReference().orElse("-"));
            if (translated != e) {
                throw new StaleVersionException(translated.getMessage());
            }
            throw e;
        }
        for (int i = 0; i < d.risk().reasons().size(); i++) {
            h.createUpdate("INSERT INTO dispute_risk_reason (dispute_id, seq, reason) VALUES (:id, :seq, :reason)")
                    .bind("id", SqlValues.uuid(d.id().value())).bind("seq", i).bind("reason", d.risk().reasons().get(i)).execute();
        }
        for (int i = 0; i < d.parties().size(); i++) {
            Party p = d.parties().get(i);
            h.createUpdate("INSERT INTO dispute_party (dispute_id, seq, kind, role, name, id_number, mobile, credit_code) "
                            + "VALUES (:id, :seq, :kind, :role, :name, :id_number, :mobile, :credit_code)")
                    .bind("id", SqlValues.uuid(d.id().value())).bind("seq", i)
                    .bind("kind", p.kind().name()).bind("role", p.role().name()).bind("name", p.name())
                    .bind("id_number", p.idNumber().map(n -> cipher.encrypt(PARTY_ID_NUMBER, n.value())).orElse(null))
                    .bind("mobile", p.phone().map(n -> cipher.encrypt(PARTY_MOBILE, n.value())).orElse(null))
                    .bind("credit_code", p.creditCode().map(UnifiedSocialCreditCode::value).orElse(null))
                    .execute();
        }
    }

    private void update(Handle h, Dispute d, long expected) {
        Update update = h.createUpdate("""
                UPDATE dispute SET channel = :channel, centre_code = :centre_code, state = :state,
                    deadline_working_days = :deadline_working_days, deadline_due_on = :deadline_due_on,
                    deadline_passes_at = :deadline_passes_at, consultation_convened_at = :consultation_convened_at,
                    consultation_conclusion = :consultation_conclusion, consultation_concluded_at = :consultation_concluded_at,
                    outcome_kind = :outcome_kind, outcome_text = :outcome_text, outcome_confirmation = :outcome_confirmation,
                    outcome_referral = :outcome_referral, outcome_referral_body = :outcome_referral_body,
                    outcome_referral_on = :outcome_referral_on, concluded_at = :concluded_at, follow_up_due = :follow_up_due,
                    closed_at = :closed_at, escalations = :escalations, relapses = :relapses, version = :version,
                    claimed_by = NULL, claimed_until = NULL
                WHERE id = :id AND version = :expected""")
                .bind("id", SqlValues.uuid(d.id().value()))
                .bind("expected", expected);
        if (bindChanging(update, d).execute() == 0) {
            Optional<Long> stored = h.createQuery("SELECT version FROM dispute WHERE id = :id")
                    .bind("id", SqlValues.uuid(d.id().value())).mapTo(Long.class).findOne();
            throw new StaleVersionException("dispute " + d.id() + " is at version "
                    + stored.map(String::valueOf).orElse("(none: it was never stored)") + ", not " + expected);
        }
    }

    private static Update bindChanging(Update s, Dispute d) {
        Optional<JointConsultation> c = d.consultation();
        Optional<Outcome> o = d.outcome();
        String kind = o.map(x -> switch (x) {
            case Outcome.Agreement a -> "AGREEMENT";
            case Outcome.Failure f -> "FAILURE";
            case Outcome.Withdrawal w -> "WITHDRAWAL";
        }).orElse(null);
        String text = o.map(x -> switch (x) {
            case Outcome.Agreement a -> a.terms();
            case Outcome.Failure f -> f.reason();
            case Outcome.Withdrawal w -> w.reason();
        }).orElse(null);
        Optional<Outcome.Agreement> agreement = o.filter(Outcome.Agreement.class::isInstance).map(Outcome.Agreement.class::cast);
        Optional<Outcome.Failure> failure = o.filter(Outcome.Failure.class::isInstance).map(Outcome.Failure.class::cast);
        return s.bind("channel", d.channel().name())
                .bind("centre_code", d.centre().toString())
                .bind("state", d.state().name())
                .bind("deadline_working_days", d.deadline().workingDays())
                .bind("deadline_due_on", SqlValues.date(d.deadline().dueOn()))
                .bind("deadline_passes_at", SqlValues.instant(d.deadline().passesAt()))
                .bind("consultation_convened_at", SqlValues.instant(c.map(JointConsultation::convenedAt)))
                .bind("consultation_conclusion", c.flatMap(JointConsultation::conclusion).orElse(null))
                .bind("consultation_concluded_at", SqlValues.instant(c.flatMap(JointConsultation::concludedAt)))
                .bind("outcome_kind", kind)
                .bind("outcome_text", text)
                .bind("outcome_confirmation", agreement.map(a -> a.confirmation().name()).orElse(null))
                .bind("outcome_referral", failure.map(f -> f.referral().name()).orElse(null))
                .bind("outcome_referral_body", failure.map(Outcome.Failure::body).orElse(null))
                .bind("outcome_referral_on", SqlValues.date(failure.map(Outcome.Failure::on).orElse(null)))
                .bind("concluded_at", SqlValues.instant(d.concludedAt()))
                .bind("follow_up_due", SqlValues.date(d.followUpDue().orElse(null)))
                .bind("closed_at", SqlValues.instant(d.closedAt()))
                .bind("escalations", d.escalations())
                .bind("relapses", d.relapses())
                .bind("version", d.version());
    }

    /** The lists a change may change, rewritten whole: a dispute's lists are short. */
    private static void writeLists(Handle h, Dispute d, boolean isNew) {
        Argument id = SqlValues.uuid(d.id().value());
        if (!isNew) {
            for (String table : List.of("dispute_session_person", "dispute_session", "dispute_consultation_body",
                    "dispute_consultation_opinion", "dispute_obligation", "dispute_signatory", "dispute_follow_up")) {
                h.createUpdate("DELETE FROM " + table + " WHERE dispute_id = :id").bind("id", id).execute();
            }
        }
        for (int i = 0; i < d.sessions().size(); i++) {
            Session s = d.sessions().get(i);
            h.createUpdate("INSERT INTO dispute_session (dispute_id, seq, held_on, notes) VALUES (:id, :seq, :on, :notes)")
                    .bind("id", id).bind("seq", i).bind("on", SqlValues.date(s.on())).bind("notes", s.notes()).execute();
            people(h, id, i, "M", s.mediators());
            people(h, id, i, "A", s.attendees());
        }
        d.consultation().ifPresent(c -> {
            for (ConsultationBody body : c.bodies()) {
                h.createUpdate("INSERT INTO dispute_consultation_body (dispute_id, body) VALUES (:id, :body)")
                        .bind("id", id).bind("body", body.name()).execute();
            }
            for (int i = 0; i < c.opinions().size(); i++) {
                JointConsultation.Opinion o = c.opinions().get(i);
                h.createUpdate("INSERT INTO dispute_consultation_opinion (dispute_id, seq, body, opinion, given_at, given_by) "
                                + "VALUES (:id, :seq, :body, :opinion, :at, :by)")
                        .bind("id", id).bind("seq", i).bind("body", o.body().name()).bind("opinion", o.text())
                        .bind("at", SqlValues.instant(o.at())).bind("by", o.by()).execute();
            }
        });
        if (d.outcome().orElse(null) instanceof Outcome.Agreement a) {
            for (int i = 0; i < a.obligations().size(); i++) {
                Outcome.Obligation ob = a.obligations().get(i);
                h.createUpdate("INSERT INTO dispute_obligation (dispute_id, seq, description, amount, due_on) "
                                + "VALUES (:id, :seq, :description, :amount, :due_on)")
                        .bind("id", id).bind("seq", i).bind("description", ob.description())
                        .bind("amount", ob.amount().orElse(null)).bind("due_on", SqlValues.date(ob.dueOn().orElse(null))).execute();
            }
            for (int i = 0; i < a.signatories().size(); i++) {
                h.createUpdate("INSERT INTO dispute_signatory (dispute_id, seq, name) VALUES (:id, :seq, :name)")
                        .bind("id", id).bind("seq", i).bind("name", a.signatories().get(i)).execute();
            }
        }
        for (int i = 0; i < d.followUps().size(); i++) {
            FollowUp f = d.followUps().get(i);
            h.createUpdate("INSERT INTO dispute_follow_up (dispute_id, seq, result, note, visited_at, visited_by) "
                            + "VALUES (:id, :seq, :result, :note, :at, :by)")
                    .bind("id", id).bind("seq", i).bind("result", f.result().name()).bind("note", f.note())
                    .bind("at", SqlValues.instant(f.at())).bind("by", f.by()).execute();
        }
    }

    private static void people(Handle h, Argument id, int session, String kind, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            h.createUpdate("INSERT INTO dispute_session_person (dispute_id, session_seq, kind, seq, name) "
                            + "VALUES (:id, :session, :kind, :seq, :name)")
                    .bind("id", id).bind("session", session).bind("kind", kind).bind("seq", i).bind("name", names.get(i)).execute();
        }
    }

    /** The one statement that writes the timeline: an insert. */
    private static void appendToTimeline(Handle h, DisputeChange c) {
        h.createUpdate("INSERT INTO dispute_timeline (dispute_id, version, at, actor, actor_role, kind, from_state, to_state, note) "
                        + "VALUES (:id, :version, :at, :actor, :role, :kind, :from, :to, :note)")
                .bind("id", SqlValues.uuid(c.disputeId().value())).bind("version", c.version())
                .bind("at", SqlValues.instant(c.at())).bind("actor", c.by().subject()).bind("role", c.by().role().name())
                .bind("kind", c.kind().name()).bind("from", c.from().map(Enum::name).orElse(null))
                .bind("to", c.to().name()).bind("note", c.note()).execute();
    }

    private static void putInOutbox(Handle h, ClosedDisputeRecord r) {
        Argument id = SqlValues.uuid(r.disputeId().value());
        h.createUpdate("""
                        INSERT INTO dispute_archive_outbox (dispute_id, version, community_code, centre_code, centre_level, type_code,
                            type_label, source, grid_event_id, channel, risk_level, petition_backlog, facts, claims, outcome,
                            opened_at, concluded_at, closed_at, escalations)
                        VALUES (:id, :version, :community, :centre, :level, :type_code, :type_label, :source, :grid_event,
                            :channel, :risk, :backlog, :facts, :claims, :outcome, :opened_at, :concluded_at, :closed_at, :escalations)""")
                .bind("id", id).bind("version", r.version()).bind("community", r.area().toString())
                .bind("centre", r.centre().toString()).bind("level", r.centreLevel().name())
                .bind("type_code", r.typeCode()).bind("type_label", r.typeLabel()).bind("source", r.source().name())
                .bind("grid_event", SqlValues.uuid(r.gridEvent().map(GridEventId::value).orElse(null)))
                .bind("channel", r.channel().name()).bind("risk", r.risk().name()).bind("backlog", r.petitionBacklog())
                .bind("facts", r.facts()).bind("claims", r.claims()).bind("outcome", r.outcome())
                .bind("opened_at", SqlValues.instant(r.openedAt())).bind("concluded_at", SqlValues.instant(r.concludedAt()))
                .bind("closed_at", SqlValues.instant(r.closedAt())).bind("escalations", r.escalations())
                .execute();
        for (int i = 0; i < r.parties().size(); i++) {
            ClosedDisputeRecord.RecordedParty p = r.parties().get(i);
            h.createUpdate("INSERT INTO dispute_archive_outbox_party (dispute_id, version, seq, kind, role, name, personal_data_types) "
                            + "VALUES (:id, :version, :seq, :kind, :role, :name, :types)")
                    .bind("id", id).bind("version", r.version()).bind("seq", i).bind("kind", p.kind().name())
                    .bind("role", p.role().name()).bind("name", p.name())
                    .bind("types", p.personalDataTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .execute();
        }
    }

    @Override
    public Optional<Dispute> find(DisputeId id) {
        return jdbi.withHandle(h -> rows.select(h, "WHERE d.id = :id", q -> q.bind("id", SqlValues.uuid(id.value())))).stream().findFirst();
    }

    @Override
    public Optional<Dispute> ofGridEvent(GridEventId event) {
        return jdbi.withHandle(h -> rows.select(h, "WHERE d.grid_event_id = :event", q -> q.bind("event", SqlValues.uuid(event.value()))))
                .stream().findFirst();
    }

    @Override
    public Optional<Dispute> ofIntakeReference(String reference) {
        return jdbi.withHandle(h -> rows.select(h, "WHERE d.intake_reference = :reference", q -> q.bind("reference", reference)))
                .stream().findFirst();
    }

    @Override
    public List<DisputeChange> timeline(DisputeId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version, at, actor, actor_role, kind, from_state, to_state, note "
                        + "FROM dispute_timeline WHERE dispute_id = :id ORDER BY version")
                .bind("id", SqlValues.uuid(id.value()))
                .map((rs, ctx) -> new DisputeChange(id, rs.getLong("version"), SqlValues.instant(rs, "at"),
                        new Acting(rs.getString("actor"), Role.valueOf(rs.getString("actor_role"))),
                        DisputeChange.Kind.valueOf(rs.getString("kind")),
                        SqlValues.optionalString(rs, "from_state").map(DisputeState::valueOf),
                        DisputeState.valueOf(rs.getString("to_state")), rs.getString("note")))
                .list());
    }

    @Override
    public Slice<Dispute> within(AreaCode area, Optional<DisputeState> state, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<Dispute> found = jdbi.withHandle(h -> rows.select(h, "WHERE " + range.on("d.community_code")
                        + (state.isPresent() ? " AND d.state = :state" : "")
                        + BY_OPENING.after(page) + BY_OPENING.orderAndLimit(),
                q -> {
                    state.ifPresent(s -> q.bind("state", s.name()));
                    return BY_OPENING.bind(range.bind(q), page);
                }));
        return Slice.of(found, page, DisputeRepository::openedPosition);
    }

    @Override
    public Slice<Dispute> overdue(AreaCode area, Instant now, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<Dispute> found = jdbi.withHandle(h -> rows.select(h, "WHERE " + range.on("d.community_code")
                        + " AND d.state IN (<open>) AND d.deadline_passes_at <= :now"
                        + BY_DEADLINE.after(page) + BY_DEADLINE.orderAndLimit(),
                q -> BY_DEADLINE.bind(range.bind(q).bindList("open", OPEN).bind("now", SqlValues.instant(now)), page)));
        return Slice.of(found, page, DisputeRepository::deadlinePosition);
    }

    /**
     * As grid's claim: candidates read without locks in deadline order, then those still free locked with
     * {@code FOR UPDATE SKIP LOCKED} (no ORDER BY or LIMIT on the locking statement: H2 would apply them before
     * skipping), stamped with this call's claim and lease, and read back, all in one transaction.
     */
    @Override
    public List<Dispute> claimOverdue(AreaCode area, Instant now, Duration lease, int limit) {
        AreaRange range = AreaRange.of(area);
        // A dispute at the city centre has no centre above it: claiming it would only be refused again every lease.
        String claimable = range.on("d.community_code") + " AND d.state IN (<open>) AND d.deadline_passes_at <= :now"
                + " AND d.centre_code NOT LIKE '____00000000'"
                + " AND (d.claimed_until IS NULL OR d.claimed_until <= :now)";
        String claim = UUID.randomUUID().toString();
        return jdbi.inTransaction(h -> {
            List<UUID> candidates = range.bind(h.createQuery("SELECT d.id FROM dispute d WHERE " + claimable
                            + " ORDER BY d.deadline_passes_at, d.id LIMIT :window"))
                    .bindList("open", OPEN).bind("now", SqlValues.instant(now)).bind("window", Math.max(limit * 4, 50))
                    .map((rs, ctx) -> SqlValues.uuid(rs, "id")).list();
            if (candidates.isEmpty()) {
                return List.<Dispute>of();
            }
            // Lock only as many as are still wanted at a time, so that a caller never holds rows it will not claim.
            List<Argument> claimed = new ArrayList<>();
            for (int from = 0; from < candidates.size() && claimed.size() < limit; ) {
                int to = Math.min(candidates.size(), from + limit - claimed.size());
                List<UUID> chunk = candidates.subList(from, to);
                Set<UUID> locked = Set.copyOf(range.bind(h.createQuery("SELECT d.id FROM dispute d WHERE d.id IN (<ids>) AND "
                                + claimable + " FOR UPDATE SKIP LOCKED"))
                        .bindList("ids", chunk.stream().map(SqlValues::uuid).toList())
                        .bindList("open", OPEN).bind("now", SqlValues.instant(now))
                        .map((rs, ctx) -> SqlValues.uuid(rs, "id")).list());
                chunk.stream().filter(locked::contains).map(SqlValues::uuid).forEach(claimed::add);
                from = to;
            }
            if (claimed.isEmpty()) {
                return List.<Dispute>of();
            }
            h.createUpdate("UPDATE dispute SET claimed_by = :claim, claimed_until = :until WHERE id IN (<ids>)")
                    .bind("claim", claim).bind("until", SqlValues.instant(now.plus(lease))).bindList("ids", claimed).execute();
            return rows.select(h, "WHERE d.claimed_by = :claim ORDER BY d.deadline_passes_at, d.id", q -> q.bind("claim", claim));
        });
    }

    @Override
    public List<Dispute> openedWithin(AreaCode area, Instant from, Instant to) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> rows.select(h, "WHERE " + range.on("d.community_code")
                        + " AND d.opened_at >= :from AND d.opened_at < :to ORDER BY d.opened_at, d.id",
                q -> range.bind(q).bind("from", SqlValues.instant(from)).bind("to", SqlValues.instant(to))));
    }

    @Override
    public List<DisputeTally> tallies(AreaCode within, AdminLevel level, Instant from, Instant to) {
        AreaRange range = AreaRange.of(within);
        String unit = AreaGroups.unit("d.community_code", level);
        String agreement = "d.outcome_kind = 'AGREEMENT'";
        return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT " + unit + " AS unit, COUNT(*) AS opened, "
                        + "SUM(CASE WHEN d.outcome_kind IS NOT NULL THEN 1 ELSE 0 END) AS concluded, "
                        + "SUM(CASE WHEN " + agreement + " THEN 1 ELSE 0 END) AS agreements, "
                        + "SUM(CASE WHEN " + agreement + " AND EXISTS (SELECT 1 FROM dispute_follow_up f WHERE f.dispute_id = d.id) "
                        + "THEN 1 ELSE 0 END) AS followed_up, "
                        + "SUM(CASE WHEN " + agreement + " AND d.relapses > 0 THEN 1 ELSE 0 END) AS relapsed "
                        + "FROM dispute d WHERE " + range.on("d.community_code") + " AND d.opened_at >= :from AND d.opened_at < :to "
                        + "GROUP BY " + unit + " ORDER BY " + unit))
                .bind("from", SqlValues.instant(from)).bind("to", SqlValues.instant(to))
                .map((rs, ctx) -> new DisputeTally(AreaGroups.area(rs.getString("unit")), rs.getInt("opened"), rs.getInt("concluded"),
                        rs.getInt("agreements"), rs.getInt("followed_up"), rs.getInt("relapsed")))
                .list());
    }

    @Override
    public List<DisputeBreakdown.TypeCount> countByType(AreaCode area, Instant from, Instant to) {
        return countOpened(area, from, to, "d.type_code", "MAX(d.type_label) AS type_label",
                (rs, ctx) -> new DisputeBreakdown.TypeCount(new DisputeType(rs.getString("type_code"), rs.getString("type_label")), rs.getLong("n")));
    }

    @Override
    public List<DisputeBreakdown.ChannelCount> countByChannel(AreaCode area, Instant from, Instant to) {
        return countOpened(area, from, to, "d.channel", null,
                (rs, ctx) -> new DisputeBreakdown.ChannelCount(MediationChannel.valueOf(rs.getString("channel")), rs.getLong("n")));
    }

    /**
     * The disputes opened inside {@code area} in [from, to) counted by {@code column} ({@code n}), most first, ties by
     * the column; {@code also} is one more aggregate to select, if any.
     */
    private <T> List<T> countOpened(AreaCode area, Instant from, Instant to, String column, String also,
                                    org.jdbi.v3.core.mapper.RowMapper<T> row) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT " + column + (also == null ? "" : ", " + also) + ", COUNT(*) AS n "
                        + "FROM dispute d WHERE " + range.on("d.community_code") + " AND d.opened_at >= :from AND d.opened_at < :to "
                        + "GROUP BY " + column + " ORDER BY n DESC, " + column))
                .bind("from", SqlValues.instant(from)).bind("to", SqlValues.instant(to))
                .map(row)
                .list());
    }

    private static final String OUTBOX_COLUMNS = """
            dispute_id, version, community_code, centre_code, centre_level, type_code, type_label, source, grid_event_id,
            channel, risk_level, petition_backlog, facts, claims, outcome, opened_at, concluded_at, closed_at, escalations""";

    @Override
    public List<ClosedDisputeRecord> pending(int limit) {
        return jdbi.withHandle(h -> withParties(h, h.createQuery("SELECT " + OUTBOX_COLUMNS
                        + " FROM dispute_archive_outbox ORDER BY closed_at, dispute_id, version LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> bareRecord(rs))
                .list()));
    }

    private static final String FREE = "(claimed_until IS NULL OR claimed_until <= :now)";

    /**
     * Claims as {@link JdbcCaseArchiveOutbox#claim} does: {@code FOR UPDATE SKIP LOCKED} over a window read without
     * locks, then the lease is stamped, so that concurrent relays take disjoint records (H2 locks instead of skipping,
     * and the re-checked lease still keeps the claims disjoint).
     */
    @Override
    public List<ClosedDisputeRecord> claim(Instant now, Duration lease, int limit) {
        return jdbi.inTransaction(h -> {
            List<RecordKey> claimed = new ArrayList<>();
            Instant afterAt = Instant.EPOCH;
            RecordKey after = new RecordKey(new UUID(0, 0), 0);
            while (claimed.size() < limit) {
                List<Map.Entry<Instant, RecordKey>> window = h.createQuery("SELECT closed_at, dispute_id, version FROM dispute_archive_outbox"
                                + " WHERE " + FREE + " AND (closed_at > :at OR (closed_at = :at AND (dispute_id > :id"
                                + " OR (dispute_id = :id AND version > :version)))) ORDER BY closed_at, dispute_id, version LIMIT :size")
                        .bind("now", SqlValues.instant(now)).bind("at", SqlValues.instant(afterAt))
                        .bind("id", SqlValues.uuid(after.dispute())).bind("version", after.version())
                        .bind("size", limit)
                        .map((rs, ctx) -> Map.entry(SqlValues.instant(rs, "closed_at"),
                                new RecordKey(SqlValues.uuid(rs, "dispute_id"), rs.getLong("version"))))
                        .list();
                if (window.isEmpty()) {
                    break;
                }
                afterAt = window.getLast().getKey();
                after = window.getLast().getValue();
                Set<RecordKey> locked = new HashSet<>(h.createQuery("SELECT dispute_id, version FROM dispute_archive_outbox"
                                + " WHERE dispute_id IN (<ids>) AND " + FREE + " FOR UPDATE SKIP LOCKED")
                        .bindList("ids", window.stream().map(e -> SqlValues.uuid(e.getValue().dispute())).distinct().toList())
                        .bind("now", SqlValues.instant(now))
                        .map((rs, ctx) -> new RecordKey(SqlValues.uuid(rs, "dispute_id"), rs.getLong("version")))
                        .list());
                window.stream().map(Map.Entry::getValue).filter(locked::contains).limit(limit - claimed.size()).forEach(claimed::add);
            }
            if (claimed.isEmpty()) {
                return List.<ClosedDisputeRecord>of();
            }
            Argument until = SqlValues.instant(now.plus(lease));
            PreparedBatch stamp = h.prepareBatch(
                    "UPDATE dispute_archive_outbox SET claimed_until = :until WHERE dispute_id = :id AND version = :version");
            for (RecordKey k : claimed) {
                stamp.bind("until", until).bind("id", SqlValues.uuid(k.dispute())).bind("version", k.version()).add();
            }
            stamp.execute();
            Set<RecordKey> mine = Set.copyOf(claimed);
            List<ClosedDisputeRecord> bare = h.createQuery("SELECT " + OUTBOX_COLUMNS + " FROM dispute_archive_outbox"
                            + " WHERE dispute_id IN (<ids>) ORDER BY closed_at, dispute_id, version")
                    .bindList("ids", claimed.stream().map(k -> SqlValues.uuid(k.dispute())).distinct().toList())
                    .map((rs, ctx) -> bareRecord(rs))
                    .filter(r -> mine.contains(new RecordKey(r.disputeId().value(), r.version())))
                    .list();
            return withParties(h, bare);
        });
    }

    private static ClosedDisputeRecord bareRecord(ResultSet rs) throws SQLException {
        return new ClosedDisputeRecord(new DisputeId(SqlValues.uuid(rs, "dispute_id")), rs.getLong("version"),
                AreaCode.of(rs.getString("community_code")), AreaCode.of(rs.getString("centre_code")),
                AdminLevel.valueOf(rs.getString("centre_level")), rs.getString("type_code"), rs.getString("type_label"),
                DisputeSource.valueOf(rs.getString("source")),
                SqlValues.optionalUuid(rs, "grid_event_id").map(GridEventId::new),
                MediationChannel.valueOf(rs.getString("channel")), RiskLevel.valueOf(rs.getString("risk_level")),
                rs.getBoolean("petition_backlog"), rs.getString("facts"), rs.getString("claims"), rs.getString("outcome"),
                SqlValues.instant(rs, "opened_at"), SqlValues.instant(rs, "concluded_at"),
                SqlValues.instant(rs, "closed_at"), rs.getInt("escalations"), List.of());
    }

    /** The records with their parties, read in one query per chunk of disputes, never one per record. */
    private static List<ClosedDisputeRecord> withParties(Handle h, List<ClosedDisputeRecord> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        Map<RecordKey, List<ClosedDisputeRecord.RecordedParty>> parties = new HashMap<>();
        List<UUID> ids = bare.stream().map(r -> r.disputeId().value()).distinct().toList();
        for (List<UUID> chunk : InLists.chunks(ids)) {
            h.createQuery("SELECT dispute_id, version, kind, role, name, personal_data_types FROM dispute_archive_outbox_party "
                            + "WHERE dispute_id IN (<ids>) ORDER BY dispute_id, version, seq")
                    .bindList("ids", chunk.stream().map(SqlValues::uuid).toList())
                    .map((rs, ctx) -> Map.entry(new RecordKey(SqlValues.uuid(rs, "dispute_id"), rs.getLong("version")),
                            new ClosedDisputeRecord.RecordedParty(Party.Kind.valueOf(rs.getString("kind")),
                                    Party.Role.valueOf(rs.getString("role")), rs.getString("name"),
                                    types(rs.getString("personal_data_types")))))
                    .forEach(e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        List<ClosedDisputeRecord> full = new ArrayList<>(bare.size());
        for (ClosedDisputeRecord r : bare) {
            full.add(new ClosedDisputeRecord(r.disputeId(), r.version(), r.area(), r.centre(), r.centreLevel(), r.typeCode(),
                    r.typeLabel(), r.source(), r.gridEvent(), r.channel(), r.risk(), r.petitionBacklog(), r.facts(), r.claims(),
                    r.outcome(), r.openedAt(), r.concludedAt(), r.closedAt(), r.escalations(),
                    parties.getOrDefault(new RecordKey(r.disputeId().value(), r.version()), List.of())));
        }
        return full;
    }

    /** A closed record in the outbox: a dispute closes once per version that closes it. */
    private record RecordKey(UUID dispute, long version) {
    }

    private static Set<Party.PersonalDataType> types(String text) {
        EnumSet<Party.PersonalDataType> types = EnumSet.noneOf(Party.PersonalDataType.class);
        for (String t : text.split(",")) {
            if (!t.isBlank()) {
                types.add(Party.PersonalDataType.valueOf(t.strip()));
            }
        }
        return types;
    }

    @Override
    public void delivered(DisputeId disputeId, long version) {
        jdbi.useTransaction(h -> {
            Argument id = SqlValues.uuid(disputeId.value());
            h.createUpdate("DELETE FROM dispute_archive_outbox_party WHERE dispute_id = :id AND version = :version")
                    .bind("id", id).bind("version", version).execute();
            h.createUpdate("DELETE FROM dispute_archive_outbox WHERE dispute_id = :id AND version = :version")
                    .bind("id", id).bind("version", version).execute();
        });
    }
}
