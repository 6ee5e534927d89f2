package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Key rotation for personal data at rest: rewrites every encrypted value that names another key than the active one
 * with the active key, column by column, in batches of one transaction each. A batch locks its rows
 * ({@code SELECT ... FOR UPDATE}), so a value is never rewritten from under a concurrent writer; values written during
 * the rotation already use the active key. The blind index does not change: its key is not rotated.
 *
 * <p>A value names its key ({@code v1:<key id>:...}), so "not written with the active key" is a condition on the
 * column, {@code NOT LIKE 'v1:<active>:%'}; key ids are letters, digits and '-', never a LIKE wildcard.
 */
final class PersonalDataRotation {

    /** An encrypted column: its table, the columns that identify a row, and its own name (the cipher's associated data). */
    record Column(String table, List<String> key, String column) {

        /** The name the cipher binds a value to: {@code table.column}. */
        String associatedData() {
            return table + "." + column;
        }
    }

    /** Every column of this adapter that holds personal data. */
    static final List<Column> COLUMNS = List.of(
            new Column("resident", List.of("id"), "id_number"),
            new Column("resident", List.of("id"), "mobile"),
            new Column("grid_member", List.of("grid_code", "member_id"), "contact"),
            new Column("grid_event", List.of("id"), "reporter_mobile"),
            new Column("dispute_party", List.of("dispute_id", "seq"), "id_number"),
            new Column("dispute_party", List.of("dispute_id", "seq"), "mobile"),
            new Column("case_party", List.of("case_id", "position"), "name"),
            new Column("case_party", List.of("case_id", "position"), "id_number"),
            new Column("case_party", List.of("case_id", "position"), "mobile"),
            new Column("party_member", List.of("id"), "id_number"),
            new Column("party_member", List.of("id"), "mobile"),
            new Column("samaritan_honouree", List.of("award_id", "seq"), "id_number"),
            new Column("wedding_register_entry", List.of("id"), "mobile"),
            // Law
            new Column("legal_aid_application", List.of("id"), "applicant_name"),
            new Column("legal_aid_application", List.of("id"), "applicant_id_number"),
            new Column("legal_aid_application", List.of("id"), "applicant_mobile"),
            new Column("legal_aid_lawyer", List.of("centre_code", "seq"), "name"),
            new Column("petition", List.of("id"), "petitioner_name"),
            new Column("petition", List.of("id"), "petitioner_id_number"),
            new Column("petition", List.of("id"), "petitioner_mobile"),
            new Column("petition", List.of("id"), "leader"),
            new Column("supervision_complaint", List.of("id"), "complainant_name"),
            new Column("supervision_complaint", List.of("id"), "complainant_id_number"),
            new Column("supervision_complaint", List.of("id"), "complainant_mobile"),
            // Consultation
            new Column("council_member", List.of("council_id", "seq"), "name"),
            new Column("council_member", List.of("council_id", "seq"), "mobile"),
            new Column("council_topic_opinion", List.of("topic_id", "seq"), "speaker"),
            new Column("stability_risk_assessment", List.of("id"), "approver"),
            // Webhooks: payloads' personal fields, and the signing secrets sealed the same way
            new Column("integration_event_field", List.of("event_id", "name"), "personal_value"),
            new Column("webhook_subscription", List.of("id"), "secret"),
            new Column("webhook_subscription", List.of("id"), "previous_secret"));

    /** The columns V210 turned from clear names into encrypted ones; it marked their clear values {@value #CLEAR}. */
    static final List<String> SEALED_BY_V210 = List.of("legal_aid_application.applicant_name", "legal_aid_lawyer.name",
            "petition.petitioner_name", "petition.leader", "supervision_complaint.complainant_name", "stability_risk_assessment.approver");

    /** How V210 marked a value stored in clear before: never the start of an encrypted value ({@code v1:}). */
    static final String CLEAR = "clear:";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;
    private final String activeKeyId;

