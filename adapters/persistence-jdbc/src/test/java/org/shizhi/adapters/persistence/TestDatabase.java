package org.shizhi.adapters.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The base of every persistence test: a freshly migrated database for one test class, on H2 (always)
 * or on the PostgreSQL at 127.0.0.1:5432 (when reachable), each class in a schema of its own so that
 * concurrent runs never collide. Register it with {@code @RegisterExtension static final TestDatabase db = ...}
 * in each engine's subclass of a port's contract test.
 *
 * <p>Personal data is encrypted with keys made for the class ({@link #keys()}, active key {@code test-1});
 * {@link #openAnother} opens a second pool over the same database, as a second instance of the app would, with
 * these keys or others (a rotation test adds a key).
 *
 * <p>Where PostgreSQL is unreachable the class is skipped with the reason printed, except under
 * {@code CI=true}, where that is a failure: CI must prove the adapters on the real server.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    /** Override with SHIZHI_TEST_PG_URL / _USER / _PASSWORD to test another server. */
    private static final String PG_URL = env("SHIZHI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = env("SHIZHI_TEST_PG_USER", "postgres");
    private static final String PG_PASSWORD = env("SHIZHI_TEST_PG_PASSWORD", "");

    private final boolean postgres;
    private final PersonalDataKeys keys = PersonalDataKeys.generate("test-1");
    private String schema;
    private DatabaseSettings settings;
    private Database database;

    private TestDatabase(boolean postgres) {
        this.postgres = postgres;
    }

    public static TestDatabase h2() {
        return new TestDatabase(false);
    }

    public static TestDatabase postgres() {
        return new TestDatabase(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        schema = "test_" + HexFormat.of().formatHex(longToBytes(ThreadLocalRandom.current().nextLong()));
        if (postgres) {
            requirePostgres(context.getDisplayName());
            settings = new DatabaseSettings(PG_URL, PG_USER, PG_PASSWORD, Optional.of(schema), 4);
        } else {
            // Without DB_CLOSE_DELAY the in-memory database goes when the pool closes its last connection.
            settings = new DatabaseSettings("jdbc:h2:mem:" + schema + DatabaseSettings.H2_OPTIONS,
                    "sa", "", Optional.empty(), 4);
        }
        // As the platform opens it: with the work calendar, by which closures store their working days (V270).
        database = Database.open(settings, keys, Optional.of(org.shizhi.domain.grid.model.SampleEvents.calendar()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (database == null) {
            return;
        }
        try {
            if (postgres) {
                try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        } finally {
            database.close();
        }
    }

    public Database database() {
        return database;
    }

    /** The personal-data keys the database was opened with. */
    public PersonalDataKeys keys() {
        return keys;
    }

    /**
     * Another {@link Database} (a pool of its own, as another instance of the app would have) over the same
     * database, with the given keys; the caller closes it before this class's tests end.
     */
    public Database openAnother(PersonalDataKeys otherKeys) {
        return Database.open(settings, otherKeys);
    }

    /** As {@link #openAnother}, with {@code parameters} appended to the JDBC URL (after {@code ?} on PostgreSQL). */
    public Database openAnother(PersonalDataKeys otherKeys, String parameters) {
        String url = settings.url() + (postgres ? (settings.url().contains("?") ? "&" : "?") : ";") + parameters;
        return Database.open(new DatabaseSettings(url, settings.user(), settings.password(), settings.schema(), 2), otherKeys);
    }

    public boolean isPostgres() {
        return postgres;
    }

    /** Runs one statement on the test database, as an operator or an older version of the platform would have. */
    public void execute(String sql) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The number a query of one row and one column answers. */
    /** The rows a query answers, each as its columns by name: for comparing what a table holds. */
    public List<Map<String, Object>> rows(String sql) {
        return org.jdbi.v3.core.Jdbi.create(database.dataSource()).withHandle(h -> h.createQuery(sql).mapToMap().list());
    }

    public long count(String sql) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Empties every table the migrations made, keeping the schema; call before each test. */
    public void clean() {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (var rs = s.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = current_schema() AND table_type IN ('BASE TABLE', 'TABLE') "
                    + "AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (tables.isEmpty()) {
                return;
            }
            if (postgres) {
                s.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
            } else {
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String table : tables) {
                    s.execute("TRUNCATE TABLE " + table);
                }
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database: " + e.getMessage(), e);
        }
    }

    private static void requirePostgres(String testName) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            // reachable
        } catch (SQLException e) {
            String reason = "PostgreSQL at " + PG_URL + " (user " + PG_USER + ") is not reachable: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " -- under CI=true the PostgreSQL contract tests must run", e);
            }
            System.out.println("SKIPPED " + testName + ": " + reason);
            Assumptions.abort(reason);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static byte[] longToBytes(long value) {
        byte[] bytes = new byte[6];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }
}
