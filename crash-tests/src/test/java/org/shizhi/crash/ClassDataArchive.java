package org.shizhi.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * The platform's classes as a class-data archive (AppCDS: {@code -XX:SharedArchiveFile} with
 * {@code -XX:+AutoCreateSharedArchive}, JDK 19 and later), so that each of the suite's forty-odd starts maps the classes
 * it loaded before instead of reading, parsing and verifying thousands of them from the jars again: on a busy machine
 * most of a start. It changes how classes get into the JVM, not which classes or what they do, so the starts prove the
 * same. A JVM writes the archive when it exits by itself, which a SIGKILLed one never does: one start stopped as Ctrl-C
 * stops it makes it first, unless an archive newer than every jar of the class path is there already. An archive the
 * JVM finds unusable (another JDK, changed jars) is ignored and written again at the next normal exit, so a stale one
 * costs time, never a wrong result.
 */
final class ClassDataArchive {

    private final Path file;

    private ClassDataArchive(Path file) {
        this.file = file;
    }

    /** The archive under {@code crash-tests/target}, made now if missing or older than the platform's jars. */
    static ClassDataArchive prepared(Path root, List<String> platformOptions) throws IOException, InterruptedException {
        ClassDataArchive archive = new ClassDataArchive(root.resolve("crash-tests/target/platform-classes.jsa"));
        if (archive.outdated(root)) {
            long started = System.nanoTime();
            Files.deleteIfExists(archive.file);
            PlatformProcess training = PlatformProcess.start(root, archive.with(platformOptions));
            boolean written = training.stop(Duration.ofSeconds(120)) && Files.exists(archive.file);
            System.out.println("class-data archive " + archive.file + (written ? " written" : " NOT written (the starts load every class from the jars)")
                    + " in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s by one start stopped normally");
        }
        return archive;
    }

    /** The platform's options with the archive's. */
    List<String> with(List<String> platformOptions) {
        List<String> options = new ArrayList<>(platformOptions);
        options.addAll(List.of("-XX:SharedArchiveFile=" + file, "-XX:+AutoCreateSharedArchive"));
        return options;
    }

    private boolean outdated(Path root) throws IOException {
        if (!Files.exists(file)) {
            return true;
        }
        FileTime made = Files.getLastModifiedTime(file);
        List<Path> jars = new ArrayList<>(List.of(root.resolve("app/target/shizhi.jar"), root.resolve("demo/target/shizhi-demo.jar")));
        for (Path libs : List.of(root.resolve("app/target/libs"), root.resolve("demo/target/libs"))) {
            if (Files.isDirectory(libs)) {
                try (Stream<Path> files = Files.list(libs)) {
                    files.forEach(jars::add);
                }
            }
        }
        for (Path jar : jars) {
            if (Files.exists(jar) && Files.getLastModifiedTime(jar).compareTo(made) > 0) {
                return true;
            }
        }
        return false;
    }
}
