package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database really answers: a load balancer must not send work to an instance that cannot store it. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private final Platform platform;

    @Inject
    public DatabaseReadiness(Platform platform) {
        this.platform = platform;
    }

    @Override
    public HealthCheckResponse call() {
        var database = platform.database();
        return HealthCheckResponse.named("database")
                .status(database.isReachable())
                .withData("product", database.productName())
                .build();
    }
}
