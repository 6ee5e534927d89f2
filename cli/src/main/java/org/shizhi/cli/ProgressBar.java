package org.shizhi.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress bar for the terminal: done of total, rate per second and the time left, redrawn in place at
 * most five times a second, and a final line when {@link #finish} is called.
 */
public final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String what;
    private final String unit;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;

    public ProgressBar(PrintStream out, String what, String unit, long total) {
        this.out = out;
        this.what = what;
        this.unit = unit;
        this.total = Math.max(total, 1);
    }

    /** Redraws with {@code done} units done (and {@code items} of what is counted, for the rate). */
    public synchronized void update(long done, long items) {
        long now = System.nanoTime();
        if (now - lastDrawn < 200_000_000L && done < total) {
            return;
        }
        lastDrawn = now;
        out.print("\r" + line(done, items, now));
        out.flush();
    }

    public synchronized void finish(long done, long items) {
        out.println("\r" + line(Math.min(done, total), items, System.nanoTime()));
    }

    String line(long done, long items, long now) {
        double fraction = Math.min(1.0, (double) done / total);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = items / seconds;
        long etaSeconds = fraction <= 0 ? 0 : (long) (seconds * (1 - fraction) / fraction);
        Duration eta = Duration.ofSeconds(etaSeconds);
        return String.format(Locale.ROOT, "%s [%s%s] %5.1f%% %,d %s %,.0f/s ETA %d:%02d:%02d", what, "#".repeat(filled),
                ".".repeat(WIDTH - filled), fraction * 100, items, unit, rate, eta.toHours(), eta.toMinutesPart(),
                eta.toSecondsPart());
    }
}
