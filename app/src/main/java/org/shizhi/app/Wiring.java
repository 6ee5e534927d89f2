package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.grid.port.in.AreaQuery;
import org.shizhi.domain.grid.port.in.RegisterAreasUseCase;
import java.time.Clock;
import org.shizhi.domain.shared.WorkCalendar;
import org.shizhi.domain.shared.port.IdempotencyRecords;
import org.shizhi.domain.spi.InstalledPlugins;

/** Hands the hand-wired {@link Platform} and its use cases to the REST adapter. */
@ApplicationScoped
public class Wiring {

    @Produces
    @Singleton
    Platform platform(Config config) {
        return Platform.open(Settings.from(config), config);
    }

    void close(@Disposes Platform platform) {
        platform.close();
    }

    /** Open the platform while starting, not at the first request: migrations and demo data before listening. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started, Platform platform) {
        // injection is the point
    }

    @Produces
    AreaQuery areaQuery(Platform platform) {
        return platform.areaService();
    }

    @Produces
    RegisterAreasUseCase registerAreas(Platform platform) {
        return platform.areaService();
    }

    @Produces
    InstalledPlugins installedPlugins(Platform platform) {
        return platform.plugins();
    }

    @Produces
    IdempotencyRecords idempotencyRecords(Platform platform) {
        return platform.database().idempotencyRecords();
    }

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    WorkCalendar workCalendar(Platform platform) {
        return platform.workCalendar();
    }
}
