package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;

/**
 * How this adapter writes and reads the column types whose JDBC mapping differs between drivers: instants as
 * {@code TIMESTAMP(6) WITH TIME ZONE} through {@link OffsetDateTime} in UTC (never {@code java.sql.Timestamp}, whose
 * meaning depends on the JVM's time zone), dates as {@link LocalDate}, UUIDs as {@link UUID}. Both H2 and PostgreSQL
 * keep microseconds and round anything finer, each its own way; an instant is therefore truncated to microseconds
 * before it is written, so that both engines store, and give back, the same value.
 */
final class SqlValues {

    private SqlValues() {
    }

    /** The instant as both engines store it. */
    static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    static Argument instant(Instant instant) {
        if (instant == null) {
            return (position, statement, ctx) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        OffsetDateTime utc = OffsetDateTime.ofInstant(micros(instant), ZoneOffset.UTC);
        return (position, statement, ctx) -> statement.setObject(position, utc);
    }

    static Argument instant(Optional<Instant> instant) {
        return instant(instant.orElse(null));
    }

    static Argument date(LocalDate date) {
        return (position, statement, ctx) -> statement.setObject(position, date);
    }

    static Argument uuid(UUID uuid) {
        if (uuid == null) {
            return (position, statement, ctx) -> statement.setNull(position, Types.OTHER);
        }
        return (position, statement, ctx) -> statement.setObject(position, uuid);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, column).orElseThrow(() -> new IllegalStateException(column + " is NULL"));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Optional<UUID> optionalUuid(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, UUID.class));
    }

    static Optional<Integer> optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
