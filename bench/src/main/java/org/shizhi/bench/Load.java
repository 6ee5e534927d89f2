package org.shizhi.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Drives requests at the platform. Two shapes: {@link #fixedRate} sends on a schedule whatever the answers
 * do, and measures each latency from when the request was due (no coordinated omission), which is what
 * "p99 at 1,000 requests/s" means; {@link #saturate} keeps N requests in flight to find the most per second.
 *
 * <p>It shares the platform's cores, so it is as cheap as it can be: HTTP/1.1 keep-alive over plain sockets, one
 * connection per virtual thread, requests as ready bytes ({@link Template}), and of each answer only the status
 * read; the body is skipped by its Content-Length or chunks.
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

    /** Connections {@link #fixedRate} may have open: enough that a slow spell queues at the server, not here. */
    static final int FIXED_RATE_CONNECTIONS = 128;

    private final InetSocketAddress server;

    Load(URI base) {
        this.server = new InetSocketAddress(base.getHost(), base.getPort());
    }

    /**
     * {@code perSecond} requests every second for {@code duration}; a request counts as ok on {@code expectedStatus}.
     * Request i is due at start + i / perSecond; whichever connection is free takes the next due request.
     */
    Result fixedRate(Supplier<byte[]> requests, int expectedStatus, int perSecond, Duration duration) throws InterruptedException {
        long total = perSecond * duration.toSeconds();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        return run(FIXED_RATE_CONNECTIONS, expectedStatus, start, () -> {
            long i = next.getAndIncrement();
            if (i >= total) {
                return -1;
            }
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            return due;
        }, requests);
    }

    /** {@code inFlight} requests at all times for {@code duration}. */
    Result saturate(Supplier<byte[]> requests, int expectedStatus, int inFlight, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        return run(inFlight, expectedStatus, start, () -> {
            long now = System.nanoTime();
            return now < end ? now : -1;
        }, requests);
    }

    /**
     * Before a measured run: {@code times} exchanges of the request on one connection must each answer
     * {@code expectedStatus}, which also proves this class frames the server's answers right (a misread body would
     * garble the next status line).
     */
    void verify(byte[] request, int expectedStatus, int times) throws IOException {
        try (Connection connection = new Connection(server)) {
            for (int i = 0; i < times; i++) {
                int status = connection.exchange(request);
                if (status != expectedStatus || !connection.reusable()) {
                    throw new IllegalStateException("exchange " + (i + 1) + " on one connection answered " + status
                            + (connection.reusable() ? "" : " and closed it") + ", not " + expectedStatus);
                }
            }
        }
    }

    /** When the next request is due (a nanoTime), or -1 when the run is over. */
    @FunctionalInterface
    private interface Schedule {
        long nextDue() throws InterruptedException;
    }

    private Result run(int connections, int expectedStatus, long start, Schedule schedule, Supplier<byte[]> requests)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        Thread[] workers = new Thread[connections];
        for (int w = 0; w < connections; w++) {
            workers[w] = Thread.ofVirtual().start(() -> {
                Connection connection = null;
                try {
                    for (long due; (due = schedule.nextDue()) >= 0; ) {
                        try {
                            if (connection == null) {
                                connection = new Connection(server);
                            }
                            (connection.exchange(requests.get()) == expectedStatus ? ok : failed).incrementAndGet();
                            if (!connection.reusable()) {
                                connection.close();
                                connection = null;
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet();
                            closeQuietly(connection);
                            connection = null;
                        }
                        recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1000));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    closeQuietly(connection);
                }
            });
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Result(ok.get(), failed.get(), Duration.ofNanos(System.nanoTime() - start), recorder.getIntervalHistogram());
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (IOException ignored) {
            // it is being dropped
        }
    }

    /** A request's bytes: its line and fixed headers serialised once, then either no body or one per request. */
    static final class Template {
        private final byte[] head;
        private final byte[] bodiless;

        private Template(byte[] head) {
            this.head = head;
            this.bodiless = concat("\r\n".getBytes(StandardCharsets.US_ASCII), new byte[0]);
        }

        static Template of(String method, URI base, String path, Map<String, String> headers) {
            StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            return new Template(head.toString().getBytes(StandardCharsets.UTF_8));
        }

        byte[] withoutBody() {
            return bodiless;
        }

        byte[] withBody(String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return concat(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), bytes);
        }

        private byte[] concat(byte[] end, byte[] body) {
            byte[] request = new byte[head.length + end.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(end, 0, request, head.length, end.length);
            System.arraycopy(body, 0, request, head.length + end.length, body.length);
            return request;
        }
    }

    /** One HTTP/1.1 keep-alive connection: writes a request, reads its answer's status and skips the rest of it. */
    static final class Connection implements Closeable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final StringBuilder line = new StringBuilder(128);
        private boolean reusable = true;

        Connection(InetSocketAddress server) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(server, 10_000);
            socket.setSoTimeout(60_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        }

        /** Sends the request and returns the status of its final (non-1xx) answer, once that answer is read in full. */
        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            int status;
            do {
                status = readResponse();
            } while (status >= 100 && status < 200);
            return status;
        }

        /** False once an answer said {@code Connection: close} or ended with the connection. */
        boolean reusable() {
            return reusable;
        }

        private int readResponse() throws IOException {
            String statusLine = readLine();
            if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                throw new IOException("not an HTTP/1.x status line: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header; !(header = readLine()).isEmpty(); ) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    throw new IOException("not a header: " + header);
                }
                String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.endsWith("chunked");
                    case "connection" -> reusable &= !value.contains("close");
                    default -> { }
                }
            }
            if ((status >= 100 && status < 200) || status == 204 || status == 304) {
                return status;
            }
            if (chunked) {
                skipChunks();
            } else if (length >= 0) {
                skip(length);
            } else {
                in.transferTo(OutputStream.nullOutputStream()); // framed by the connection's end
                reusable = false;
            }
            return status;
        }

        private void skipChunks() throws IOException {
            for (long size; (size = chunkSize(readLine())) > 0; ) {
                skip(size);
                if (!readLine().isEmpty()) {
                    throw new IOException("a chunk did not end with CRLF");
                }
            }
            while (!readLine().isEmpty()) {
                // trailers
            }
        }

        private static long chunkSize(String line) throws IOException {
            int extension = line.indexOf(';');
            try {
                return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).strip(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("not a chunk size: " + line, e);
            }
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new EOFException("the answer ended " + left + " bytes early");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        /** A header-section line without its CRLF; headers are ASCII, so one char per byte will do. */
        private String readLine() throws IOException {
            line.setLength(0);
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    throw new EOFException("the connection ended inside an answer's head");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