    PersonalDataRotation(Jdbi jdbi, PersonalDataCipher cipher, PersonalDataKeys keys) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.activeKeyId = keys.activeId();
    }

    /** Rewrites every value not written with the active key; returns how many it rewrote. */
    long rotate(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a rotation batch has at least one row");
        }
        long rewritten = 0;
        for (Column column : COLUMNS) {
            int batch;
            do {
                batch = rotateBatch(column, batchSize);
                rewritten += batch;
            } while (batch == batchSize);
        }
        return rewritten;
    }

    /**
     * Encrypts the values V210 marked clear, with the active key, in batches as {@link #rotate} does: run as the database
     * opens, before anything reads them; a database without such values costs one query per column. Returns how many.
     */
    long sealMarkedClear(int batchSize) {
        long sealed = 0;
        for (Column column : COLUMNS) {
            if (!SEALED_BY_V210.contains(column.associatedData())) {
                continue;
            }
            int batch;
            do {
                batch = rewriteBatch(column, column.column() + " LIKE :marked", CLEAR + "%", batchSize,
                        stored -> stored.substring(CLEAR.length()));
                sealed += batch;
            } while (batch == batchSize);
        }
        return sealed;
    }

    /** How many stored values each key wrote, by key id: a key that no longer appears here can be removed. */
    Map<String, Long> valuesByKey() {
        Map<String, Long> byKey = new TreeMap<>();
        jdbi.useHandle(h -> {
            for (Column column : COLUMNS) {
                // v1:<key id>:<data>: the key id runs from the 4th character to the next ':'
                String c = column.column();
                h.createQuery("SELECT key_id, COUNT(*) AS n FROM (SELECT SUBSTRING(" + c + " FROM 4 FOR POSITION(':' IN SUBSTRING("
                                + c + " FROM 4)) - 1) AS key_id FROM " + column.table() + " WHERE " + c + " IS NOT NULL) stored "
                                + "GROUP BY key_id")
                        .map((rs, ctx) -> Map.entry(rs.getString("key_id"), rs.getLong("n")))
                        .forEach(e -> byKey.merge(e.getKey(), e.getValue(), Long::sum));
            }
        });
        return byKey;
    }

    private int rotateBatch(Column column, int batchSize) {
        return rewriteBatch(column, column.column() + " NOT LIKE :marked", "v1:" + activeKeyId + ":%", batchSize,
                stored -> cipher.decrypt(column.associatedData(), stored));
    }

    /** Rewrites, encrypted with the active key, a batch of the column's values that {@code condition} selects. */
    private int rewriteBatch(Column column, String condition, String pattern, int batchSize,
                             java.util.function.UnaryOperator<String> clearOf) {
        String keyColumns = String.join(", ", column.key());
        String keyMatch = String.join(" AND ", column.key().stream().map(k -> k + " = :" + k).toList());
        return jdbi.inTransaction(h -> {
            List<Row> rows = h.createQuery("SELECT " + keyColumns + ", " + column.column() + " AS stored FROM " + column.table()
                            + " WHERE " + column.column() + " IS NOT NULL AND " + condition
                            + " ORDER BY " + keyColumns + " LIMIT :limit FOR UPDATE")
                    .bind("marked", pattern)
                    .bind("limit", batchSize)
                    .map((rs, ctx) -> row(rs, column))
                    .list();
            for (Row row : rows) {
                String clear = clearOf.apply(row.stored());
                Update update = h.createUpdate("UPDATE " + column.table() + " SET " + column.column() + " = :rewritten WHERE " + keyMatch)
                        .bind("rewritten", cipher.encrypt(column.associatedData(), clear));
                for (int i = 0; i < column.key().size(); i++) {
                    Object value = row.key().get(i);
                    update.bind(column.key().get(i), value instanceof UUID uuid ? SqlValues.uuid(uuid) : value);
                }
                if (update.execute() != 1) {
                    throw new IllegalStateException("a locked row of " + column.table() + " was not rewritten");
                }
            }
            return rows.size();
        });
    }

    private static Row row(ResultSet rs, Column column) throws SQLException {
        List<Object> key = new ArrayList<>(column.key().size());
        for (String k : column.key()) {
            key.add(rs.getObject(k));
        }
        return new Row(key, rs.getString("stored"));
    }

    private record Row(List<Object> key, String stored) {
    }
}
