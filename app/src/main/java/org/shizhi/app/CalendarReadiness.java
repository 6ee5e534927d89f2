package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.TreeSet;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Which years the work calendar covers, and which of them only provisionally: the platform still serves (a deadline on
 * the statutory holidays beats refusing every intake), but whoever watches readiness sees that a notice is missing.
 */
@Readiness
@ApplicationScoped
public class CalendarReadiness implements HealthCheck {

    private final Platform platform;

    @Inject
    public CalendarReadiness(Platform platform) {
        this.platform = platform;
    }

    @Override
    public HealthCheckResponse call() {
        var calendar = platform.workCalendar();
        var official = new TreeSet<>(calendar.coveredYears());
        official.removeAll(calendar.provisionalYears());
        return HealthCheckResponse.named("work-calendar").up()
                .withData("official", official.toString())
                .withData("provisional", new TreeSet<>(calendar.provisionalYears()).toString())
                .build();
    }
}
