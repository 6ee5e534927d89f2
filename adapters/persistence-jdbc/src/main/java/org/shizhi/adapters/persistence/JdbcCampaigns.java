package org.shizhi.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.ActivityId;
import org.shizhi.domain.campaign.model.AwardId;
import org.shizhi.domain.campaign.model.Ballot;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.campaign.model.FundEntry;
import org.shizhi.domain.campaign.model.FundIncome;
import org.shizhi.domain.campaign.model.HallId;
import org.shizhi.domain.campaign.model.Nomination;
import org.shizhi.domain.campaign.model.NominationId;
import org.shizhi.domain.campaign.model.NomineeTally;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.PublicHall;
import org.shizhi.domain.campaign.model.RegisterEntryId;
import org.shizhi.domain.campaign.model.RoundId;
import org.shizhi.domain.campaign.model.SamaritanAward;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.campaign.model.VotingRound;
import org.shizhi.domain.campaign.model.Wedding;
import org.shizhi.domain.campaign.model.WeddingAreaReport;
import org.shizhi.domain.campaign.model.WeddingId;
import org.shizhi.domain.campaign.model.WeddingRegisterEntry;
import org.shizhi.domain.campaign.model.WeddingService;
import org.shizhi.domain.campaign.port.out.CampaignRepository;
import org.shizhi.domain.campaign.port.out.SafetyStarRepository;
import org.shizhi.domain.campaign.port.out.SamaritanFund;
import org.shizhi.domain.campaign.port.out.WeddingReform;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;

/**
 * The campaign context's stores (migration V120). Counts are GROUP BYs; the rules that must hold under concurrency are the
 * database's: the ballot's primary key, the hall booking's primary key, and the fund's conditional debit.
 */
final class JdbcCampaigns {

    static final String HONOUREE_ID_NUMBER = "samaritan_honouree.id_number";
    static final String FOLK_MASTER_MOBILE = "wedding_register_entry.mobile";
    static final String VOTER_MARK = "safety_star_ballot.voter_mark";

    private JdbcCampaigns() {
    }

    /** Rows newest first by ({@code keyColumn}, {@code idColumn}), strictly after the request's position. */
    /** The ledger line a position names; text the ledger never wrote is refused as the cursor, as Position's keys are. */
    private static long ledgerLine(Position position) {
        try {
            return Long.parseLong(position.id());
        } catch (NumberFormatException e) {
            throw new org.shizhi.domain.shared.InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
        }
    }

    private static String keysetBefore(PageRequest page, String keyColumn, String idColumn) {
        return page.after().isPresent()
                ? " AND (" + keyColumn + " < :after_key OR (" + keyColumn + " = :after_key AND " + idColumn + " < :after_id))"
                : "";
    }

    private static Acting acting(ResultSet rs, String prefix) throws SQLException {
        return new Acting(rs.getString(prefix + "_by"), Role.valueOf(rs.getString(prefix + "_role")));
    }

    // ---- Campaigns ----

    static final class Campaigns implements CampaignRepository {

        private static final String COLUMNS = "c.id, c.city_code, c.theme, c.organiser, c.period_start, c.period_end, c.template_id,"
                + " c.launched_at, c.launched_by, c.launched_role";
        private final Jdbi jdbi;

