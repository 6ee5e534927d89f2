package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the housekeeping thread is stuck: one run of a job (a relay, an escalation) still going after
 * {@link #STUCK_AFTER} means the thread is blocked for good (a lock never released, a call with no timeout), and only a
 * restart frees it; the jobs are bounded batches that take seconds. A failing job is not a liveness problem: it is
 * logged and runs again.
 */
@Liveness
@ApplicationScoped
public class BackgroundWorkLiveness implements HealthCheck {

    static final Duration STUCK_AFTER = Duration.ofMinutes(15);

    private final Platform platform;

    @Inject
    public BackgroundWorkLiveness(Platform platform) {
        this.platform = platform;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("background-work");
        return platform.backgroundWork().running()
                .map(run -> {
                    Duration running = Duration.between(run.since(), Instant.now());
                    return response.status(running.compareTo(STUCK_AFTER) < 0)
                            .withData("running", run.job())
                            .withData("for-seconds", running.toSeconds())
                            .build();
                })
                .orElseGet(() -> response.up().withData("running", "none").build());
    }
}
