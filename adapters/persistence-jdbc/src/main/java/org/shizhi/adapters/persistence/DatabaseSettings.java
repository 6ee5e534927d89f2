package org.shizhi.adapters.persistence;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the database. {@code schema}, when given, is where the platform's tables live
 * (created by the migrations if missing); PostgreSQL deployments and tests use it to share one database.
 * {@code singleInstance}: the operator's word that this platform instance is the only one writing the database
 * (PostgreSQL; the embedded H2 file is by its lock), so what it keeps in memory of stored rows stays current.
 */
public record DatabaseSettings(String url, String user, String password, Optional<String> schema, int maxPoolSize,
                               boolean singleInstance) {

    /** A database other instances may write too. */
    public DatabaseSettings(String url, String user, String password, Optional<String> schema, int maxPoolSize) {
        this(url, user, password, schema, maxPoolSize, false);
    }

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        schema = schema == null ? Optional.empty() : schema;
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) are supported, not " + url);
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("the pool needs at least one connection");
        }
    }

    /**
     * The embedded default: an H2 file database in {@code directory}, speaking PostgreSQL's dialect, with a page cache
     * of an eighth of the heap ({@link #embeddedPageCacheKb}).
     */
    public static DatabaseSettings embeddedH2(java.nio.file.Path directory, int maxPoolSize) {
        return new DatabaseSettings(
                "jdbc:h2:file:" + directory.toAbsolutePath().resolve("shizhi") + H2_OPTIONS + ";CACHE_SIZE=" + embeddedPageCacheKb(),
                "sa", "", Optional.empty(), maxPoolSize);
    }

    /**
     * H2's cache of decoded pages, in KiB: an eighth of the heap, at least H2's own 16 MiB. H2 keeps 16 MiB whatever the
     * heap; an assessment's reads of a quarter's events through their covering indexes then decoded every page again for
     * each level of areas, from the file.
     */
    static long embeddedPageCacheKb() {
        return Math.max(16 * 1024, Runtime.getRuntime().maxMemory() / 8 / 1024);
    }

    /**
     * H2 options that let one set of migrations and queries serve both H2 and PostgreSQL, and a per-connection cache
     * of parsed statements big enough for what one intake runs (H2 keeps 8 by default and re-parsed the rest).
     */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;QUERY_CACHE_SIZE=64";

    /**
     * True for an embedded H2 file database: H2 locks the file, so no other process writes it (unless the URL turns
     * the lock off or lets other processes in through AUTO_SERVER).
     */
    public boolean isEmbeddedFile() {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("jdbc:h2:file:") && !lower.contains("auto_server=true") && !lower.contains("file_lock=no");
    }

    /** True when no other process writes the database: an embedded H2 file, or a database declared single-instance. */
    public boolean isSoleWriter() {
        return isEmbeddedFile() || singleInstance;
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }
}
