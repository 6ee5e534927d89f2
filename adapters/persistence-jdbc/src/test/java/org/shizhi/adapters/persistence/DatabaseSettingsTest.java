package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which databases this process may take for its own: only those no other process can write. */
class DatabaseSettingsTest {

    private static DatabaseSettings url(String url) {
        return new DatabaseSettings(url, "sa", "", Optional.empty(), 2);
    }

    @Test
    void theEmbeddedDefaultIsAFileDatabaseNoOtherProcessWrites() {
        assertThat(DatabaseSettings.embeddedH2(Path.of("data/db"), 10).isEmbeddedFile()).isTrue();
        assertThat(url("jdbc:h2:file:/srv/shizhi/db/shizhi" + DatabaseSettings.H2_OPTIONS).isEmbeddedFile()).isTrue();
    }

    @Test
    void serversAndFilesOpenedToOtherProcessesAreShared() {
        assertThat(url("jdbc:postgresql://db:5432/shizhi").isEmbeddedFile()).as("PostgreSQL").isFalse();
        assertThat(url("jdbc:h2:tcp://db:9092/shizhi").isEmbeddedFile()).as("an H2 server").isFalse();
        assertThat(url("jdbc:h2:file:/srv/shizhi/db/shizhi;AUTO_SERVER=TRUE").isEmbeddedFile()).as("AUTO_SERVER").isFalse();
        assertThat(url("jdbc:h2:file:/srv/shizhi/db/shizhi;file_lock=no").isEmbeddedFile()).as("FILE_LOCK=NO").isFalse();
        assertThat(url("jdbc:h2:mem:test").isEmbeddedFile()).as("in memory: tests open it from several pools").isFalse();
    }

    @Test
    void aSharedDatabaseIsThisProcessesAloneOnlyWhenTheOperatorDeclaresItSingleInstance() {
        assertThat(DatabaseSettings.embeddedH2(Path.of("data/db"), 10).isSoleWriter()).as("the embedded file").isTrue();
        assertThat(url("jdbc:postgresql://db:5432/shizhi").isSoleWriter()).as("PostgreSQL by default: other instances may write").isFalse();
        assertThat(new DatabaseSettings("jdbc:postgresql://db:5432/shizhi", "shizhi", "", Optional.empty(), 10, true).isSoleWriter())
                .as("PostgreSQL declared single-instance").isTrue();
    }
}
