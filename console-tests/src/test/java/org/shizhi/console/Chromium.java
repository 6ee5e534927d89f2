package org.shizhi.console;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium for the browser tests: found at /usr/bin/chromium, else installed with {@code apt-get install -y
 * chromium} (about 25 s), else the tests are skipped with the reason printed; under {@code CI=true} an absent browser
 * fails the run instead, so that a CI machine never passes without having run them.
 */
final class Chromium {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private Chromium() {
    }

    /** Playwright driving the machine's browser: it never downloads one of its own. */
    static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    /** Headless Chromium without the background connections this machine's closed network refuses. */
    static Browser launch(Playwright playwright, Path chromium) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run")));
    }

    static Path ensure() {
        Optional<Path> found = find();
        if (found.isPresent()) {
            return found.get();
        }
        System.out.println("[console-tests] Chromium is absent: installing Debian's chromium package (apt-get install -y chromium)...");
        String outcome = install();
        found = find();
        if (found.isPresent()) {
            return found.get();
        }
        String reason = "no Chromium at " + CANDIDATES + " and apt-get could not install it (" + outcome
                + "); install it with 'apt-get install -y chromium' to run the console's browser tests";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true: " + reason);
        }
        System.out.println("[console-tests] SKIPPED: " + reason);
        Assumptions.abort(reason);
        throw new IllegalStateException("unreachable");
    }

    private static Optional<Path> find() {
        return CANDIDATES.stream().filter(Files::isExecutable).findFirst();
    }

    private static String install() {
        try {
            String first = run(List.of("apt-get", "install", "-y", "chromium"));
            if (find().isPresent()) {
                return first;
            }
            // A machine whose package lists were never fetched knows no chromium package yet.
            run(List.of("apt-get", "update"));
            return run(List.of("apt-get", "install", "-y", "chromium"));
        } catch (IOException e) {
            return "apt-get did not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return String.join(" ", command) + " took more than 10 minutes";
        }
        return String.join(" ", command) + " exited with " + process.exitValue();
    }
}
