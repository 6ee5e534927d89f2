package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Update;
import org.shizhi.domain.law.model.Person;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * What the law and consultation contexts' tables share: a person in three columns ({@code <prefix>_name},
 * {@code <prefix>_id_number} and {@code <prefix>_mobile}, all three only encrypted, bound to their column, as V210 made
 * the names), a person's name in a column of its own (a leader, an approver, a lawyer) encrypted the same way, and the
 * write of a versioned row: inserted at version 1, else replaced under {@code WHERE version = expected}.
 */
final class LawPeople {

    private final PersonalDataCipher cipher;

    LawPeople(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    Update bind(Update s, String table, String prefix, Person p) {
        return s.bind(prefix + "_name", cipher.encrypt(table + "." + prefix + "_name", p.name()))
                .bind(prefix + "_id_number", p.idNumber().map(n -> cipher.encrypt(table + "." + prefix + "_id_number", n.value())).orElse(null))
                .bind(prefix + "_mobile", p.phone().map(n -> cipher.encrypt(table + "." + prefix + "_mobile", n.value())).orElse(null));
    }

    Person read(ResultSet rs, String table, String prefix) throws SQLException {
        return new Person(cipher.decrypt(table + "." + prefix + "_name", rs.getString(prefix + "_name")),
                Optional.ofNullable(rs.getString(prefix + "_id_number"))
                        .map(v -> new IdNumber(cipher.decrypt(table + "." + prefix + "_id_number", v))),
                Optional.ofNullable(rs.getString(prefix + "_mobile"))
                        .map(v -> new PhoneNumber(cipher.decrypt(table + "." + prefix + "_mobile", v))));
    }

    /** A name (or nothing) as {@code table.column} stores it: encrypted, bound to that column. */
    String sealed(String column, Optional<String> name) {
        return name.map(n -> cipher.encrypt(column, n)).orElse(null);
    }

    /** A name {@code table.column} stores, in clear. */
    Optional<String> opened(String column, ResultSet rs, String label) throws SQLException {
        return Optional.ofNullable(rs.getString(label)).map(v -> cipher.decrypt(column, v));
    }

    /**
     * Runs the insert of a new record (version 1) or the update of a stored one, whose statement ends in
     * {@code WHERE id = :id AND version = :expected}; a lost race or an id taken is a {@link StaleVersionException}.
     */
    static void write(Handle h, String table, String what, long version, Update insert, Update update) {
        if (version == 1) {
            try {
                insert.execute();
            } catch (JdbiException e) {
                if (SqlErrors.translate(e, "version", what) != e) {
                    throw new StaleVersionException(what + " is stored already");
                }
                throw e;
            }
        } else if (update.bind("expected", version - 1).execute() == 0) {
            throw new StaleVersionException(what + " is not at version " + (version - 1) + ": reload it and try again");
        }
    }
}
