package org.shizhi.bench.archive;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an archive import file of generated cases:
 * {@code GenerateCases LINES FILE [BROKEN]} — every {@code LINES / BROKEN}-th line is deliberately broken (not JSON,
 * a missing title, an ID number with a wrong check character, in turn), to exercise the rejects file.
 */
public final class GenerateCases {

    private GenerateCases() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: GenerateCases LINES FILE [BROKEN]");
            System.exit(2);
        }
        long lines = Long.parseLong(args[0]);
        Path file = Path.of(args[1]);
        long broken = args.length > 2 ? Long.parseLong(args[2]) : 0;
        long every = broken > 0 ? Math.max(1, lines / broken) : Long.MAX_VALUE;
        CaseGenerator generator = new CaseGenerator(20251121L, Path.of(System.getProperty("shizhi.bench.data", "/work/shared/data")),
                Path.of(System.getProperty("shizhi.bench.seeds", "/work/shared/seeds")));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 1; i <= lines; i++) {
                String line = CaseGenerator.jsonLine(generator.record(i));
                if (i % every == 0) {
                    line = switch ((int) ((i / every) % 3)) {
                        case 0 -> line.substring(0, line.length() / 2);
                        case 1 -> line.replaceFirst("\"title\":\"[^\"]*\",", "");
                        default -> line.replaceFirst("\"idNumber\":\"(\\d{17})\\w\"", "\"idNumber\":\"$1Z\"");
                    };
                }
                out.write(line);
                out.write('\n');
            }
        }
        System.out.println("wrote " + lines + " lines to " + file + (broken > 0 ? " (" + (lines / every) + " broken)" : ""));
    }
}
