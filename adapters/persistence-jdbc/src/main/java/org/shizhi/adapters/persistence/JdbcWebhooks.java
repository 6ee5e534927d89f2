package org.shizhi.adapters.persistence;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shizhi.domain.integration.model.DeliveryAttempt;
import org.shizhi.domain.integration.model.DeliveryState;
import org.shizhi.domain.integration.model.IntegrationEvent;
import org.shizhi.domain.integration.model.SigningSecrets;
import org.shizhi.domain.integration.model.SubscriptionId;
import org.shizhi.domain.integration.model.WebhookDelivery;
import org.shizhi.domain.integration.model.WebhookEventType;
import org.shizhi.domain.integration.model.WebhookSecret;
import org.shizhi.domain.integration.model.WebhookSubscription;
import org.shizhi.domain.integration.model.WebhookUrl;
import org.shizhi.domain.integration.port.out.IntegrationOutbox;
import org.shizhi.domain.integration.port.out.WebhookDeliveries;
import org.shizhi.domain.integration.port.out.WebhookSubscriptions;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * The integration context's three ports in one class over V260: the outbox ({@code integration_event}, written by the
 * grid and dispute stores through {@link #append(Handle, PersonalDataCipher, List)} inside their own transactions),
 * subscriptions and deliveries. Claims lock with {@code FOR UPDATE SKIP LOCKED} and stamp a lease, as the archive's
 * outboxes do, so instances sharing the database take disjoint work.
 */
final class JdbcWebhooks implements WebhookSubscriptions, IntegrationOutbox, WebhookDeliveries {

    static final String PERSONAL_VALUE = "integration_event_field.personal_value";
    static final String SECRET = "webhook_subscription.secret";
    static final String PREVIOUS_SECRET = "webhook_subscription.previous_secret";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcWebhooks(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    // ---- the outbox's write side, for the stores' own transactions

    /** Appends events in the caller's transaction (a Jdbi handle). */
    static void append(Handle h, PersonalDataCipher cipher, List<IntegrationEvent> events) {
        try {
            append(h.getConnection(), cipher, events);
        } catch (SQLException e) {
            throw new IllegalStateException("integration events not written", e);
        }
    }

    /** Appends events in the caller's transaction (plain JDBC: the intake's group commit). */
    static void append(Connection connection, PersonalDataCipher cipher, List<IntegrationEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement e = connection.prepareStatement("INSERT INTO integration_event (id, event_type, area_code, subject, "
                + "subject_version, occurred_at, fanned_out) VALUES (?, ?, ?, ?, ?, ?, FALSE)");
             PreparedStatement f = connection.prepareStatement(
                     "INSERT INTO integration_event_field (event_id, name, clear_value, personal_value) VALUES (?, ?, ?, ?)")) {
            for (IntegrationEvent event : events) {
                e.setObject(1, event.id());
                e.setString(2, event.type().name());
                e.setString(3, event.area().value());
                e.setString(4, event.subject());
                e.setLong(5, event.subjectVersion());
                e.setObject(6, OffsetDateTime.ofInstant(SqlValues.micros(event.occurredAt()), ZoneOffset.UTC));
                e.addBatch();
                for (var field : event.data().entrySet()) {
                    f.setObject(1, event.id());
                    f.setString(2, field.getKey());
                    f.setString(3, field.getValue());
                    f.setString(4, null);
                    f.addBatch();
                }
                for (var field : event.personalData().entrySet()) {
                    f.setObject(1, event.id());
                    f.setString(2, field.getKey());
                    f.setString(3, null);
                    f.setString(4, cipher.encrypt(PERSONAL_VALUE, field.getValue()));
                    f.addBatch();
                }
            }
            e.executeBatch();
            f.executeBatch();
        }
    }

    @Override
    public void append(IntegrationEvent event) {
        jdbi.useTransaction(h -> append(h, cipher, List.of(event)));
    }

    private static final String FREE = "(claimed_until IS NULL OR claimed_until <= :now)";

    @Override
    public List<IntegrationEvent> claim(Instant now, Duration lease, int limit) {
        return jdbi.inTransaction(h -> {
            List<UUID> window = h.createQuery("SELECT id FROM integration_event WHERE fanned_out = FALSE AND " + FREE
                            + " ORDER BY occurred_at, id LIMIT :size")
                    .bind("now", SqlValues.instant(now)).bind("size", limit * 2)
                    .map((rs, ctx) -> SqlValues.uuid(rs, "id")).list();
            if (window.isEmpty()) {
                return List.<IntegrationEvent>of();
            }
            Set<UUID> locked = new HashSet<>(h.createQuery("SELECT id FROM integration_event WHERE id IN (<ids>) AND fanned_out = FALSE AND "
                            + FREE + " FOR UPDATE SKIP LOCKED")
                    .bindList("ids", window.stream().map(SqlValues::uuid).toList())
                    .bind("now", SqlValues.instant(now)).map((rs, ctx) -> SqlValues.uuid(rs, "id")).list());
            List<UUID> claimed = window.stream().filter(locked::contains).limit(limit).toList();
            if (claimed.isEmpty()) {
                return List.<IntegrationEvent>of();
            }
            h.createUpdate("UPDATE integration_event SET claimed_until = :until WHERE id IN (<ids>)")
                    .bind("until", SqlValues.instant(now.plus(lease))).bindList("ids", claimed.stream().map(SqlValues::uuid).toList())
                    .execute();
            return events(h, claimed);
        });
    }

    /** The events by id, in the order of the ids. */
    private List<IntegrationEvent> events(Handle h, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, String>> data = new HashMap<>();
        Map<UUID, Map<String, String>> personal = new HashMap<>();
        h.createQuery("SELECT event_id, name, clear_value, personal_value FROM integration_event_field WHERE event_id IN (<ids>)")
                .bindList("ids", ids.stream().map(SqlValues::uuid).toList())
                .map((rs, ctx) -> {
                    UUID id = SqlValues.uuid(rs, "event_id");
                    String sealed = rs.getString("personal_value");
                    if (sealed != null) {
                        personal.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString("name"), cipher.decrypt(PERSONAL_VALUE, sealed));
                    } else {
                        data.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(rs.getString("name"), rs.getString("clear_value"));
                    }
                    return id;
                }).list();
        Map<UUID, IntegrationEvent> byId = new HashMap<>();
        h.createQuery("SELECT id, event_type, area_code, subject, subject_version, occurred_at FROM integration_event WHERE id IN (<ids>)")
                .bindList("ids", ids.stream().map(SqlValues::uuid).toList())
                .map((rs, ctx) -> {
                    UUID id = SqlValues.uuid(rs, "id");
                    return new IntegrationEvent(id, WebhookEventType.valueOf(rs.getString("event_type")), AreaCode.of(rs.getString("area_code")),
                            rs.getString("subject"), rs.getLong("subject_version"), SqlValues.instant(rs, "occurred_at"),
                            data.getOrDefault(id, Map.of()), personal.getOrDefault(id, Map.of()));
                })
                .forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).toList();
    }

    @Override
    public void fanOut(IntegrationEvent event, List<SubscriptionId> to, Instant now) {
        jdbi.useTransaction(h -> {
            int marked = h.createUpdate("UPDATE integration_event SET fanned_out = TRUE, claimed_until = NULL WHERE id = :id AND fanned_out = FALSE")
                    .bind("id", SqlValues.uuid(event.id())).execute();
            if (marked == 0) {
                return;
            }
            for (SubscriptionId s : to) {
                insertDelivery(h, s.value(), event.id(), event.subject(), event.subjectVersion(), event.occurredAt(), now);
            }
        });
    }

    private static void insertDelivery(Handle h, UUID subscription, UUID event, String subject, long version, Instant occurred, Instant now) {
        h.createUpdate("""
                        INSERT INTO webhook_delivery (id, subscription_id, event_id, subject, subject_version, occurred_at, state, attempts,
                            created_at, next_attempt_at)
                        SELECT :id, id, :event, :subject, :version, :occurred, 'PENDING', 0, :now, :now FROM webhook_subscription WHERE id = :subscription""")
                .bind("id", SqlValues.uuid(UUID.randomUUID())).bind("subscription", SqlValues.uuid(subscription))
                .bind("event", SqlValues.uuid(event)).bind("subject", subject).bind("version", version)
                .bind("occurred", SqlValues.instant(occurred)).bind("now", SqlValues.instant(now)).execute();
    }

    // ---- subscriptions

    @Override
    public void save(WebhookSubscription s) {
        jdbi.useTransaction(h -> {
            var update = h.createUpdate("""
                            UPDATE webhook_subscription SET url = :url, event_types = :types, area_code = :area, secret = :secret,
                                previous_secret = :previous, previous_until = :until WHERE id = :id""");
            bindSubscription(update, s);
            if (update.execute() == 0) {
                var insert = h.createUpdate("""
                                INSERT INTO webhook_subscription (id, city_code, area_code, owner_subject, url, event_types, personal_data, secret,
                                    previous_secret, previous_until, created_at)
                                VALUES (:id, :city, :area, :owner, :url, :types, :personal, :secret, :previous, :until, :created)""");
                bindSubscription(insert, s);
                insert.execute();
            }
        });
    }

    private void bindSubscription(org.jdbi.v3.core.statement.Update u, WebhookSubscription s) {
        u.bind("id", SqlValues.uuid(s.id().value()))
                .bind("city", s.city().value())
                .bind("area", s.area().value())
                .bind("owner", s.owner())
                .bind("url", s.url().toString())
                .bind("types", s.eventTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .bind("personal", s.personalData())
                .bind("secret", cipher.encrypt(SECRET, s.secrets().current().value()))
                .bind("previous", s.secrets().previous().map(p -> cipher.encrypt(PREVIOUS_SECRET, p.value())).orElse(null))
                .bind("until", SqlValues.instant(s.secrets().previousUntil()))
                .bind("created", SqlValues.instant(s.createdAt()));
    }

    private static final String SUBSCRIPTION = "SELECT id, city_code, area_code, owner_subject, url, event_types, personal_data, secret, "
            + "previous_secret, previous_until, created_at FROM webhook_subscription ";

    @Override
    public Optional<WebhookSubscription> find(SubscriptionId id) {
        return jdbi.withHandle(h -> h.createQuery(SUBSCRIPTION + "WHERE id = :id").bind("id", SqlValues.uuid(id.value()))
                .map((rs, ctx) -> subscription(rs)).findFirst());
    }

    @Override
    public List<WebhookSubscription> ofOwner(AreaCode city, String owner) {
        return jdbi.withHandle(h -> h.createQuery(SUBSCRIPTION + "WHERE city_code = :city AND owner_subject = :owner ORDER BY created_at, id")
                .bind("city", city.value()).bind("owner", owner).map((rs, ctx) -> subscription(rs)).list());
    }

    @Override
    public List<WebhookSubscription> ofCity(AreaCode city) {
        return jdbi.withHandle(h -> h.createQuery(SUBSCRIPTION + "WHERE city_code = :city ORDER BY created_at, id")
                .bind("city", city.value()).map((rs, ctx) -> subscription(rs)).list());
    }

    @Override
    public void delete(SubscriptionId id) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM webhook_delivery WHERE subscription_id = :id").bind("id", SqlValues.uuid(id.value())).execute();
            h.createUpdate("DELETE FROM webhook_subscription WHERE id = :id").bind("id", SqlValues.uuid(id.value())).execute();
        });
    }

    private WebhookSubscription subscription(ResultSet rs) throws SQLException {
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(rs.getString("event_types").split(",")).map(WebhookEventType::valueOf).forEach(types::add);
        Optional<WebhookSecret> previous = SqlValues.optionalString(rs, "previous_secret")
                .map(p -> new WebhookSecret(cipher.decrypt(PREVIOUS_SECRET, p)));
        return new WebhookSubscription(new SubscriptionId(SqlValues.uuid(rs, "id")), AreaCode.of(rs.getString("city_code")),
                AreaCode.of(rs.getString("area_code")), rs.getString("owner_subject"), new WebhookUrl(URI.create(rs.getString("url"))), types,
                rs.getBoolean("personal_data"),
                new SigningSecrets(new WebhookSecret(cipher.decrypt(SECRET, rs.getString("secret"))), previous,
                        previous.isPresent() ? SqlValues.optionalInstant(rs, "previous_until") : Optional.empty()),
                SqlValues.instant(rs, "created_at"));
    }

    // ---- deliveries

    private static final String DELIVERY = "SELECT d.id, d.subscription_id, d.event_id, d.state, d.attempts, d.created_at, d.next_attempt_at, "
            + "d.delivered_at, d.last_status, d.last_error FROM webhook_delivery d ";

    /**
     * The head of each subject only: no PENDING delivery of the same subscription and subject before it (by subject
     * version, then creation, then id). Read without locks, then locked with SKIP LOCKED; a head another instance holds
     * is skipped, and what follows it is not a head, so a subject is never worked on twice at once.
     */
    @Override
    public List<WebhookDelivery> claimDue(Instant now, Duration lease, int limit) {
        return jdbi.inTransaction(h -> {
            List<UUID> window = h.createQuery("SELECT d.id FROM webhook_delivery d WHERE d.state = 'PENDING' AND d.next_attempt_at <= :now "
                            + "AND (d.claimed_until IS NULL OR d.claimed_until <= :now) AND NOT EXISTS (SELECT 1 FROM webhook_delivery e "
                            + "WHERE e.subscription_id = d.subscription_id AND e.subject = d.subject AND e.state = 'PENDING' AND "
                            + "(e.subject_version < d.subject_version OR (e.subject_version = d.subject_version AND "
                            + "(e.created_at < d.created_at OR (e.created_at = d.created_at AND e.id < d.id))))) "
                            + "ORDER BY d.next_attempt_at, d.id LIMIT :size")
                    .bind("now", SqlValues.instant(now)).bind("size", limit)
                    .map((rs, ctx) -> SqlValues.uuid(rs, "id")).list();
            if (window.isEmpty()) {
                return List.<WebhookDelivery>of();
            }
            List<UUID> locked = h.createQuery("SELECT id FROM webhook_delivery WHERE id IN (<ids>) AND state = 'PENDING' AND "
                            + FREE + " FOR UPDATE SKIP LOCKED")
                    .bindList("ids", window.stream().map(SqlValues::uuid).toList())
                    .bind("now", SqlValues.instant(now)).map((rs, ctx) -> SqlValues.uuid(rs, "id")).list();
            if (locked.isEmpty()) {
                return List.<WebhookDelivery>of();
            }
            h.createUpdate("UPDATE webhook_delivery SET claimed_until = :until WHERE id IN (<ids>)")
                    .bind("until", SqlValues.instant(now.plus(lease))).bindList("ids", locked.stream().map(SqlValues::uuid).toList())
                    .execute();
            Set<UUID> mine = new HashSet<>(locked);
            return deliveries(h, DELIVERY + "WHERE d.id IN (<ids>) ORDER BY d.next_attempt_at, d.id",
                    q -> q.bindList("ids", window.stream().filter(mine::contains).map(SqlValues::uuid).toList()));
        });
    }

    private List<WebhookDelivery> deliveries(Handle h, String sql, java.util.function.Consumer<org.jdbi.v3.core.statement.Query> binding) {
        var q = h.createQuery(sql);
        binding.accept(q);
        record Row(UUID id, UUID subscription, UUID event, DeliveryState state, int attempts, Instant created, Instant next,
                   Optional<Instant> delivered, OptionalInt status, Optional<String> error) {
        }
        List<Row> rows = q.map((rs, ctx) -> {
            Optional<Integer> status = SqlValues.optionalInt(rs, "last_status");
            return new Row(SqlValues.uuid(rs, "id"), SqlValues.uuid(rs, "subscription_id"), SqlValues.uuid(rs, "event_id"),
                    DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"), SqlValues.instant(rs, "created_at"),
                    SqlValues.instant(rs, "next_attempt_at"), SqlValues.optionalInstant(rs, "delivered_at"),
                    status.isPresent() ? OptionalInt.of(status.get()) : OptionalInt.empty(), SqlValues.optionalString(rs, "last_error"));
        }).list();
        List<UUID> eventIds = rows.stream().map(Row::event).distinct().toList();
        Map<UUID, IntegrationEvent> events = new HashMap<>();
        events(h, eventIds).forEach(e -> events.put(e.id(), e));
        List<WebhookDelivery> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new WebhookDelivery(r.id(), new SubscriptionId(r.subscription()), events.get(r.event()), r.state(), r.attempts(),
                    r.created(), r.next(), r.delivered(), r.status(), r.error()));
        }
        return out;
    }

    @Override
    public void recordAttempt(UUID delivery, DeliveryAttempt attempt, DeliveryState state, Instant nextAttempt, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE webhook_delivery SET state = :state, attempts = attempts + 1, next_attempt_at = :next, claimed_until = NULL,
                            delivered_at = :delivered, last_status = :status, last_error = :error WHERE id = :id""")
                .bind("state", state.name()).bind("next", SqlValues.instant(nextAttempt))
                .bind("delivered", SqlValues.instant(state == DeliveryState.DELIVERED ? at : null))
                .bind("status", attempt.status().isPresent() ? attempt.status().getAsInt() : null)
                .bind("error", attempt.acknowledged() ? null : attempt.detail())
                .bind("id", SqlValues.uuid(delivery)).execute());
    }

    private static final Keyset NEWEST_FIRST = Keyset.byInstant("d.created_at", true, "d.id");

    @Override
    public Slice<WebhookDelivery> of(SubscriptionId subscription, PageRequest page) {
        return jdbi.withHandle(h -> {
            List<WebhookDelivery> rows = deliveries(h, DELIVERY + "WHERE d.subscription_id = :s " + NEWEST_FIRST.after(page)
                    + NEWEST_FIRST.orderAndLimit(), q -> {
                q.bind("s", SqlValues.uuid(subscription.value()));
                NEWEST_FIRST.bind(q, page);
            });
            return Slice.of(rows, page, d -> Position.of(d.createdAt(), d.id()));
        });
    }

    @Override
    public int replay(SubscriptionId subscription, Instant since, Instant now) {
        return jdbi.inTransaction(h -> {
            record Owed(UUID event, String subject, long version, Instant occurred) {
            }
            List<Owed> owed = h.createQuery("""
                            SELECT DISTINCT event_id, subject, subject_version, occurred_at FROM webhook_delivery
                            WHERE subscription_id = :s AND occurred_at >= :since ORDER BY occurred_at, event_id""")
                    .bind("s", SqlValues.uuid(subscription.value())).bind("since", SqlValues.instant(since))
                    .map((rs, ctx) -> new Owed(SqlValues.uuid(rs, "event_id"), rs.getString("subject"), rs.getLong("subject_version"),
                            SqlValues.instant(rs, "occurred_at"))).list();
            for (Owed o : owed) {
                insertDelivery(h, subscription.value(), o.event(), o.subject(), o.version(), o.occurred(), now);
            }
            return owed.size();
        });
    }
}
