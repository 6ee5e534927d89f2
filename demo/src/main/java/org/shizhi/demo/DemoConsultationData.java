package org.shizhi.demo;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.consultation.service.ConsultationService;

/**
 * Loads the consultation context's demo records ({@link DemoConsultation}) in the background on the first start, when
 * the demo's grids are on; a city that has councils already is left alone. A bean of its own, beside {@link DemoData},
 * so that each context's demo stays in its own class.
 */
@ApplicationScoped
public class DemoConsultationData {

    private static final Logger LOG = Logger.getLogger(DemoConsultationData.class.getName());

    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("shizhi-demo-consultation").daemon().factory());

    void load(@Observes @Initialized(ApplicationScoped.class) Object started, Config config,
              Function<Clock, ConsultationService> consultationAt, Clock clock) {
        if (!DemoSettings.from(config).grids()) {
            return;
        }
        background.execute(() -> {
            try {
                DemoConsultation.load(consultationAt, DemoData.areas(), new SplittableRandom(DemoConsultation.SEED), clock.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "demo consultation records failed", e);
            }
        });
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
