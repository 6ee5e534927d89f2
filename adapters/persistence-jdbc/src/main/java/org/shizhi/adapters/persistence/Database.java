package org.shizhi.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.shared.port.IdempotencyRecords;

/**
 * The platform's database: a connection pool over H2 or PostgreSQL, migrated to the current schema
 * on open, and the factory of every repository this adapter implements.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean postgres;

    private Database(HikariDataSource dataSource, boolean postgres) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.postgres = postgres;
    }

    /** Opens the pool and applies any pending migration; fails fast when the database cannot be reached. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("shizhi");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        settings.schema().ifPresent(config::setSchema);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            var flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true);
            settings.schema().ifPresent(schema -> flyway.schemas(schema).defaultSchema(schema));
            flyway.load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, settings.isPostgres());
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** True when a connection answers a trivial query within the pool's timeout. */
    public boolean isReachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** "H2" or "PostgreSQL": for health and start-up reports. */
    public String productName() {
        return postgres ? "PostgreSQL" : "H2";
    }

    public AreaRepository areaRepository() {
        return new JdbcAreaRepository(jdbi);
    }

    public IdempotencyRecords idempotencyRecords() {
        return new JdbcIdempotencyRecords(jdbi);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
