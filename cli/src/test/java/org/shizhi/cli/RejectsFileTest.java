package org.shizhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rejects of an import hold bad lines whole, ID numbers and mobiles included: no one but their owner reads them. */
class RejectsFileTest {

    @TempDir
    Path dir;

    @Test
    void theRejectsFileIsReadableByItsOwnerOnlyAlsoWhenItReplacesAReadableOne() throws IOException {
        Path rejects = dir.resolve("cases.jsonl.rejects.jsonl");
        Files.writeString(rejects, "an older run's rejects");
        Files.setPosixFilePermissions(rejects, PosixFilePermissions.fromString("rw-r--r--"));

        try (Writer out = ArchiveCommands.ownerOnly(rejects)) {
            out.write("{\"line\":3}\n");
        }

        assertThat(Files.getPosixFilePermissions(rejects)).as("owner read and write, nothing for group or others")
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        assertThat(Files.readString(rejects)).as("the older run's content replaced").isEqualTo("{\"line\":3}\n");
    }
}
