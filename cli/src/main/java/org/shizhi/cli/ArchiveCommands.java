package org.shizhi.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.shizhi.adapters.archiveimport.CaseImport;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchCaseArchive;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.app.Settings;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.service.ArchiveIndexing;
import org.shizhi.domain.archive.service.CaseArchiveService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./shizhi import FILE.jsonl [--city CODE] [--rejects FILE]} and {@code ./shizhi reindex}: the archive's
 * command-line tools, run on the same settings, beside the platform on PostgreSQL (the embedded H2 file is held by a
 * running platform, so there they run while it is stopped). With the embedded Lucene index
 * held by a running platform, an import stores the records and the platform's catch-up indexes them within seconds;
 * a reindex builds a new generation beside the held one and the platform switches to it.
 */
final class ArchiveCommands {

    private ArchiveCommands() {
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import historical cases into the archive (docs/archive-import.md): one JSON object per line, a "
                    + "progress bar, bad lines to FILE.rejects.jsonl; re-running skips what is imported.",
                    "Beside a running platform on PostgreSQL; the embedded database is held by the platform while it runs."})
    static final class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.jsonl", description = "The cases, one JSON object per line.")
        Path file;

        @Option(names = "--city", paramLabel = "CODE", description = "The city the import is for (default: the first line's cityCode).")
        String city;

        @Option(names = "--rejects", paramLabel = "FILE", description = "Where bad lines go (default: FILE.jsonl.rejects.jsonl).")
        Path rejects;

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            return importFile(file, Optional.ofNullable(city).map(AreaCode::parse), Optional.ofNullable(rejects),
                    ConfigProvider.getConfig(), System.out, System.err);
        }
    }

    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = "Rebuild the archive's search index from the database; searches keep answering from the old index "
                    + "until the new one is complete.")
    static final class Reindex implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            return reindex(ConfigProvider.getConfig(), System.out, System.err);
        }
    }

    /** Clock of the platform: microseconds, as the database keeps them. */
    private static Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** The archive for a command: the configured backend; a held Lucene index is opened detached. */
    static CaseArchive archive(Settings.ArchiveSettings settings, Clock clock) {
        return switch (settings.backend()) {
            case LUCENE -> LuceneCaseArchive.openOrDetached(settings.luceneDir(), clock);
            case ELASTICSEARCH -> ElasticsearchCaseArchive.connect(settings.elasticsearchUrl().orElseThrow(),
                    settings.elasticsearchIndex(), clock);
        };
    }

    static int importFile(Path file, Optional<AreaCode> city, Optional<Path> rejectsFile, Config config, PrintStream out,
                          PrintStream err) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(file + " is not a readable file");
        }
        Path input = file;
        AreaCode forCity = city.orElseGet(() -> firstCity(input));
        Path rejects = rejectsFile.orElseGet(() -> Path.of(file + ".rejects.jsonl"));
        Settings settings = Settings.from(config);
        Clock clock = clock();
        try (Database database = open(settings);
             CaseArchive archive = archive(settings.archive(), clock)) {
            CaseArchiveService service = new CaseArchiveService(archive, database.caseRecordStore(), database.auditLog(), clock);
            if (archive instanceof LuceneCaseArchive l && l.isDetached()) {
                out.println("the platform is running and holds the index: records are stored and it indexes them");
            }
            long size = Files.size(file);
            ProgressBar bar = new ProgressBar(err, "import", "lines", size);
            AtomicLong bytes = new AtomicLong();
            try (InputStream raw = new CountingStream(Files.newInputStream(file), bytes);
                 BufferedReader in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8), 1 << 16);
                 Writer rejected = ownerOnly(rejects)) {
                CaseImport.Summary s = new CaseImport(service, Actor.system(forCity))
                        .run(in, CaseImport.Rejects.jsonLines(rejected), lines -> bar.update(bytes.get(), lines));
                bar.finish(size, s.lines());
                out.printf("imported %,d, already there %,d, rejected %,d of %,d lines%s%n", s.imported(), s.skipped(), s.rejected(),
                        s.lines(), s.rejected() > 0 ? " (reasons in " + rejects + ")" : "");
                if (s.rejected() == 0) {
                    Files.deleteIfExists(rejects);
                }
                return s.rejected() > 0 ? 1 : 0;
            }
        } catch (IOException e) {
            err.println("shizhi import: " + e.getMessage());
            return 2;
        }
    }

    /** The database, or the operator told in one line that a running platform holds the embedded one. */
    private static Database open(Settings settings) {
        try {
            return Database.open(settings.database(), settings.personalDataKeys());
        } catch (RuntimeException e) {
            if (settings.database().isEmbeddedFile() && heldByAnotherProcess(e)) {
                throw new IllegalArgumentException("the embedded database (" + settings.database().url() + ") is in use by a"
                        + " running platform: stop it first, or send the lines to the running platform (POST /api/v1/case-imports);"
                        + " only on PostgreSQL do the command-line tools run beside it");
            }
            throw e;
        }
    }

    /** H2's "database may be already in use" (error 90020), however the pool wraps it. */
    private static boolean heldByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == 90020) {
                return true;
            }
        }
        return false;
    }

    /** The cityCode of the file's first line that has one: the city the import is for when --city is not given. */
    private static AreaCode firstCity(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            String line;
            for (int i = 0; i < 100 && (line = in.readLine()) != null; i++) {
                try {
                    var node = json.readTree(line);
                    if (node != null && node.hasNonNull("cityCode")) {
                        return AreaCode.parse(node.get("cityCode").asText());
                    }
                } catch (IOException | InvalidValueException notThisLine) {
                    // a bad line is the import's to reject
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        throw new IllegalArgumentException("no cityCode in the first lines of " + file + ": name the city with --city CODE");
    }

    static int reindex(Config config, PrintStream out, PrintStream err) {
        Settings settings = Settings.from(config);
        Clock clock = clock();
        try (Database database = open(settings);
             CaseArchive archive = archive(settings.archive(), clock)) {
            CaseRecordStore store = database.caseRecordStore();
            long total = store.count();
            if (archive instanceof LuceneCaseArchive l && l.isDetached()) {
                out.println("the platform is running: it keeps answering from the current index and switches when this completes");
            }
            ProgressBar bar = new ProgressBar(err, "reindex", "cases", total);
            long done = new ArchiveIndexing(archive, store, clock).rebuild(1_000, n -> bar.update(n, n));
            bar.finish(done, done);
            out.printf("rebuilt the %s index from %,d case records%n", archive.backend(), done);
            return 0;
        }
    }

    /** Counts the bytes read, for a progress bar over the file's size. */
    static final class CountingStream extends FilterInputStream {
        private final AtomicLong count;

        CountingStream(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

    /**
     * The rejects file keeps bad lines whole, personal data included, so that they can be fixed and imported again:
     * it is made readable and writable by its owner only (where the file system has POSIX permissions).
     */
    static Writer ownerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }
}
