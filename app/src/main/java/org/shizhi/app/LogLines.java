package org.shizhi.app;

import io.helidon.logging.jul.HelidonFormatter;
import io.helidon.logging.jul.HelidonJsonFormatter;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

/**
 * The console handler's formatter (logging.properties): each record in the {@link LogFormat} chosen when it is written,
 * so that the choice, made once the configuration is read, holds for the handlers made before it and for those Helidon
 * makes again while starting. Both formats are Helidon's: {@link HelidonFormatter} with the JDK's
 * {@code SimpleFormatter.format}, and {@link HelidonJsonFormatter} with the fields logging.properties names, the
 * request id among them ({@code %X{request-id}}, present while a request is served).
 */
public final class LogLines extends Formatter {

    private final Formatter text = new HelidonFormatter();
    private final Formatter json = new HelidonJsonFormatter();

    @Override
    public String format(LogRecord record) {
        return (LogFormat.chosen() == LogFormat.JSON ? json : text).format(record);
    }
}
