package org.shizhi.app;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.shizhi.adapters.calendar.JsonWorkCalendars;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.app.plugins.PluginLoader;
import org.shizhi.app.plugins.PluginRegistry;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.grid.service.AreaService;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * The platform wired by hand: adapters built from the settings, services built from the adapters.
 * CDI only hands these out (see {@link Wiring}); the domain never sees a container.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Platform.class.getName());

    private final Settings settings;
    private final Database database;
    private final WorkCalendar workCalendar;
    private final PluginRegistry plugins;
    private final AreaService areaService;
    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("shizhi-housekeeping").daemon().factory());

    private Platform(Settings settings, Database database, WorkCalendar workCalendar, PluginRegistry plugins) {
        this.settings = settings;
        this.database = database;
        this.workCalendar = workCalendar;
        this.plugins = plugins;
        AreaRepository areas = database.areaRepository();
        this.areaService = new AreaService(areas);
        // Idempotency keys are promised for 24 hours; forgetting them after 48 keeps the table small.
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                database.idempotencyRecords().forgetBefore(Instant.now().minus(Duration.ofHours(48)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not forget old idempotency keys; will try again", e);
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    /**
     * Loads and checks the city plugins and the work calendar first (a wrong setting should not cost a
     * migration), then opens the database (migrating it) and on an empty database loads the demo data.
     */
    public static Platform open(Settings settings, Config config) {
        PluginRegistry plugins = PluginRegistry.configure(
                PluginLoader.load(Platform.class.getClassLoader(), Optional.of(settings.pluginsDir())), config);
        LOG.info(plugins::describe);
        WorkCalendar calendar = settings.calendarFile().map(JsonWorkCalendars::fromFile).orElseGet(JsonWorkCalendars::fromClasspath);
        Database database = Database.open(settings.database());
        try {
            Platform platform = new Platform(settings, database, calendar, plugins);
            if (settings.demoData()) {
                DemoData.loadIfEmpty(platform, database.areaRepository());
            }
            LOG.info(() -> "database " + database.productName() + " ready; work calendar covers " + new java.util.TreeSet<>(calendar.coveredYears()));
            return platform;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public Settings settings() {
        return settings;
    }

    public Database database() {
        return database;
    }

    public WorkCalendar workCalendar() {
        return workCalendar;
    }

    public PluginRegistry plugins() {
        return plugins;
    }

    public AreaService areaService() {
        return areaService;
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        database.close();
    }
}
