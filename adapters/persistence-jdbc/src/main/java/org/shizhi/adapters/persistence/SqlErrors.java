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
        return uniqueViolation(e) ? new ConflictException(field, what + " already exists") : e;
    }

    /** True when the database refused a row as a duplicate key, also inside a JDBC batch's chain of exceptions. */
    static boolean uniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
