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
 * <p>
 * Debian's chromium brings no font with Chinese glyphs (its fonts-dejavu has none), so every Chinese character of the
 * console would be drawn as the same box in a screenshot. {@link #ensure()} therefore also installs a CJK font when
 * fontconfig knows none for {@code zh}: {@code fonts-wqy-zenhei} (7.5 MB to download, 16 MB installed), chosen over
 * {@code fonts-noto-cjk} (57 MB, 91 MB) because the tests install it on the fly and it covers the GB 18030 characters
 * the console shows.
 */
final class Chromium {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));
    static final String CJK_FONT_PACKAGE = "fonts-wqy-zenhei";

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
        Path chromium = ensureBrowser();
        ensureCjkFont();
        return chromium;
    }

    /**
     * A font fontconfig lists for Chinese, installed when there is none. Not a reason to skip the browser tests when it
     * cannot be had: the test that draws Chinese text fails then, and says why.
     */
    static boolean ensureCjkFont() {
        if (hasCjkFont()) {
            return true;
        }
        System.out.println("[console-tests] no Chinese font: installing Debian's " + CJK_FONT_PACKAGE + " (apt-get install -y "
                + CJK_FONT_PACKAGE + ")...");
        try {
            String outcome = run(List.of("apt-get", "install", "-y", CJK_FONT_PACKAGE));
            if (!hasCjkFont()) {
                run(List.of("apt-get", "update"));
                outcome = run(List.of("apt-get", "install", "-y", CJK_FONT_PACKAGE));
            }
            System.out.println("[console-tests] " + outcome);
        } catch (IOException e) {
            System.out.println("[console-tests] apt-get did not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return hasCjkFont();
    }

    /** Whether fontconfig (which Chromium asks on Linux) lists a font covering Chinese. */
    static boolean hasCjkFont() {
        return !cjkFamilies().isEmpty();
    }

    /** The families fontconfig lists for Chinese ({@code fc-list :lang=zh family}, each name of a line), none if it cannot say. */
    static List<String> cjkFamilies() {
        try {
            Process process = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
                return List.of();
            }
            return out.lines().flatMap(line -> java.util.Arrays.stream(line.split(","))).map(String::strip).filter(f -> !f.isEmpty())
                    .distinct().toList();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static Path ensureBrowser() {
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
