package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * Case records: their headings in {@code case_record}, their four long texts in {@code case_text} (so that reading
 * headings never decodes a judgment's text), {@code case_party} (name, ID number and mobile encrypted) and {@code case_tag}.
 * {@link #addNew} is one transaction per batch; the catch-up's claim locks candidate rows with
 * {@code FOR UPDATE SKIP LOCKED}, so instances sharing the database claim disjoint records.
 */
final class JdbcCaseRecordStore implements CaseRecordStore {

    static final String PARTY_NAME = "case_party.name";
    static final String PARTY_ID_NUMBER = "case_party.id_number";
    static final String PARTY_MOBILE = "case_party.mobile";
    private static final String COLUMNS = "id, source, external_id, city_code, area_code, case_type, title, occurred_on, closed_on";
    private static final String SELECTED = COLUMNS.replaceAll("(\\w+)", "c.$1")
            + ", t.facts, t.reasoning, t.outcome, t.full_text FROM case_record c JOIN case_text t ON t.case_id = c.id";
    private static final String SELECTED_WITHOUT_TEXTS = COLUMNS.replaceAll("(\\w+)", "c.$1")
            + ", '' AS facts, '' AS reasoning, '' AS outcome, '' AS full_text FROM case_record c";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcCaseRecordStore(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public Set<CaseId> addNew(List<CaseRecord> records) {
        if (records.isEmpty()) {
            return Set.of();
        }
        try {
            return jdbi.inTransaction(h -> insertNew(h, records));
        } catch (JdbiException raced) {
            // Another instance stored some of these between our look and our insert: look again, once.
            return jdbi.inTransaction(h -> insertNew(h, records));
        }
    }

    private Set<CaseId> insertNew(Handle h, List<CaseRecord> records) {
        Set<String> existing = new HashSet<>();
        List<String> ids = records.stream().map(r -> r.id().value()).distinct().toList();
        for (List<String> chunk : InLists.chunks(ids)) {
            existing.addAll(h.createQuery("SELECT id FROM case_record WHERE id IN (<ids>)").bindList("ids", chunk)
                    .mapTo(String.class).list());
        }
        Map<String, CaseRecord> fresh = new java.util.LinkedHashMap<>();
        for (CaseRecord r : records) {
            if (!existing.contains(r.id().value())) {
                fresh.putIfAbsent(r.id().value(), r);
            }
        }
        if (fresh.isEmpty()) {
            return Set.of();
        }
        PreparedBatch cases = h.prepareBatch("INSERT INTO case_record (" + COLUMNS + ") VALUES (:id, :source, :external_id, "
                + ":city_code, :area_code, :case_type, :title, :occurred_on, :closed_on)");
        PreparedBatch texts = h.prepareBatch("INSERT INTO case_text (case_id, facts, reasoning, outcome, full_text) "
                + "VALUES (:case_id, :facts, :reasoning, :outcome, :full_text)");
        PreparedBatch parties = h.prepareBatch("INSERT INTO case_party (case_id, position, name, role, id_number, mobile, kind) "
                + "VALUES (:case_id, :position, :name, :role, :id_number, :mobile, :kind)");
        PreparedBatch tags = h.prepareBatch("INSERT INTO case_tag (case_id, position, tag) VALUES (:case_id, :position, :tag)");
        boolean anyParty = false;
        boolean anyTag = false;
        for (CaseRecord r : fresh.values()) {
            cases.bind("id", r.id().value()).bind("source", r.source().name()).bind("external_id", r.externalId().orElse(null))
                    .bind("city_code", r.city().value()).bind("area_code", r.area().value()).bind("case_type", r.caseType())
                    .bind("title", r.title())
                    .bind("occurred_on", SqlValues.date(r.occurredOn())).bind("closed_on", SqlValues.date(r.closedOn())).add();
            texts.bind("case_id", r.id().value()).bind("facts", r.facts()).bind("reasoning", r.reasoning())
                    .bind("outcome", r.outcome()).bind("full_text", r.fullText()).add();
            for (int i = 0; i < r.parties().size(); i++) {
                Party p = r.parties().get(i);
                parties.bind("case_id", r.id().value()).bind("position", i).bind("name", cipher.encrypt(PARTY_NAME, p.name()))
                        .bind("role", p.role())
                        .bind("id_number", p.idNumber().map(n -> cipher.encrypt(PARTY_ID_NUMBER, n.value())).orElse(null))
                        .bind("mobile", p.phone().map(m -> cipher.encrypt(PARTY_MOBILE, m.value())).orElse(null))
                        .bind("kind", p.kind().name()).add();
                anyParty = true;
            }
            for (int i = 0; i < r.tags().size(); i++) {
                tags.bind("case_id", r.id().value()).bind("position", i).bind("tag", r.tags().get(i)).add();
                anyTag = true;
            }
        }
        cases.execute();
        texts.execute();
        if (anyParty) {
            parties.execute();
        }
        if (anyTag) {
            tags.execute();
        }
        Set<CaseId> added = new LinkedHashSet<>();
        fresh.values().forEach(r -> added.add(r.id()));
        return added;
    }

    @Override
    public Optional<CaseRecord> find(CaseId id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    @Override
    public List<CaseRecord> findAll(Collection<CaseId> ids) {
        return byIds(ids, true);
    }

    @Override
    public List<CaseRecord> findAllWithoutTexts(Collection<CaseId> ids) {
        return byIds(ids, false);
    }

    private List<CaseRecord> byIds(Collection<CaseId> ids, boolean withTexts) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> all = ids.stream().map(CaseId::value).distinct().toList();
        return jdbi.withHandle(h -> {
            List<CaseRecord> out = new ArrayList<>();
            for (List<String> chunk : InLists.chunks(all)) {
                out.addAll(select(h, "WHERE c.id IN (<ids>)", chunk, withTexts));
            }
            return out;
        });
    }

    private List<CaseRecord> select(Handle h, String where, List<String> ids) {
        return select(h, where, ids, true);
    }

    /**
     * Records with their parties and tags: three queries, not one per record. Without {@code texts}, the four long
     * texts are not read at all (their table is not joined) and come back empty.
     */
    private List<CaseRecord> select(Handle h, String where, List<String> ids, boolean texts) {
        List<Row> rows = h.createQuery("SELECT " + (texts ? SELECTED : SELECTED_WITHOUT_TEXTS) + " " + where)
                .bindList("ids", ids).map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> found = rows.stream().map(Row::id).toList();
        Map<String, List<Party>> parties = new HashMap<>();
        h.createQuery("SELECT case_id, position, name, role, id_number, mobile, kind FROM case_party WHERE case_id IN (<ids>) "
                        + "ORDER BY case_id, position")
                .bindList("ids", found)
                .map((rs, ctx) -> Map.entry(rs.getString("case_id"), party(rs)))
                .forEach(e -> parties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, List<String>> tags = new HashMap<>();
        h.createQuery("SELECT case_id, tag FROM case_tag WHERE case_id IN (<ids>) ORDER BY case_id, position")
                .bindList("ids", found)
                .map((rs, ctx) -> Map.entry(rs.getString("case_id"), rs.getString("tag")))
                .forEach(e -> tags.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> r.record(parties.getOrDefault(r.id, List.of()), tags.getOrDefault(r.id, List.of()))).toList();
    }

    private record Row(String id, CaseSource source, String externalId, String city, String area, String caseType, String title,
                       String facts, String reasoning, String outcome, String fullText, java.time.LocalDate occurred,
                       java.time.LocalDate closed) {
        CaseRecord record(List<Party> parties, List<String> tags) {
            return new CaseRecord(new CaseId(id), source, Optional.ofNullable(externalId), AreaCode.of(city), AreaCode.of(area),
                    caseType, title, facts, reasoning, outcome, fullText, parties, occurred, closed, tags);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), CaseSource.valueOf(rs.getString("source")), rs.getString("external_id"),
                rs.getString("city_code"), rs.getString("area_code"), rs.getString("case_type"), rs.getString("title"),
                rs.getString("facts"), rs.getString("reasoning"), rs.getString("outcome"), rs.getString("full_text"),
                SqlValues.date(rs, "occurred_on"), SqlValues.date(rs, "closed_on"));
    }

    private Party party(ResultSet rs) throws SQLException {
        String idNumber = rs.getString("id_number");
        String mobile = rs.getString("mobile");
        return new Party(cipher.decrypt(PARTY_NAME, rs.getString("name")), rs.getString("role"),
                idNumber == null ? Optional.empty() : Optional.of(new IdNumber(cipher.decrypt(PARTY_ID_NUMBER, idNumber))),
                mobile == null ? Optional.empty() : Optional.of(new PhoneNumber(cipher.decrypt(PARTY_MOBILE, mobile))),
                Party.Kind.valueOf(rs.getString("kind")));
    }

    @Override
    public Set<String> knownExternalIds(AreaCode city, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Set.of();
        }
        List<String> all = externalIds.stream().distinct().toList();
        return jdbi.withHandle(h -> {
            Set<String> known = new HashSet<>();
            for (List<String> chunk : InLists.chunks(all)) {
                known.addAll(h.createQuery("SELECT external_id FROM case_record WHERE city_code = :city AND external_id IN (<ids>)")
                        .bind("city", city.value()).bindList("ids", chunk).mapTo(String.class).list());
            }
            return known;
        });
    }

    @Override
    public List<CaseRecord> claimUnindexed(Instant now, Duration lease, int limit) {
        String free = "indexed = FALSE AND (index_claimed_until IS NULL OR index_claimed_until <= :now)";
        return jdbi.inTransaction(h -> {
            List<String> claimed = new ArrayList<>();
            long afterSeq = Long.MIN_VALUE;
            while (claimed.size() < limit) {
                List<Map.Entry<Long, String>> window = h.createQuery("SELECT seq, id FROM case_record WHERE " + free
                                + " AND seq > :after ORDER BY seq LIMIT :size")
                        .bind("now", SqlValues.instant(now)).bind("after", afterSeq).bind("size", limit)
                        .map((rs, ctx) -> Map.entry(rs.getLong("seq"), rs.getString("id"))).list();
                if (window.isEmpty()) {
                    break;
                }
                afterSeq = window.getLast().getKey();
                Set<String> locked = new HashSet<>(h.createQuery("SELECT id FROM case_record WHERE id IN (<ids>) AND " + free
                                + " FOR UPDATE SKIP LOCKED")
                        .bindList("ids", window.stream().map(Map.Entry::getValue).toList())
                        .bind("now", SqlValues.instant(now)).mapTo(String.class).list());
                window.stream().map(Map.Entry::getValue).filter(locked::contains).limit(limit - claimed.size())
                        .forEach(claimed::add);
            }
            if (claimed.isEmpty()) {
                return List.<CaseRecord>of();
            }
            h.createUpdate("UPDATE case_record SET index_claimed_until = :until WHERE id IN (<ids>)")
                    .bind("until", SqlValues.instant(now.plus(lease))).bindList("ids", claimed).execute();
            return select(h, "WHERE c.id IN (<ids>) ORDER BY c.seq", claimed);
        });
    }

    @Override
    public void indexed(Collection<CaseId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<String> all = ids.stream().map(CaseId::value).toList();
        jdbi.useTransaction(h -> {
            for (List<String> chunk : InLists.chunks(all)) {
                h.createUpdate("UPDATE case_record SET indexed = TRUE, index_claimed_until = NULL WHERE id IN (<ids>)")
                        .bindList("ids", chunk).execute();
            }
        });
    }

    @Override
    public long unindexedCount() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM case_record WHERE indexed = FALSE").mapTo(Long.class).one());
    }

    @Override
    public List<CaseRecord> page(Optional<CaseId> after, int limit) {
        return jdbi.withHandle(h -> {
            List<String> ids = h.createQuery("SELECT id FROM case_record WHERE id > :after ORDER BY id LIMIT :limit")
                    .bind("after", after.map(CaseId::value).orElse("")).bind("limit", limit).mapTo(String.class).list();
            if (ids.isEmpty()) {
                return List.<CaseRecord>of();
            }
            return select(h, "WHERE c.id IN (<ids>) ORDER BY c.id", ids);
        });
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM case_record").mapTo(Long.class).one());
    }

    @Override
    public long arrivalMark() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM case_record").mapTo(Long.class).one());
    }

    @Override
    public long unindexSince(long mark) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE case_record SET indexed = FALSE, index_claimed_until = NULL WHERE seq > :mark")
                .bind("mark", mark).execute());
    }
}
