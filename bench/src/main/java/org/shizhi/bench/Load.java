package org.shizhi.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives requests at the platform. Two shapes: {@link #fixedRate} sends on a schedule whatever the answers
 * do, and measures each latency from when the request was due (no coordinated omission), which is what
 * "p99 at 1,000 requests/s" means; {@link #saturate} keeps N requests in flight to find the most per second.
 */
final class Load {

    /** What a run measured. */
    record Result(long ok, long failed, Duration elapsed, Histogram latencyMicros) {
        double perSecond() {
            return ok / (elapsed.toNanos() / 1e9);
        }

        double p50Millis() {
            return latencyMicros.getValueAtPercentile(50) / 1000.0;
        }

        double p99Millis() {
            return latencyMicros.getValueAtPercentile(99) / 1000.0;
        }

        double maxMillis() {
            return latencyMicros.getMaxValue() / 1000.0;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** {@code perSecond} requests every second for {@code duration}; a request counts as ok on {@code expectedStatus}. */
    Result fixedRate(Supplier<HttpRequest> requests, int expectedStatus, int perSecond, Duration duration) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long total = (long) perSecond * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            client.sendAsync(requests.get(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                (error == null && response.statusCode() == expectedStatus ? ok : failed).incrementAndGet();
                done.countDown();
            });
        }
        done.await(60, TimeUnit.SECONDS);
        return new Result(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), recorder.getIntervalHistogram());
    }

    /** {@code inFlight} requests at all times for {@code duration}. */
    Result saturate(Supplier<HttpRequest> requests, int expectedStatus, int inFlight, Duration duration) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        Thread[] workers = new Thread[inFlight];
        for (int w = 0; w < inFlight; w++) {
            workers[w] = Thread.ofVirtual().start(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<Void> response = client.send(requests.get(), HttpResponse.BodyHandlers.discarding());
                        (response.statusCode() == expectedStatus ? ok : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    recorder.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                }
            });
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Result(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), recorder.getIntervalHistogram());
    }
}
