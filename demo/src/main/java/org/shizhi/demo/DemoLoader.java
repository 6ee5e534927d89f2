package org.shizhi.demo;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.consultation.service.ConsultationService;
import org.shizhi.domain.law.service.LawService;

/**
 * Loads the demo records of the contexts that keep their demo in a class of their own ({@link DemoLaw},
 * {@link DemoConsultation}) on the first start, when the demo's grids are on: one named loader per context, run one
 * after the other on a background thread, each failure logged and the next one run. It observes the start after
 * {@link DemoData} (a later priority), so the area tree and the dispute context's mediation centres, which
 * {@link DemoData} registers before the server listens, are there when a petition opens a dispute. Each loader leaves a
 * city alone that has its records already.
 */
@ApplicationScoped
public class DemoLoader {

    private static final Logger LOG = Logger.getLogger(DemoLoader.class.getName());

    /** A context's demo records, loaded as of an instant. */
    public record Named(String context, Consumer<Instant> load) {
    }

    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("shizhi-demo-contexts").daemon().factory());
    /** Set when the platform stops: the loaders not begun are skipped. */
    private volatile boolean stopping;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) @Initialized(ApplicationScoped.class) Object started,
              Config config, Function<Clock, LawService> lawAt, Function<Clock, ConsultationService> consultationAt, Clock clock) {
        if (!DemoSettings.from(config).grids()) {
            return;
        }
        run(List.of(
                new Named("law", now -> DemoLaw.load(lawAt, DemoData.areas(), new SplittableRandom(DemoLaw.SEED), now)),
                new Named("consultation", now -> DemoConsultation.load(consultationAt, DemoData.areas(),
                        new SplittableRandom(DemoConsultation.SEED), now))), clock.instant());
    }

    /** Runs the loaders in order in the background. */
    void run(List<Named> loaders, Instant now) {
        background.execute(() -> {
            for (Named loader : loaders) {
                if (stopping) {
                    // A safe point: between two contexts' loads, never inside one.
                    LOG.info(() -> "demo " + loader.context() + " records: not loaded, the platform is stopping");
                    continue;
                }
                try {
                    loader.load().accept(now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "demo " + loader.context() + " records failed", e);
                }
            }
        });
    }

    /**
     * The platform is stopping, its beans (the database among them) go next: the load running finishes (each context's
     * is a few seconds), waited for here, the others are skipped. Never interrupted: an interrupt in the middle of a
     * write would close the embedded database's file under it.
     */
    void stopBeforeTheDatabaseCloses(@Observes @BeforeDestroyed(ApplicationScoped.class) Object shuttingDown) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        background.shutdown();
        try {
            if (!background.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.info("the demo records' load did not reach a safe point within 30 s; stopping without it");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
