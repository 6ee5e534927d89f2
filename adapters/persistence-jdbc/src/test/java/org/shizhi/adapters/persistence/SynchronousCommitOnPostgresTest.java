package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On PostgreSQL a commit is durable when it returns only with {@code synchronous_commit} on: connections that a
 * server, role or URL would give it off get it back on; stronger levels are left alone.
 */
class SynchronousCommitOnPostgresTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Test
    void aConnectionConfiguredWithSynchronousCommitOffHasItOn() throws Exception {
        try (Database asynchronous = db.openAnother(db.keys(), "options=-c%20synchronous_commit%3Doff")) {
            assertThat(setting(asynchronous)).as("synchronous_commit of a pooled connection whose URL asks for off").isEqualTo("on");
        }
    }

    @Test
    void aStrongerLevelIsKept() throws Exception {
        try (Database remoteApply = db.openAnother(db.keys(), "options=-c%20synchronous_commit%3Dremote_apply")) {
            assertThat(setting(remoteApply)).isEqualTo("remote_apply");
        }
    }

    private static String setting(Database database) throws Exception {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
