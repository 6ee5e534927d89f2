package org.shizhi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One benchmark's figures, appended to docs/benchmarks.md with the date, the machine and the command. */
final class Report {

    private final String title;
    private final String command;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String title, String command) {
        this.title = title;
        this.command = command;
    }

    Report row(String measure, String value, String target) {
        System.out.println(measure + ": " + value);
        rows.add("| " + measure + " | " + value + " | " + target + " |");
        return this;
    }

    Report row(String measure, Load.Result r, String target) {
        return row(measure, figures(r), target);
    }

    /** With the platform's CPU time per ok request: a figure that other load on the machine disturbs less. */
    Report row(String measure, Load.Result r, Duration platformCpu, String target) {
        return row(measure, figures(r) + String.format(Locale.ROOT, "; platform CPU %.2f ms per request",
                r.ok() == 0 ? 0 : platformCpu.toNanos() / 1e6 / r.ok()), target);
    }

    private static String figures(Load.Result r) {
        return String.format(Locale.ROOT, "%,.0f/s (%d ok, %d failed); p50 %.2f ms, p99 %.2f ms, max %.1f ms",
                r.perSecond(), r.ok(), r.failed(), r.p50Millis(), r.p99Millis(), r.maxMillis());
    }

    Report note(String text) {
        notes.add(text);
        return this;
    }

    void appendTo(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("\n## ").append(title).append(" — ")
                .append(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))).append("\n\n");
        out.append("Machine: ").append(machine()).append("  \nCommand: `").append(command).append("`\n\n");
        out.append("| measure | result | target |\n|---|---|---|\n");
        rows.forEach(r -> out.append(r).append('\n'));
        notes.forEach(n -> out.append("\n").append(n).append('\n'));
        if (!Files.exists(file)) {
            Files.writeString(file, "# Benchmarks\n\nFigures written by `./shizhi bench NAME`, newest last. Never edited by hand.\n",
                    StandardCharsets.UTF_8);
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        System.out.print(out);
    }

    static String machine() {
        String cpu = "unknown CPU";
        long memGiB = -1;
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(cpu);
            memGiB = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(-1L);
        } catch (IOException e) {
            // not Linux: say less
        }
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memGiB + " GiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java " + Runtime.version();
    }
}
