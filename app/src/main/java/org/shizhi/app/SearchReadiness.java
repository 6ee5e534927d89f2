package org.shizhi.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the case archive's search backend answers (Elasticsearch, or the embedded Lucene index): an instance
 * whose cluster is unreachable would answer every search with 503, so a load balancer should send searches elsewhere.
 * Asked with a bound, so that a cluster that accepts connections but never answers cannot hold the health endpoint.
 * DOWN goes UP again by itself once the backend answers: the next check simply succeeds.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    static final Duration LIMIT = Duration.ofSeconds(2);

    private final Platform platform;

    @Inject
    public SearchReadiness(Platform platform) {
        this.platform = platform;
    }

    @Override
    public HealthCheckResponse call() {
        var archive = platform.caseArchive();
        var response = HealthCheckResponse.named("search").withData("backend", archive.backend());
        // A virtual thread per check: a hung call is abandoned after LIMIT rather than holding a server thread.
        CompletableFuture<Long> count = CompletableFuture.supplyAsync(archive::count,
                runnable -> Thread.ofVirtual().name("search-readiness").start(runnable));
        try {
            return response.up().withData("documents", count.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS)).build();
        } catch (TimeoutException e) {
            count.cancel(true);
            return response.down().withData("reason", "no answer within " + LIMIT.toSeconds() + " s").build();
        } catch (ExecutionException e) {
            return response.down().withData("reason", Main.rootCause(e.getCause())).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("reason", "interrupted").build();
        }
    }
}
