package org.shizhi.app;

import java.util.logging.LogManager;

/**
 * java.util.logging that keeps logging while the platform stops. The JDK's own manager resets itself (closing every
 * handler) in a shutdown hook of its own, which runs at the same time as Helidon's: whatever the stop logs after that,
 * the server's "stopped" line and a background job's last words included, was silently dropped. This manager ignores
 * that one reset; the console handler writes each record as it comes, so nothing is left unflushed at exit.
 * Installed by {@link Main} before anything logs ({@code java.util.logging.manager}).
 */
public final class StopLogging extends LogManager {

    private static final String JDK_CLEANER = "java.util.logging.LogManager$Cleaner";

    @Override
    public void reset() {
        if (Thread.currentThread().getClass().getName().equals(JDK_CLEANER)) {
            return;
        }
        super.reset();
    }

    /** Makes this the JVM's log manager unless one is chosen already; must run before the first logger is made. */
    static void install() {
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", StopLogging.class.getName());
        }
    }
}
