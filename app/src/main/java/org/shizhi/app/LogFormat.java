package org.shizhi.app;

import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * How log lines are written ({@value #KEY}, docs/operations.md#logs): {@code text}, one readable line per record (the
 * embedded default), or {@code json}, one JSON object per line with time, level, logger, message, request id, thread and
 * exception (the production profile's default), for a log shipper to read without patterns. {@link LogLines} writes
 * each record in the format chosen here.
 */
public enum LogFormat {
    TEXT, JSON;

    public static final String KEY = "shizhi.log.format";

    private static volatile LogFormat chosen = TEXT;

    /** The format the configuration names; text when it names none. */
    public static LogFormat from(Config config) {
        String value = config.getOptionalValue(KEY, String.class).map(String::strip).orElse("text");
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new SettingsException(KEY, "must be text or json, not '" + value + "'");
        };
    }

    /** From now on, every log line is written in this format. */
    public void choose() {
        chosen = this;
    }

    static LogFormat chosen() {
        return chosen;
    }
}