        Campaigns(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        @Override
        public void launch(Campaign c) {
            jdbi.useTransaction(h -> {
                h.createUpdate("""
                        INSERT INTO campaign (id, city_code, theme, organiser, period_start, period_end, template_id, launched_at,
                            launched_by, launched_role)
                        VALUES (:id, :city, :theme, :organiser, :start, :end, :template, :at, :by, :role)""")
                        .bind("id", SqlValues.uuid(c.id().value())).bind("city", c.city().toString()).bind("theme", c.theme())
                        .bind("organiser", c.organiser()).bind("start", SqlValues.date(c.period().start()))
                        .bind("end", SqlValues.date(c.period().end())).bind("template", c.template().orElse(null))
                        .bind("at", SqlValues.instant(c.launchedAt())).bind("by", c.launchedBy().subject())
                        .bind("role", c.launchedBy().role().name()).execute();
                for (AreaCode area : c.targetAreas()) {
                    h.createUpdate("INSERT INTO campaign_target_area (campaign_id, area_code) VALUES (:id, :area)")
                            .bind("id", SqlValues.uuid(c.id().value())).bind("area", area.toString()).execute();
                }
                for (VenueKind kind : c.targetKinds()) {
                    h.createUpdate("INSERT INTO campaign_target_kind (campaign_id, venue_kind) VALUES (:id, :kind)")
                            .bind("id", SqlValues.uuid(c.id().value())).bind("kind", kind.name()).execute();
                }
                items(h, c.id(), "ACTIVITY", c.activityKinds());
                items(h, c.id(), "CHECK", c.checklist());
            });
        }

        private static void items(Handle h, CampaignId id, String list, List<String> items) {
            for (int i = 0; i < items.size(); i++) {
                h.createUpdate("INSERT INTO campaign_item (campaign_id, item_list, seq, item_text) VALUES (:id, :list, :seq, :text)")
                        .bind("id", SqlValues.uuid(id.value())).bind("list", list).bind("seq", i).bind("text", items.get(i)).execute();
            }
        }

        @Override
        public Optional<Campaign> find(CampaignId id) {
            return jdbi.withHandle(h -> load(h, h.createQuery("SELECT " + COLUMNS + " FROM campaign c WHERE c.id = :id")
                    .bind("id", SqlValues.uuid(id.value())))).stream().findFirst();
        }

        @Override
        public Slice<Campaign> within(AreaCode area, PageRequest page) {
            AreaRange range = AreaRange.of(area);
            return jdbi.withHandle(h -> {
                Query q = h.createQuery("SELECT " + COLUMNS + " FROM campaign c WHERE EXISTS (SELECT 1 FROM campaign_target_area t"
                        + " WHERE t.campaign_id = c.id AND " + range.on("t.area_code") + ")"
                        + keysetBefore(page, "c.launched_at", "c.id") + " ORDER BY c.launched_at DESC, c.id DESC LIMIT :limit");
                range.bind(q).bind("limit", page.limit() + 1);
                page.after().ifPresent(p -> q.bind("after_key", SqlValues.instant(p.instantKey()))
                        .bind("after_id", SqlValues.uuid(p.uuidId())));
                return Slice.of(load(h, q), page, c -> new Position(c.launchedAt().toString(), c.id().toString()));
            });
        }

        private static List<Campaign> load(Handle h, Query query) {
            record Row(UUID id, String city, String theme, String organiser, LocalDate start, LocalDate end, String template,
                       java.time.Instant at, Acting by) {
            }
            List<Row> rows = query.map((rs, ctx) -> new Row(SqlValues.uuid(rs, "id"), rs.getString("city_code"), rs.getString("theme"),
                    rs.getString("organiser"), SqlValues.date(rs, "period_start"), SqlValues.date(rs, "period_end"),
                    rs.getString("template_id"), SqlValues.instant(rs, "launched_at"), acting(rs, "launched"))).list();
            List<Campaign> campaigns = new ArrayList<>();
            for (Row r : rows) {
                List<AreaCode> areas = h.createQuery("SELECT area_code FROM campaign_target_area WHERE campaign_id = :id ORDER BY area_code")
                        .bind("id", SqlValues.uuid(r.id())).map((rs, ctx) -> AreaCode.of(rs.getString(1).strip())).list();
                Set<VenueKind> kinds = EnumSet.noneOf(VenueKind.class);
                h.createQuery("SELECT venue_kind FROM campaign_target_kind WHERE campaign_id = :id").bind("id", SqlValues.uuid(r.id()))
                        .mapTo(String.class).forEach(k -> kinds.add(VenueKind.valueOf(k)));
                Map<String, List<String>> lists = new HashMap<>();
                h.createQuery("SELECT item_list, item_text FROM campaign_item WHERE campaign_id = :id ORDER BY item_list, seq")
                        .bind("id", SqlValues.uuid(r.id()))
                        .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                        .forEach(e -> lists.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                campaigns.add(new Campaign(new CampaignId(r.id()), AreaCode.of(r.city().strip()), r.theme(), r.organiser(),
                        new Period(r.start(), r.end()), areas, kinds, Optional.ofNullable(r.template()),
                        lists.getOrDefault("ACTIVITY", List.of()), lists.getOrDefault("CHECK", List.of()), r.at(), r.by()));
            }
            return campaigns;
        }

        @Override
        public void record(Activity a) {
            jdbi.useTransaction(h -> {
                List<AreaCode> targets = h.createQuery("SELECT area_code FROM campaign_target_area WHERE campaign_id = :id")
                        .bind("id", SqlValues.uuid(a.campaign().value())).map((rs, ctx) -> AreaCode.of(rs.getString(1).strip())).list();
                AreaCode target = targets.stream().filter(t -> t.contains(a.area())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("activity " + a.id() + " lies in no target area of campaign " + a.campaign()));
                h.createUpdate("""
                        INSERT INTO campaign_activity (id, campaign_id, venue_kind, place, area_code, target_area, held_on, kind,
                            participants, members, volunteers, organiser, evidence, recorded_at, recorded_by, recorded_role)
                        VALUES (:id, :campaign, :venue, :place, :area, :target, :on, :kind, :participants, :members, :volunteers,
                            :organiser, :evidence, :at, :by, :role)""")
                        .bind("id", SqlValues.uuid(a.id().value())).bind("campaign", SqlValues.uuid(a.campaign().value()))
                        .bind("venue", a.venueKind().name()).bind("place", a.place()).bind("area", a.area().toString())
                        .bind("target", target.toString()).bind("on", SqlValues.date(a.heldOn())).bind("kind", a.kind().orElse(null))
                        .bind("participants", a.participants().count()).bind("members", a.participants().members().orElse(null))
                        .bind("volunteers", a.participants().volunteers().orElse(null)).bind("organiser", a.organiser())
                        .bind("evidence", a.evidence().description()).bind("at", SqlValues.instant(a.recordedAt()))
                        .bind("by", a.recordedBy().subject()).bind("role", a.recordedBy().role().name()).execute();
                List<Activity.Attachment> attachments = a.evidence().attachments();
                for (int i = 0; i < attachments.size(); i++) {
                    Activity.Attachment f = attachments.get(i);
                    h.createUpdate("INSERT INTO campaign_activity_attachment (activity_id, seq, file_name, media_type, size_bytes, sha256)"
                                    + " VALUES (:id, :seq, :name, :type, :size, :sha)")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("seq", i).bind("name", f.fileName())
                            .bind("type", f.mediaType()).bind("size", f.sizeBytes()).bind("sha", f.sha256()).execute();
                }
            });
        }

        @Override
        public Slice<Activity> activities(CampaignId campaign, PageRequest page) {
            return jdbi.withHandle(h -> {
                Query q = h.createQuery("SELECT * FROM campaign_activity WHERE campaign_id = :campaign"
                        + keysetBefore(page, "held_on", "id") + " ORDER BY held_on DESC, id DESC LIMIT :limit")
                        .bind("campaign", SqlValues.uuid(campaign.value())).bind("limit", page.limit() + 1);
                page.after().ifPresent(p -> q.bind("after_key", SqlValues.date(p.dateKey()))
                        .bind("after_id", SqlValues.uuid(p.uuidId())));
                List<Activity> rows = q.map((rs, ctx) -> new Activity(new ActivityId(SqlValues.uuid(rs, "id")), campaign,
                        VenueKind.valueOf(rs.getString("venue_kind")), rs.getString("place"), AreaCode.of(rs.getString("area_code").strip()),
                        SqlValues.date(rs, "held_on"), SqlValues.optionalString(rs, "kind"),
                        new Activity.Participants(rs.getInt("participants"), SqlValues.optionalInt(rs, "members"),
                                SqlValues.optionalInt(rs, "volunteers")),
                        rs.getString("organiser"), new Activity.Evidence(rs.getString("evidence"), List.of()),
                        SqlValues.instant(rs, "recorded_at"), acting(rs, "recorded"))).list();
                List<Activity> withFiles = new ArrayList<>();
                for (Activity a : rows) {
                    List<Activity.Attachment> files = h.createQuery("SELECT * FROM campaign_activity_attachment WHERE activity_id = :id ORDER BY seq")
                            .bind("id", SqlValues.uuid(a.id().value()))
                            .map((rs, ctx) -> new Activity.Attachment(rs.getString("file_name"), rs.getString("media_type"),
                                    rs.getLong("size_bytes"), rs.getString("sha256"))).list();
                    withFiles.add(files.isEmpty() ? a : new Activity(a.id(), a.campaign(), a.venueKind(), a.place(), a.area(), a.heldOn(),
                            a.kind(), a.participants(), a.organiser(), new Activity.Evidence(a.evidence().description(), files),
                            a.recordedAt(), a.recordedBy()));
                }
                return Slice.of(withFiles, page, a -> new Position(a.heldOn().toString(), a.id().toString()));
            });
        }

        @Override
        public Map<AreaCode, Set<VenueKind>> reached(CampaignId campaign) {
            Map<AreaCode, Set<VenueKind>> reached = new LinkedHashMap<>();
            jdbi.useHandle(h -> h.createQuery("SELECT target_area, venue_kind FROM campaign_activity WHERE campaign_id = :id"
                            + " GROUP BY target_area, venue_kind")
                    .bind("id", SqlValues.uuid(campaign.value()))
                    .map((rs, ctx) -> Map.entry(AreaCode.of(rs.getString(1).strip()), VenueKind.valueOf(rs.getString(2))))
                    .forEach(e -> reached.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(VenueKind.class)).add(e.getValue())));
            return reached;
        }

        @Override
        public VenueCoverageCount venueCoverage(AreaCode area, LocalDate from, LocalDate to) {
            AreaRange range = AreaRange.of(area);
            return jdbi.withHandle(h -> {
                long[] targeted = range.bind(h.createQuery("""
                                SELECT COUNT(DISTINCT c.id), COUNT(*) FROM campaign c
                                JOIN campaign_target_area t ON t.campaign_id = c.id
                                JOIN campaign_target_kind k ON k.campaign_id = c.id
                                WHERE c.period_start <= :to AND c.period_end >= :from AND """ + range.on("t.area_code")))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                        .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
                long reached = range.bind(h.createQuery("""
                                SELECT COUNT(*) FROM (SELECT DISTINCT a.campaign_id, a.target_area, a.venue_kind FROM campaign_activity a
                                JOIN campaign c ON c.id = a.campaign_id
                                JOIN campaign_target_kind k ON k.campaign_id = a.campaign_id AND k.venue_kind = a.venue_kind
                                WHERE c.period_start <= :to AND c.period_end >= :from AND a.held_on >= :from AND a.held_on <= :to
                                AND """ + range.on("a.target_area") + ") reached"))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to)).mapTo(Long.class).one();
                return new VenueCoverageCount(targeted[0], targeted[1], reached);
            });
        }

