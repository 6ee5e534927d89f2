package org.shizhi.app;

import io.helidon.microprofile.server.Server;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shizhi.adapters.calendar.HolidayDataException;
import org.shizhi.adapters.plugins.PluginException;
import org.shizhi.app.security.SigningKeys;

/** Starts the platform: settings checked first, then the server with everything wired, then where to find it. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StopLogging.install();
        Settings settings;
        try {
            ConfigFile.install();
            settings = Settings.from(ConfigProvider.getConfig());
            LogFormat.from(ConfigProvider.getConfig()).choose();
        } catch (SettingsException e) {
            System.err.println("shizhi: cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (settings.profile() == Settings.Profile.EMBEDDED) {
            SigningKeys.ensure(settings.dataDir().resolve("keys"));
        }
        long started = System.nanoTime();
        Server server;
        try {
            server = Server.builder().build().start();
        } catch (RuntimeException e) {
            System.err.println("shizhi: cannot start: " + rootCause(e));
            System.exit(isOperatorError(e) ? 2 : 1);
            return;
        }
        String base = "http://localhost:" + server.port();
        System.out.printf("""
                Shizhi is listening on %s (profile %s, database %s, data in %s), started in %d ms
                  Console:      %s/console/  (sign in as a demo user of either city)
                  API contract: %s/openapi
                  Health:       %s/health
                  Metrics:      %s/metrics
                Every /api/v1 call needs a bearer token; for local use mint one with
                  ./shizhi token --city 510100 --jurisdiction 510104 --roles CITY_ADMIN
                Stop with Ctrl-C.
                """,
                base, settings.profile().name().toLowerCase(java.util.Locale.ROOT),
                settings.database().isPostgres() ? "PostgreSQL" : "H2", settings.dataDir(),
                (System.nanoTime() - started) / 1_000_000, base, base, base, base);
    }

    /** A wrong setting or plugin: said in the operator's words, never with a stack trace. */
    private static Throwable operatorError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SettingsException || t instanceof PluginException || t instanceof HolidayDataException
                    || t instanceof IndexFormat.OutdatedIndexException) {
                return t;
            }
        }
        return null;
    }

    private static boolean isOperatorError(Throwable e) {
        return operatorError(e) != null;
    }

    /** The operator's error, else the innermost message: "connection refused", not five layers of wrapping. */
    static String rootCause(Throwable e) {
        Throwable operator = operatorError(e);
        if (operator != null) {
            return operator.getMessage();
        }
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message + " (" + cause.getClass().getSimpleName() + ")";
    }
}
