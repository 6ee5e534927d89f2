package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

/**
 * Started once the platform is open: the plugins and the work calendar checked, the schema migrated (the version Flyway
 * last applied is reported), the index format checked. Until then /health/started answers 503, so an orchestrator
 * waits for a long first migration instead of killing the instance for failing its liveness.
 */
@Startup
@ApplicationScoped
public class PlatformStartup implements HealthCheck {

    private final Platform platform;

    @Inject
    public PlatformStartup(Platform platform) {
        this.platform = platform;
    }

    @Override
    public HealthCheckResponse call() {
        var settings = platform.settings();
        return HealthCheckResponse.named("platform").up()
                .withData("profile", settings.profile().name().toLowerCase(java.util.Locale.ROOT))
                .withData("database", platform.database().productName())
                .withData("schema-version", schemaVersion())
                .withData("search", platform.caseArchive().backend())
                .build();
    }

    /** The version of the last migration Flyway applied, from its history table. */
    private String schemaVersion() {
        try (Connection c = platform.database().dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT version FROM \"flyway_schema_history\" WHERE success "
                     + "AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : "none";
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