        @Override
        public Map<AreaCode, VenueCoverageCount> venueCoverageByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
            AreaRange range = AreaRange.of(within);
            String targetUnit = AreaGroups.unit("t.area_code", level);
            String reachedUnit = AreaGroups.unit("a.target_area", level);
            return jdbi.withHandle(h -> {
                Map<AreaCode, long[]> targeted = new HashMap<>();
                range.bind(h.createQuery("""
                                SELECT %s AS unit, COUNT(DISTINCT c.id) AS campaigns, COUNT(*) AS pairs FROM campaign c
                                JOIN campaign_target_area t ON t.campaign_id = c.id
                                JOIN campaign_target_kind k ON k.campaign_id = c.id
                                WHERE c.period_start <= :to AND c.period_end >= :from AND %s GROUP BY %s"""
                                .formatted(targetUnit, range.on("t.area_code"), targetUnit)))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                        .map((rs, ctx) -> targeted.put(AreaGroups.area(rs.getString("unit")),
                                new long[] {rs.getLong("campaigns"), rs.getLong("pairs")})).list();
                Map<AreaCode, Long> reached = new HashMap<>();
                range.bind(h.createQuery("""
                                SELECT unit, COUNT(*) AS pairs FROM (SELECT DISTINCT %s AS unit, a.campaign_id, a.target_area, a.venue_kind
                                FROM campaign_activity a
                                JOIN campaign c ON c.id = a.campaign_id
                                JOIN campaign_target_kind k ON k.campaign_id = a.campaign_id AND k.venue_kind = a.venue_kind
                                WHERE c.period_start <= :to AND c.period_end >= :from AND a.held_on >= :from AND a.held_on <= :to
                                AND %s) reached GROUP BY unit""".formatted(reachedUnit, range.on("a.target_area"))))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                        .map((rs, ctx) -> reached.put(AreaGroups.area(rs.getString("unit")), rs.getLong("pairs"))).list();
                Map<AreaCode, VenueCoverageCount> out = new HashMap<>();
                targeted.forEach((area, t) -> out.put(area, new VenueCoverageCount(t[0], t[1], reached.getOrDefault(area, 0L))));
                return out;
            });
        }
    }

    // ---- Safety Star ----

    static final class SafetyStar implements SafetyStarRepository {

        private final Jdbi jdbi;
        private final PersonalDataCipher cipher;

        SafetyStar(Jdbi jdbi, PersonalDataCipher cipher) {
            this.jdbi = jdbi;
            this.cipher = cipher;
        }

        @Override
        public void open(VotingRound r) {
            jdbi.useHandle(h -> h.createUpdate("""
                    INSERT INTO safety_star_round (id, area_code, title, voting_start, voting_end, opened_at, opened_by, opened_role)
                    VALUES (:id, :area, :title, :start, :end, :at, :by, :role)""")
                    .bind("id", SqlValues.uuid(r.id().value())).bind("area", r.area().toString()).bind("title", r.title())
                    .bind("start", SqlValues.date(r.voting().start())).bind("end", SqlValues.date(r.voting().end()))
                    .bind("at", SqlValues.instant(r.openedAt())).bind("by", r.openedBy().subject())
                    .bind("role", r.openedBy().role().name()).execute());
        }

        private static VotingRound round(ResultSet rs) throws SQLException {
            return new VotingRound(new RoundId(SqlValues.uuid(rs, "id")), AreaCode.of(rs.getString("area_code").strip()),
                    rs.getString("title"), new Period(SqlValues.date(rs, "voting_start"), SqlValues.date(rs, "voting_end")),
                    SqlValues.instant(rs, "opened_at"), acting(rs, "opened"));
        }

        @Override
        public Optional<VotingRound> round(RoundId id) {
            return jdbi.withHandle(h -> h.createQuery("SELECT * FROM safety_star_round WHERE id = :id")
                    .bind("id", SqlValues.uuid(id.value())).map((rs, ctx) -> round(rs)).findOne());
        }

        @Override
        public Slice<VotingRound> rounds(AreaCode area, PageRequest page) {
            AreaRange range = AreaRange.of(area);
            return jdbi.withHandle(h -> {
                Query q = range.bind(h.createQuery("SELECT * FROM safety_star_round WHERE " + range.on("area_code")
                        + keysetBefore(page, "voting_end", "id") + " ORDER BY voting_end DESC, id DESC LIMIT :limit"))
                        .bind("limit", page.limit() + 1);
                page.after().ifPresent(p -> q.bind("after_key", SqlValues.date(p.dateKey()))
                        .bind("after_id", SqlValues.uuid(p.uuidId())));
                return Slice.of(q.map((rs, ctx) -> round(rs)).list(), page,
                        r -> new Position(r.voting().end().toString(), r.id().toString()));
            });
        }

        @Override
        public void nominate(Nomination n) {
            jdbi.useHandle(h -> h.createUpdate("""
                    INSERT INTO safety_star_nomination (id, round_id, nominee, nominated_by, deed, evidence, nominated_at, recorded_by,
                        recorded_role)
                    VALUES (:id, :round, :nominee, :nominatedBy, :deed, :evidence, :at, :by, :role)""")
                    .bind("id", SqlValues.uuid(n.id().value())).bind("round", SqlValues.uuid(n.round().value()))
                    .bind("nominee", n.nominee()).bind("nominatedBy", n.nominatedBy()).bind("deed", n.deed())
                    .bind("evidence", n.evidence()).bind("at", SqlValues.instant(n.nominatedAt()))
                    .bind("by", n.recordedBy().subject()).bind("role", n.recordedBy().role().name()).execute());
        }

        private static Nomination nomination(ResultSet rs) throws SQLException {
            return new Nomination(new NominationId(SqlValues.uuid(rs, "id")), new RoundId(SqlValues.uuid(rs, "round_id")),
                    rs.getString("nominee"), rs.getString("nominated_by"), rs.getString("deed"), rs.getString("evidence"),
                    SqlValues.instant(rs, "nominated_at"), acting(rs, "recorded"));
        }

        @Override
        public Optional<Nomination> nomination(NominationId id) {
            return jdbi.withHandle(h -> h.createQuery("SELECT * FROM safety_star_nomination WHERE id = :id")
                    .bind("id", SqlValues.uuid(id.value())).map((rs, ctx) -> nomination(rs)).findOne());
        }

        @Override
        public void cast(Ballot b) {
            // The round is part of the hashed value: a resident's ballots in two rounds cannot be linked by their marks.
            String mark = cipher.blindIndex(VOTER_MARK, b.round() + "\n" + b.voter().value());
            try {
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO safety_star_ballot (round_id, voter_mark, nomination_id, cast_at)"
                                + " VALUES (:round, :mark, :nomination, :at)")
                        .bind("round", SqlValues.uuid(b.round().value())).bind("mark", mark)
                        .bind("nomination", SqlValues.uuid(b.nomination().value())).bind("at", SqlValues.instant(b.castAt())).execute());
            } catch (JdbiException e) {
                RuntimeException translated = SqlErrors.translate(e, "voterIdNumber", "a ballot of this resident in round " + b.round());
                if (translated instanceof ConflictException) {
                    throw new ConflictException("voterIdNumber", "this resident has voted in round " + b.round()
                            + " already: one vote per resident per round");
                }
                throw e;
            }
        }

        @Override
        public List<NomineeTally> results(RoundId round) {
            return jdbi.withHandle(h -> h.createQuery("""
                            SELECT n.*, COALESCE(v.votes, 0) AS votes FROM safety_star_nomination n
                            LEFT JOIN (SELECT nomination_id, COUNT(*) AS votes FROM safety_star_ballot WHERE round_id = :round
                                       GROUP BY nomination_id) v ON v.nomination_id = n.id
                            WHERE n.round_id = :round ORDER BY votes DESC, n.nominated_at, n.id""")
                    .bind("round", SqlValues.uuid(round.value()))
                    .map((rs, ctx) -> new NomineeTally(nomination(rs), rs.getLong("votes"))).list());
        }
    }

    // ---- Good Samaritan funds ----

    static final class Funds implements SamaritanFund {

        private final Jdbi jdbi;
        private final PersonalDataCipher cipher;

        Funds(Jdbi jdbi, PersonalDataCipher cipher) {
            this.jdbi = jdbi;
            this.cipher = cipher;
        }

        @Override
        public FundEntry receive(FundIncome income) {
            try {
                return receiveOnce(income);
            } catch (JdbiException e) {
                // Two first incomes of one fund at once: one opened it, the other adds to it now.
                if (SqlErrors.translate(e, "fundArea", "fund") instanceof ConflictException) {
                    return receiveOnce(income);
                }
                throw e;
            }
        }

        private FundEntry receiveOnce(FundIncome income) {
            String area = income.fund().toString();
            return jdbi.inTransaction(h -> {
                int updated = h.createUpdate("UPDATE samaritan_fund SET balance = balance + :amount, last_seq = last_seq + 1"
                                + " WHERE area_code = :area")
                        .bind("amount", income.amount()).bind("area", area).execute();
                if (updated == 0) {
                    h.createUpdate("INSERT INTO samaritan_fund (area_code, balance, last_seq) VALUES (:area, :amount, 1)")
                            .bind("area", area).bind("amount", income.amount()).execute();
                }
                return entry(h, income.fund(), FundEntry.Kind.INCOME, income.amount(), income.receivedOn(), income.source(),
                        Optional.empty(), income.recordedAt());
            });
        }

        /** Reads the fund's row this transaction just changed (and holds locked) and writes the ledger line after it. */
        private static FundEntry entry(Handle h, AreaCode fund, FundEntry.Kind kind, BigDecimal amount, LocalDate on, String description,
                                       Optional<AwardId> award, java.time.Instant at) {
            Map.Entry<BigDecimal, Long> state = h.createQuery("SELECT balance, last_seq FROM samaritan_fund WHERE area_code = :area")
                    .bind("area", fund.toString()).map((rs, ctx) -> Map.entry(rs.getBigDecimal(1), rs.getLong(2))).one();
            FundEntry entry = new FundEntry(fund, state.getValue(), kind, amount, state.getKey(), on, description, award, at);
            h.createUpdate("""
                    INSERT INTO samaritan_fund_entry (fund_area, seq, kind, amount, balance_after, entry_on, description, award_id,
                        recorded_at)
                    VALUES (:area, :seq, :kind, :amount, :balance, :on, :description, :award, :at)""")
                    .bind("area", fund.toString()).bind("seq", entry.seq()).bind("kind", kind.name()).bind("amount", amount)
                    .bind("balance", entry.balanceAfter()).bind("on", SqlValues.date(on)).bind("description", description)
                    .bind("award", SqlValues.uuid(award.map(AwardId::value).orElse(null))).bind("at", SqlValues.instant(at)).execute();
            return entry;
        }

        @Override
        public FundEntry award(SamaritanAward a) {
            String area = a.fund().toString();
            return jdbi.inTransaction(h -> {
                // The check and the debit are one statement: a concurrent award either sees this one's debit or waits for it.
                int debited = h.createUpdate("UPDATE samaritan_fund SET balance = balance - :amount, last_seq = last_seq + 1"
                                + " WHERE area_code = :area AND balance >= :amount")
                        .bind("amount", a.amount()).bind("area", area).execute();
                if (debited == 0) {
                    Optional<BigDecimal> balance = h.createQuery("SELECT balance FROM samaritan_fund WHERE area_code = :area")
                            .bind("area", area).mapTo(BigDecimal.class).findOne();
                    throw new ConflictException("amount", balance.map(b -> "the fund of " + area + " holds " + b.toPlainString()
                                    + " yuan, less than the award of " + a.amount().toPlainString())
                            .orElse("area " + area + " has no Good Samaritan fund: record its income first"));
                }
                h.createUpdate("""
                        INSERT INTO samaritan_award (id, fund_area, act, act_on, place, amount, awarded_at, awarded_by, awarded_role)
                        VALUES (:id, :area, :act, :on, :place, :amount, :at, :by, :role)""")
                        .bind("id", SqlValues.uuid(a.id().value())).bind("area", area).bind("act", a.act())
                        .bind("on", SqlValues.date(a.actOn())).bind("place", a.place()).bind("amount", a.amount())
                        .bind("at", SqlValues.instant(a.awardedAt())).bind("by", a.awardedBy().subject())
                        .bind("role", a.awardedBy().role().name()).execute();
                for (int i = 0; i < a.honoured().size(); i++) {
                    SamaritanAward.Honouree p = a.honoured().get(i);
                    h.createUpdate("INSERT INTO samaritan_honouree (award_id, seq, name, id_number) VALUES (:id, :seq, :name, :number)")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("seq", i).bind("name", p.name())
                            .bind("number", p.idNumber().map(n -> cipher.encrypt(HONOUREE_ID_NUMBER, n.value())).orElse(null)).execute();
                }
                return entry(h, a.fund(), FundEntry.Kind.AWARD, a.amount(), a.actOn(), a.act(), Optional.of(a.id()), a.awardedAt());
            });
        }

        @Override
        public Optional<BigDecimal> balance(AreaCode fund) {
            return jdbi.withHandle(h -> h.createQuery("SELECT balance FROM samaritan_fund WHERE area_code = :area")
                    .bind("area", fund.toString()).mapTo(BigDecimal.class).findOne());
        }

        @Override
        public Optional<SamaritanAward> awardOf(AwardId id) {
            return jdbi.withHandle(h -> {
                List<SamaritanAward.Honouree> honoured = h.createQuery("SELECT name, id_number FROM samaritan_honouree WHERE award_id = :id ORDER BY seq")
                        .bind("id", SqlValues.uuid(id.value()))
                        .map((rs, ctx) -> new SamaritanAward.Honouree(rs.getString("name"), Optional.ofNullable(rs.getString("id_number"))
                                .map(s -> new IdNumber(cipher.decrypt(HONOUREE_ID_NUMBER, s))))).list();
                return h.createQuery("SELECT * FROM samaritan_award WHERE id = :id").bind("id", SqlValues.uuid(id.value()))
                        .map((rs, ctx) -> new SamaritanAward(id, AreaCode.of(rs.getString("fund_area").strip()), rs.getString("act"),
                                SqlValues.date(rs, "act_on"), rs.getString("place"), honoured, rs.getBigDecimal("amount"),
                                SqlValues.instant(rs, "awarded_at"), acting(rs, "awarded"))).findOne();
            });
        }

        @Override
        public Slice<FundEntry> ledger(AreaCode fund, PageRequest page) {
            return jdbi.withHandle(h -> {
                Query q = h.createQuery("SELECT * FROM samaritan_fund_entry WHERE fund_area = :area"
                        + (page.after().isPresent() ? " AND seq < :after" : "") + " ORDER BY seq DESC LIMIT :limit")
                        .bind("area", fund.toString()).bind("limit", page.limit() + 1);
                page.after().ifPresent(p -> q.bind("after", ledgerLine(p)));
                return Slice.of(q.map((rs, ctx) -> new FundEntry(fund, rs.getLong("seq"), FundEntry.Kind.valueOf(rs.getString("kind")),
                                rs.getBigDecimal("amount"), rs.getBigDecimal("balance_after"), SqlValues.date(rs, "entry_on"),
                                rs.getString("description"), SqlValues.optionalUuid(rs, "award_id").map(AwardId::new),
                                SqlValues.instant(rs, "recorded_at"))).list(), page,
                        e -> new Position(String.format("%019d", e.seq()), Long.toString(e.seq())));
            });
        }
    }

    // ---- Wedding reform ----

    static final class Weddings implements WeddingReform {

        private final Jdbi jdbi;
        private final PersonalDataCipher cipher;

        Weddings(Jdbi jdbi, PersonalDataCipher cipher) {
            this.jdbi = jdbi;
            this.cipher = cipher;
        }

        @Override
        public void addHall(PublicHall hall) {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO wedding_hall (id, area_code, name, capacity) VALUES (:id, :area, :name, :capacity)")
                    .bind("id", SqlValues.uuid(hall.id().value())).bind("area", hall.area().toString()).bind("name", hall.name())
                    .bind("capacity", hall.capacity()).execute());
        }

        private static PublicHall hall(ResultSet rs) throws SQLException {
            return new PublicHall(new HallId(SqlValues.uuid(rs, "id")), AreaCode.of(rs.getString("area_code").strip()),
                    rs.getString("name"), rs.getInt("capacity"));
        }

        @Override
        public Optional<PublicHall> hall(HallId id) {
            return jdbi.withHandle(h -> h.createQuery("SELECT * FROM wedding_hall WHERE id = :id").bind("id", SqlValues.uuid(id.value()))
                    .map((rs, ctx) -> hall(rs)).findOne());
        }

        @Override
        public List<PublicHall> halls(AreaCode area) {
            AreaRange range = AreaRange.of(area);
            return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT * FROM wedding_hall WHERE " + range.on("area_code")
                    + " ORDER BY area_code, name")).map((rs, ctx) -> hall(rs)).list());
        }

        private static String kindOf(Class<?> kind) {
            if (kind == WeddingRegisterEntry.FolkMaster.class) {
                return "FOLK_MASTER";
            }
            if (kind == WeddingRegisterEntry.AllianceBusiness.class) {
                return "ALLIANCE";
            }
            if (kind == WeddingRegisterEntry.CounsellingSession.class) {
                return "COUNSELLING";
            }
            throw new IllegalArgumentException("no register of " + kind);
        }

        @Override
        public void enter(WeddingRegisterEntry entry) {
            jdbi.useHandle(h -> {
                var insert = h.createUpdate("""
                        INSERT INTO wedding_register_entry (id, kind, area_code, entry_on, name, mobile, service, pledge, charity_price,
                            counsellor, couples)
                        VALUES (:id, :kind, :area, :on, :name, :mobile, :service, :pledge, :price, :counsellor, :couples)""")
                        .bind("id", SqlValues.uuid(entry.id().value())).bind("kind", kindOf(entry.getClass()))
                        .bind("area", entry.area().toString()).bind("on", SqlValues.date(entry.on()));
                switch (entry) {
                    case WeddingRegisterEntry.FolkMaster m -> insert.bind("name", m.name())
                            .bind("mobile", m.phone().map(p -> cipher.encrypt(FOLK_MASTER_MOBILE, p.value())).orElse(null))
                            .bindNull("service", java.sql.Types.VARCHAR).bindNull("pledge", java.sql.Types.VARCHAR)
                            .bindNull("price", java.sql.Types.NUMERIC).bindNull("counsellor", java.sql.Types.VARCHAR)
                            .bindNull("couples", java.sql.Types.INTEGER);
                    case WeddingRegisterEntry.AllianceBusiness b -> insert.bind("name", b.name()).bindNull("mobile", java.sql.Types.VARCHAR)
                            .bind("service", b.service()).bind("pledge", b.pledge()).bind("price", b.charityPrice())
                            .bindNull("counsellor", java.sql.Types.VARCHAR).bindNull("couples", java.sql.Types.INTEGER);
                    case WeddingRegisterEntry.CounsellingSession s -> insert.bind("name", s.topic()).bindNull("mobile", java.sql.Types.VARCHAR)
                            .bindNull("service", java.sql.Types.VARCHAR).bindNull("pledge", java.sql.Types.VARCHAR)
                            .bindNull("price", java.sql.Types.NUMERIC).bind("counsellor", s.counsellor()).bind("couples", s.couples());
                }
                insert.execute();
            });
        }

        @Override
        public <E extends WeddingRegisterEntry> Slice<E> entries(Class<E> kind, AreaCode area, PageRequest page) {
            AreaRange range = AreaRange.of(area);
            return jdbi.withHandle(h -> {
                Query q = range.bind(h.createQuery("SELECT * FROM wedding_register_entry WHERE kind = :kind AND " + range.on("area_code")
                        + keysetBefore(page, "entry_on", "id") + " ORDER BY entry_on DESC, id DESC LIMIT :limit"))
                        .bind("kind", kindOf(kind)).bind("limit", page.limit() + 1);
                page.after().ifPresent(p -> q.bind("after_key", SqlValues.date(p.dateKey()))
                        .bind("after_id", SqlValues.uuid(p.uuidId())));
                List<E> rows = q.map((rs, ctx) -> kind.cast(entry(rs))).list();
                return Slice.of(rows, page, e -> new Position(e.on().toString(), e.id().toString()));
            });
        }

        private WeddingRegisterEntry entry(ResultSet rs) throws SQLException {
            RegisterEntryId id = new RegisterEntryId(SqlValues.uuid(rs, "id"));
            AreaCode area = AreaCode.of(rs.getString("area_code").strip());
            LocalDate on = SqlValues.date(rs, "entry_on");
            return switch (rs.getString("kind")) {
                case "FOLK_MASTER" -> new WeddingRegisterEntry.FolkMaster(id, area, rs.getString("name"),
                        Optional.ofNullable(rs.getString("mobile")).map(s -> new PhoneNumber(cipher.decrypt(FOLK_MASTER_MOBILE, s))), on);
                case "ALLIANCE" -> new WeddingRegisterEntry.AllianceBusiness(id, area, rs.getString("name"), rs.getString("service"),
                        rs.getString("pledge"), rs.getBigDecimal("charity_price"), on);
                default -> new WeddingRegisterEntry.CounsellingSession(id, area, rs.getString("name"), rs.getString("counsellor"),
                        rs.getInt("couples"), on);
            };
        }

        @Override
        public void register(Wedding w) {
            try {
                jdbi.useTransaction(h -> {
                    h.createUpdate("""
                            INSERT INTO wedding (id, area_code, wedding_on, partner_one, partner_two, hall_id, max_guests, max_tables,
                                max_gifts, registered_at, registered_by, registered_role)
                            VALUES (:id, :area, :on, :one, :two, :hall, :guests, :tables, :gifts, :at, :by, :role)""")
                            .bind("id", SqlValues.uuid(w.id().value())).bind("area", w.area().toString())
                            .bind("on", SqlValues.date(w.weddingOn())).bind("one", w.partnerOne()).bind("two", w.partnerTwo())
                            .bind("hall", SqlValues.uuid(w.hall().map(HallId::value).orElse(null)))
                            .bind("guests", w.pledge().maxGuests()).bind("tables", w.pledge().maxBanquetTables())
                            .bind("gifts", w.pledge().maxGifts()).bind("at", SqlValues.instant(w.registeredAt()))
                            .bind("by", w.registeredBy().subject()).bind("role", w.registeredBy().role().name()).execute();
                    for (WeddingService s : w.services()) {
                        h.createUpdate("INSERT INTO wedding_service_used (wedding_id, service) VALUES (:id, :service)")
                                .bind("id", SqlValues.uuid(w.id().value())).bind("service", s.name()).execute();
                    }
                    if (w.hall().isPresent()) {
                        h.createUpdate("INSERT INTO wedding_hall_booking (hall_id, booked_on, wedding_id) VALUES (:hall, :on, :id)")
                                .bind("hall", SqlValues.uuid(w.hall().get().value())).bind("on", SqlValues.date(w.weddingOn()))
                                .bind("id", SqlValues.uuid(w.id().value())).execute();
                    }
                });
            } catch (JdbiException e) {
                if (w.hall().isPresent() && SqlErrors.translate(e, "hallId", "booking") instanceof ConflictException) {
                    throw new ConflictException("hallId", "hall " + w.hall().get() + " is booked on " + w.weddingOn() + " already");
                }
                throw e;
            }
        }

        @Override
        public void followUp(Wedding w) {
            Wedding.FollowUpCheck c = w.followUp().orElseThrow(() -> new IllegalArgumentException("a follow-up stores a check"));
            int updated = jdbi.withHandle(h -> h.createUpdate("""
                    UPDATE wedding SET checked_on = :on, guests = :guests, banquet_tables = :tables, gifts = :gifts, checked_by = :by,
                        pledge_kept = :kept
                    WHERE id = :id AND checked_on IS NULL""")
                    .bind("on", SqlValues.date(c.checkedOn())).bind("guests", c.guests()).bind("tables", c.banquetTables())
                    .bind("gifts", c.gifts()).bind("by", c.checkedBy()).bind("kept", w.pledgeKept().orElseThrow())
                    .bind("id", SqlValues.uuid(w.id().value())).execute());
            if (updated == 0) {
                throw new ConflictException("weddingId", "wedding " + w.id() + " was checked already");
            }
        }

        private static final String WEDDING = "SELECT w.*, (SELECT STRING_AGG(s.service, ',') FROM wedding_service_used s"
                + " WHERE s.wedding_id = w.id) AS services FROM wedding w";

        private static Wedding wedding(ResultSet rs) throws SQLException {
            String services = rs.getString("services");
            Set<WeddingService> used = EnumSet.noneOf(WeddingService.class);
            if (services != null && !services.isEmpty()) {
                for (String s : services.split(",")) {
                    used.add(WeddingService.valueOf(s));
                }
            }
            Optional<Wedding.FollowUpCheck> check = rs.getObject("checked_on") == null ? Optional.empty()
                    : Optional.of(new Wedding.FollowUpCheck(SqlValues.date(rs, "checked_on"), rs.getInt("guests"),
                            rs.getInt("banquet_tables"), rs.getBigDecimal("gifts"), rs.getString("checked_by")));
            return new Wedding(new WeddingId(SqlValues.uuid(rs, "id")), AreaCode.of(rs.getString("area_code").strip()),
                    SqlValues.date(rs, "wedding_on"), rs.getString("partner_one"), rs.getString("partner_two"), used,
                    SqlValues.optionalUuid(rs, "hall_id").map(HallId::new),
                    new Wedding.SimplicityPledge(rs.getInt("max_guests"), rs.getInt("max_tables"), rs.getBigDecimal("max_gifts")),
                    check, SqlValues.instant(rs, "registered_at"), acting(rs, "registered"));
        }

        @Override
        public Optional<Wedding> wedding(WeddingId id) {
            return jdbi.withHandle(h -> h.createQuery(WEDDING + " WHERE w.id = :id").bind("id", SqlValues.uuid(id.value()))
                    .map((rs, ctx) -> wedding(rs)).findOne());
        }

        @Override
        public Slice<Wedding> weddings(AreaCode area, PageRequest page) {
            AreaRange range = AreaRange.of(area);
            return jdbi.withHandle(h -> {
                Query q = range.bind(h.createQuery(WEDDING + " WHERE " + range.on("w.area_code")
                        + keysetBefore(page, "w.wedding_on", "w.id") + " ORDER BY w.wedding_on DESC, w.id DESC LIMIT :limit"))
                        .bind("limit", page.limit() + 1);
                page.after().ifPresent(p -> q.bind("after_key", SqlValues.date(p.dateKey()))
                        .bind("after_id", SqlValues.uuid(p.uuidId())));
                return Slice.of(q.map((rs, ctx) -> wedding(rs)).list(), page,
                        w -> new Position(w.weddingOn().toString(), w.id().toString()));
            });
        }

        @Override
        public List<WeddingAreaReport> report(AreaCode area, LocalDate from, LocalDate to) {
            AreaRange range = AreaRange.of(area);
            String where = " WHERE " + range.on("w.area_code") + " AND w.wedding_on >= :from AND w.wedding_on <= :to";
            return jdbi.withHandle(h -> {
                Map<String, Map<WeddingService, Long>> services = new HashMap<>();
                range.bind(h.createQuery("SELECT w.area_code, s.service, COUNT(*) FROM wedding w JOIN wedding_service_used s"
                                + " ON s.wedding_id = w.id" + where + " GROUP BY w.area_code, s.service"))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                        .map((rs, ctx) -> Map.entry(rs.getString(1).strip() + "|" + rs.getString(2), rs.getLong(3)))
                        .forEach(e -> {
                            String[] key = e.getKey().split("\\|");
                            services.computeIfAbsent(key[0], k -> new EnumMap<>(WeddingService.class))
                                    .put(WeddingService.valueOf(key[1]), e.getValue());
                        });
                return range.bind(h.createQuery("SELECT w.area_code, COUNT(*) AS weddings,"
                                + " SUM(CASE WHEN w.checked_on IS NOT NULL THEN 1 ELSE 0 END) AS followed,"
                                + " SUM(CASE WHEN w.pledge_kept = TRUE THEN 1 ELSE 0 END) AS kept,"
                                + " SUM(CASE WHEN w.pledge_kept = FALSE THEN 1 ELSE 0 END) AS broken"
                                + " FROM wedding w" + where + " GROUP BY w.area_code ORDER BY w.area_code"))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                        .map((rs, ctx) -> {
                            String code = rs.getString("area_code").strip();
                            return new WeddingAreaReport(AreaCode.of(code), rs.getLong("weddings"),
                                    services.getOrDefault(code, Map.of()), rs.getLong("followed"), rs.getLong("kept"), rs.getLong("broken"));
                        }).list();
            });
        }
    }
}
