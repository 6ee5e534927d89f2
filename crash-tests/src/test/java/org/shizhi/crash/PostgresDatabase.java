package org.shizhi.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL database of the run's own on the server at 127.0.0.1:5432 (override with SHIZHI_TEST_PG_URL / _USER /
 * _PASSWORD, as the persistence tests do), made before the first start and dropped after the run. Where the server is
 * unreachable the run is skipped with the reason printed, except under {@code CI=true}, where that is a failure.
 */
final class PostgresDatabase implements AutoCloseable {

    private static final String URL = env("SHIZHI_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = env("SHIZHI_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("SHIZHI_TEST_PG_PASSWORD", "");

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    static PostgresDatabase createOrSkip(String testName) {
        String name = "shizhi_crash_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            String reason = "PostgreSQL at " + URL + " (user " + USER + ") is not reachable or refuses CREATE DATABASE: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + " -- under CI=true the crash-safety suite must run on PostgreSQL", e);
            }
            System.out.println("SKIPPED " + testName + ": " + reason);
            Assumptions.abort(reason);
        }
        return new PostgresDatabase(name);
    }

    /** The JDBC URL of the run's database: the configured server's URL with the database name replaced. */
    String url() {
        return URL.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    String user() {
        return USER;
    }

    String password() {
        return PASSWORD;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
