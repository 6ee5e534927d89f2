package org.shizhi.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: the platform's data directory (shizhi.data.dir), for commands that read its keys or database. */
final class DataOption {

    /** Set before the configuration is first read, so that every setting derived from the data directory follows it. */
    @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: data beside the launcher).")
    void dataDir(Path dir) {
        System.setProperty("shizhi.data.dir", dir.toString());
    }
}
