package org.shizhi.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.shizhi.adapters.calendar.JsonWorkCalendars;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.persistence.PersonalDataKeys;
import org.shizhi.domain.archive.service.RelayLease;

/**
 * Every setting the platform reads, checked once at start-up so that a wrong one stops the platform
 * with one line naming the key, instead of a failure at the first request that needs it.
 * Keys and their environment-variable forms are listed in docs/operations.md.
 */
public record Settings(
        Profile profile,
        int port,
        Path dataDir,
        DatabaseSettings database,
        boolean demoData,
        boolean demoGrids,
        Optional<Path> calendarFile,
        JsonWorkCalendars.BeyondNotice beyondNotice,
        Path pluginsDir,
        PersonalDataKeys personalDataKeys,
        DisputeSettings disputes,
        LawSettings law,
        java.time.Duration programmeLease,
        ArchiveSettings archive,
        JobPeriods jobs,
        java.util.List<org.shizhi.domain.assessment.model.Scheme> assessmentSchemes) {

    /** How long a programme run's claim holds before another instance may take the run over. */
    public static final java.time.Duration DEFAULT_PROGRAMME_LEASE = org.shizhi.adapters.plugins.ProgrammeRunner.DEFAULT_LEASE;

    /**
     * Where the case archive's search index lives: the embedded Lucene index under the data directory (the default),
     * or an Elasticsearch cluster for cities that outgrow one machine; and how long a claim of its relays lasts.
     */
    public record ArchiveSettings(Backend backend, Path luceneDir, Optional<String> elasticsearchUrl, String elasticsearchIndex,
                                  java.time.Duration relayLease) {

        public enum Backend { LUCENE, ELASTICSEARCH }
    }

    /** Each background job's period ({@code shizhi.jobs.<name>.period-seconds}, 1 s to a day), by job name. */
    public record JobPeriods(java.util.Map<String, java.time.Duration> periods) {

        public JobPeriods {
            periods = java.util.Map.copyOf(periods);
        }

        /** The period of the named job. */
        public java.time.Duration of(String job) {
            java.time.Duration period = periods.get(job);
            if (period == null) {
                throw new IllegalArgumentException("no background job '" + job + "'");
            }
            return period;
        }
    }

    public enum Profile {
        /** H2 under the data directory: one machine, nothing to install. */
        EMBEDDED,
        /** PostgreSQL named by environment variables. */
        PRODUCTION
    }

    public static Settings from(Config config) {
        Profile profile = profile(config);
        int port = intSetting(config, "server.port", 0, 65_535).orElse(8080);
        Path dataDir = Path.of(config.getOptionalValue("shizhi.data.dir", String.class).orElse("./data")).toAbsolutePath().normalize();
        int poolSize = intSetting(config, "shizhi.db.pool-size", 1, 200).orElse(10);

        Optional<String> url = string(config, "shizhi.db.url");
        DatabaseSettings database;
        if (url.isEmpty()) {
            if (profile == Profile.PRODUCTION) {
                throw new SettingsException("shizhi.db.url", "is required in the production profile (environment variable SHIZHI_DB_URL, e.g. jdbc:postgresql://db:5432/shizhi)");
            }
            requireWritableDirectory("shizhi.data.dir", dataDir);
            DatabaseSettings h2 = DatabaseSettings.embeddedH2(dataDir.resolve("db"), poolSize);
            // H2 would close the file in a shutdown hook of its own, at the same moment as Helidon's stop, failing the
            // background work still finishing its batch ("Database is already closed"); the platform closes its pool
            // itself, last (Platform.close), and every tool closes what it opened.
            database = new DatabaseSettings(h2.url() + ";DB_CLOSE_ON_EXIT=FALSE", h2.user(), h2.password(), h2.schema(),
                    h2.maxPoolSize(), h2.singleInstance());
        } else {
            String jdbc = url.get();
            if (!jdbc.startsWith("jdbc:postgresql:") && !jdbc.startsWith("jdbc:h2:")) {
                throw new SettingsException("shizhi.db.url", "must be a PostgreSQL (jdbc:postgresql:) or H2 (jdbc:h2:) JDBC URL, not '" + jdbc + "'");
            }
            if (profile == Profile.PRODUCTION && !jdbc.startsWith("jdbc:postgresql:")) {
                throw new SettingsException("shizhi.db.url", "must be a PostgreSQL JDBC URL in the production profile");
            }
            Optional<String> user = string(config, "shizhi.db.user");
            if (profile == Profile.PRODUCTION && user.isEmpty()) {
                throw new SettingsException("shizhi.db.user", "is required in the production profile (environment variable SHIZHI_DB_USER)");
            }
            Optional<String> schema = string(config, "shizhi.db.schema");
            schema.filter(s -> !s.matches("[a-z_][a-z0-9_]{0,62}")).ifPresent(s -> {
                throw new SettingsException("shizhi.db.schema", "must be a lower-case SQL identifier, not '" + s + "'");
            });
            database = new DatabaseSettings(jdbc, user.orElse("sa"), string(config, "shizhi.db.password").orElse(""), schema, poolSize,
                    booleanSetting(config, "shizhi.db.single-instance").orElse(false));
        }

        if (profile == Profile.PRODUCTION) {
            // Tokens come from the city's identity provider: without its key and issuer nobody could call the API.
            if (string(config, "mp.jwt.verify.publickey.location").isEmpty()) {
                throw new SettingsException("mp.jwt.verify.publickey.location", "is required in the production profile: the identity provider's public key (PEM file) or JWKS URL (environment variable MP_JWT_VERIFY_PUBLICKEY_LOCATION)");
            }
            if (string(config, "mp.jwt.verify.issuer").isEmpty()) {
                throw new SettingsException("mp.jwt.verify.issuer", "is required in the production profile: the identity provider's issuer (environment variable MP_JWT_VERIFY_ISSUER)");
            }
        }
        // Checked here so a wrong value stops start-up; the REST adapter reads them.
        intSetting(config, "shizhi.http.max-request-bytes", 1_024, 1_073_741_824);
        intSetting(config, "shizhi.http.max-import-bytes", 1_024, 1_073_741_824);
        int rate = intSetting(config, "shizhi.search.rate-per-second", 1, 100_000).orElse(10);
        intSetting(config, "shizhi.search.burst", rate, 1_000_000);
        boolean demoData = booleanSetting(config, "shizhi.demo-data").orElse(profile == Profile.EMBEDDED);
        boolean demoGrids = demoData && booleanSetting(config, "shizhi.demo-data.grids").orElse(true);
        Optional<Path> calendarFile = string(config, "shizhi.calendar.file").map(Path::of);
        calendarFile.filter(f -> !Files.isReadable(f)).ifPresent(f -> {
            throw new SettingsException("shizhi.calendar.file", "names " + f.toAbsolutePath() + ", which is not a readable file");
        });
        JsonWorkCalendars.BeyondNotice beyondNotice = string(config, "shizhi.calendar.beyond-notice").map(value -> switch (value) {
            case "statutory" -> JsonWorkCalendars.BeyondNotice.STATUTORY;
            case "refuse" -> JsonWorkCalendars.BeyondNotice.REFUSE;
            default -> throw new SettingsException("shizhi.calendar.beyond-notice", "must be statutory or refuse, not '" + value + "'");
        }).orElse(JsonWorkCalendars.BeyondNotice.STATUTORY);
        // Plugin jars sit beside the data by default: ./plugins next to ./data.
        Path pluginsDir = string(config, "shizhi.plugins.dir").map(Path::of).orElse(dataDir.resolveSibling("plugins")).toAbsolutePath().normalize();
        DisputeSettings disputes = DisputeSettings.from(config);
        return new Settings(profile, port, dataDir, database, demoData, demoGrids, calendarFile, beyondNotice, pluginsDir,
                personalDataKeys(config, profile, dataDir), disputes, LawSettings.from(config), programmeLease(config), archive(config, dataDir), jobPeriods(config),
                assessmentSchemes(config));
    }

    private static ArchiveSettings archive(Config config, Path dataDir) {
        String backend = string(config, "shizhi.archive.backend").orElse("lucene");
        ArchiveSettings.Backend chosen = switch (backend) {
            case "lucene" -> ArchiveSettings.Backend.LUCENE;
            case "elasticsearch" -> ArchiveSettings.Backend.ELASTICSEARCH;
            default -> throw new SettingsException("shizhi.archive.backend", "must be lucene or elasticsearch, not '" + backend + "'");
        };
        Path luceneDir = string(config, "shizhi.archive.lucene.dir").map(Path::of).orElse(dataDir.resolve("index").resolve("cases"))
                .toAbsolutePath().normalize();
        Optional<String> url = string(config, "shizhi.archive.elasticsearch.url");
        if (chosen == ArchiveSettings.Backend.ELASTICSEARCH && url.isEmpty()) {
            throw new SettingsException("shizhi.archive.elasticsearch.url",
                    "is required when shizhi.archive.backend is elasticsearch (e.g. http://es:9200)");
        }
        url.filter(u -> !u.matches("https?://[^\\s/]+(:[0-9]+)?/?")).ifPresent(u -> {
            throw new SettingsException("shizhi.archive.elasticsearch.url", "must be http(s)://host[:port], not '" + u + "'");
        });
        String index = string(config, "shizhi.archive.elasticsearch.index").orElse("shizhi-cases");
        if (!index.matches("[a-z][a-z0-9_-]{0,100}")) {
            throw new SettingsException("shizhi.archive.elasticsearch.index", "must be lower-case letters, digits, - and _, not '" + index + "'");
        }
        return new ArchiveSettings(chosen, luceneDir, url, index, relayLease(config));
    }

    /**
     * The keys of personal data at rest. Production names them (SHIZHI_CRYPTO_KEYS, …_ACTIVE_KEY, …_INDEX_KEY,
     * from a secret store); the embedded default makes them on first start beside the token keys.
     */
    private static PersonalDataKeys personalDataKeys(Config config, Profile profile, Path dataDir) {
        Optional<String> keys = string(config, "shizhi.crypto.keys");
        if (keys.isEmpty()) {
            if (profile == Profile.PRODUCTION) {
                throw new SettingsException("shizhi.crypto.keys", "is required in the production profile: the keys that encrypt "
                        + "residents' ID numbers and mobiles, as id:base64,… (environment variable SHIZHI_CRYPTO_KEYS; see docs/security.md)");
            }
            return EmbeddedPersonalDataKeys.loadOrCreate(dataDir.resolve("keys"));
        }
        String active = string(config, "shizhi.crypto.active-key").orElseThrow(() ->
                new SettingsException("shizhi.crypto.active-key", "is required with shizhi.crypto.keys: the id of the key new values are written with"));
        String index = string(config, "shizhi.crypto.index-key").orElseThrow(() ->
                new SettingsException("shizhi.crypto.index-key", "is required with shizhi.crypto.keys: the base64 key of the blind index"));
        try {
            return PersonalDataKeys.parse(keys.get(), active, index);
        } catch (IllegalArgumentException e) {
            throw new SettingsException("shizhi.crypto.keys", "is not usable: " + e.getMessage());
        }
    }

    private static Profile profile(Config config) {
        String name = string(config, "mp.config.profile").orElse("embedded");
        return switch (name) {
            case "embedded" -> Profile.EMBEDDED;
            case "production" -> Profile.PRODUCTION;
            default -> throw new SettingsException("mp.config.profile", "must be 'embedded' or 'production', not '" + name + "'");
        };
    }

    /** {@code shizhi.jobs.<name>.period-seconds} for each background job, its default where not set. */
    static JobPeriods jobPeriods(Config config) {
        java.util.Map<String, java.time.Duration> periods = new java.util.HashMap<>();
        BackgroundWork.DEFAULT_PERIODS.forEach((job, period) -> periods.put(job,
                intSetting(config, "shizhi.jobs." + job + ".period-seconds", 1, 86_400)
                        .map(seconds -> java.time.Duration.ofSeconds(seconds)).orElse(period)));
        return new JobPeriods(periods);
    }

    /**
     * {@code shizhi.archive.relay-lease-seconds}: how long the archive relays' claims last (a dead instance's batch waits
     * that long for another), {@link RelayLease#MIN} to {@link RelayLease#MAX}, two minutes by default.
     */
    static java.time.Duration relayLease(Config config) {
        return intSetting(config, "shizhi.archive.relay-lease-seconds", (int) RelayLease.MIN.toSeconds(), (int) RelayLease.MAX.toSeconds())
                .map(seconds -> java.time.Duration.ofSeconds(seconds)).orElse(RelayLease.DEFAULT);
    }

    /**
     * Webhook retries: {@code shizhi.webhooks.max-attempts} (1 to 100, 10 by default), {@code
     * shizhi.webhooks.first-retry-millis} (100 to 3,600,000, 10 s by default) and {@code
     * shizhi.webhooks.longest-retry-seconds} (1 to 86,400, an hour by default); see {@code RetryPolicy}.
     */
    static org.shizhi.domain.integration.model.RetryPolicy webhookRetry(Config config) {
        var d = org.shizhi.domain.integration.model.RetryPolicy.DEFAULT;
        int attempts = intSetting(config, "shizhi.webhooks.max-attempts", 1, 100).orElse(d.maxAttempts());
        java.time.Duration first = intSetting(config, "shizhi.webhooks.first-retry-millis", 100, 3_600_000)
                .map(ms -> java.time.Duration.ofMillis(ms)).orElse(d.first());
        java.time.Duration longest = intSetting(config, "shizhi.webhooks.longest-retry-seconds", 1, 86_400)
                .map(s -> java.time.Duration.ofSeconds(s)).orElse(d.longest());
        if (longest.compareTo(first) < 0) {
            throw new SettingsException("shizhi.webhooks.longest-retry-seconds", "must not be shorter than the first retry");
        }
        return new org.shizhi.domain.integration.model.RetryPolicy(attempts, first, longest);
    }

    /**
     * {@code shizhi.webhooks.lease-seconds}: how long the webhook fan-out's and deliveries' claims last, so how long a
     * delivery a killed instance had in flight waits before another instance (or the restarted one) sends it again;
     * {@code WebhookDispatcher.MIN_LEASE} (25 s, beyond the transport's timeouts) to 3,600, two minutes by default.
     */
    static java.time.Duration webhookLease(Config config) {
        return intSetting(config, "shizhi.webhooks.lease-seconds",
                (int) org.shizhi.domain.integration.service.WebhookDispatcher.MIN_LEASE.toSeconds(), 3_600)
                .map(seconds -> java.time.Duration.ofSeconds(seconds))
                .orElse(org.shizhi.domain.integration.service.WebhookDispatcher.LEASE);
    }

    /** {@code shizhi.programmes.lease-minutes}: 1 to 1440, 30 by default. */
    static java.time.Duration programmeLease(Config config) {
        String key = "shizhi.programmes.lease-minutes";
        Optional<String> text = string(config, key);
        if (text.isEmpty()) {
            return DEFAULT_PROGRAMME_LEASE;
        }
        try {
            int minutes = Integer.parseInt(text.get());
            if (minutes >= 1 && minutes <= 1_440) {
                return java.time.Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new SettingsException(key, "is a whole number of minutes from 1 to 1440, not '" + text.get() + "'");
    }

    /** Every {@code shizhi.assessment.scheme.*} key, read as schemes; a wrong key or value stops start-up naming it. */
    static java.util.List<org.shizhi.domain.assessment.model.Scheme> assessmentSchemes(Config config) {
        java.util.Map<String, String> keys = new java.util.TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(org.shizhi.domain.assessment.model.SchemeSettings.PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> keys.put(name, value));
            }
        }
        try {
            return org.shizhi.domain.assessment.model.SchemeSettings.parse(keys);
        } catch (org.shizhi.domain.shared.InvalidValueException e) {
            throw new SettingsException(e.field().orElse(org.shizhi.domain.assessment.model.SchemeSettings.PREFIX), e.getMessage());
        }
    }

    private static Optional<String> string(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<Integer> intSetting(Config config, String key, int min, int max) {
        return string(config, key).map(text -> {
            int value;
            try {
                value = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new SettingsException(key, "must be a whole number, not '" + text + "'");
            }
            if (value < min || value > max) {
                throw new SettingsException(key, "must be between " + min + " and " + max + ", not " + value);
            }
            return value;
        });
    }

    private static Optional<Boolean> booleanSetting(Config config, String key) {
        return string(config, key).map(text -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new SettingsException(key, "must be true or false, not '" + text + "'");
        });
    }

    private static void requireWritableDirectory(String key, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new SettingsException(key, "names " + dir + ", which cannot be created: " + e.getMessage());
        }
        if (!Files.isWritable(dir)) {
            throw new SettingsException(key, "names " + dir + ", which is not writable");
        }
    }
}
