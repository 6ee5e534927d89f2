package org.shizhi.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.assessment.service.NoticeService;
import org.shizhi.domain.assessment.service.SchemeAssessmentService;
import org.shizhi.domain.assessment.service.SupervisionService;

/**
 * Loads the assessment's demo records ({@link DemoAssessment}) on the first start, when the demo's grids are on: on the
 * demo's one background thread, after the events, disputes and party records the indicators count ({@link DemoData}
 * queues those first; this observer runs after its). A city that has notices already is left alone.
 */
@ApplicationScoped
public class DemoAssessmentData {

    /** After {@link DemoData}'s observer, whose default priority is 2500. */
    private static final int AFTER_THE_DEMO_DATA = 3_000;

    void load(@Observes @Priority(AFTER_THE_DEMO_DATA) @Initialized(ApplicationScoped.class) Object started, Config config,
              DemoData demo, Function<Clock, SchemeAssessmentService> runsAt, Function<Clock, NoticeService> noticesAt,
              Function<Clock, SupervisionService> supervisionAt, Clock clock) {
        if (!DemoSettings.from(config).grids()) {
            return;
        }
        demo.inBackground("demo assessment", () -> DemoAssessment.load(
                new DemoAssessment.Services(runsAt, noticesAt, supervisionAt, supervisionAt), clock.instant()));
    }
}
