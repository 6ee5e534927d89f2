package org.shizhi.console;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * One platform with the demo cities, as {@code ./shizhi start} starts it, for every browser test class that needs it
 * with no setting of its own ({@code @ExtendWith(DemoPlatform.class)}, then {@link #platform()}). Started by the first
 * such class and stopped once the whole run is over (it lives in the root context's store, which closes what it holds):
 * each platform start costs the demo's seeding and indexing (tens of seconds on this machine), paid once instead of per
 * class. The classes sharing it must not depend on data another class changes: each makes the items it moves itself.
 * A class that starts the platform differently (the OpenID Connect test trusts Keycloak) starts its own.
 * {@code -Dshizhi.console-tests.platform-per-class=true} keeps it in each class's store instead (one platform per
 * class, stopped after it, as before the sharing): the same tests, to measure what the sharing saves.
 */
final class DemoPlatform implements BeforeAllCallback {

    private static final Path ROOT = Path.of(System.getProperty("shizhi.root", "..")).toAbsolutePath().normalize();
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(DemoPlatform.class);
    private static volatile PlatformProcess platform;

    @Override
    public void beforeAll(ExtensionContext context) {
        Chromium.ensure();
        ExtensionContext owner = Boolean.getBoolean("shizhi.console-tests.platform-per-class") ? context : context.getRoot();
        platform = owner.getStore(HERE).getOrComputeIfAbsent(PlatformProcess.class, key -> start(), PlatformProcess.class);
    }

    private static PlatformProcess start() {
        try {
            long started = System.nanoTime();
            PlatformProcess process = PlatformProcess.start(ROOT, List.of());
            System.out.printf("[console-tests] demo platform started in %d s%n",
                    (System.nanoTime() - started) / 1_000_000_000L);
            return process;
        } catch (Exception e) {
            throw new IllegalStateException("the demo platform did not start: " + e.getMessage(), e);
        }
    }

    /** The shared platform; only after this extension's {@code beforeAll}. */
    static PlatformProcess platform() {
        if (platform == null) {
            throw new IllegalStateException("DemoPlatform.platform() before the class was extended with DemoPlatform");
        }
        return platform;
    }
}
