package org.shizhi.adapters.persistence;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;
import org.shizhi.domain.shared.ConflictException;

/** Turns the database's own refusals into the domain's, so a race between two writers is a 409, not a 500. */
final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505"; // SQL standard class 23; H2 and PostgreSQL agree

    private SqlErrors() {
    }

    static RuntimeException translate(JdbiException e, String field, String what) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return new ConflictException(field, what + " already exists");
            }
        }
        return e;
    }
}
