package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dataDir;

    private static Config config(Map<String, String> values) {
        ConfigSource source = new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public String getValue(String key) {
                return values.get(key);
            }

            @Override
            public String getName() {
                return "test";
            }
        };
        return ConfigProviderResolver.instance().getBuilder().withSources(source).build();
    }

    @Test
    void theEmbeddedDefaultIsAnH2FileDatabaseUnderTheDataDirectory() {
        Settings settings = Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString())));

        assertThat(settings.profile()).isEqualTo(Settings.Profile.EMBEDDED);
        assertThat(settings.database().url()).startsWith("jdbc:h2:file:" + dataDir.resolve("db"));
        assertThat(settings.demoData()).as("demo data on the embedded default").isTrue();
        assertThat(settings.port()).isEqualTo(8080);
    }

    @Test
    void productionWithoutADatabaseUrlNamesTheKeyAndTheVariable() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production"))))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("'shizhi.db.url'")
                .hasMessageContaining("SHIZHI_DB_URL");
    }

    @Test
    void productionNeedsPostgresAndAUser() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production", "shizhi.db.url", "jdbc:h2:mem:x"))))
                .hasMessageContaining("'shizhi.db.url'").hasMessageContaining("PostgreSQL");
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production", "shizhi.db.url", "jdbc:postgresql://db/shizhi"))))
                .hasMessageContaining("'shizhi.db.user'");

        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "production",
                "shizhi.db.url", "jdbc:postgresql://db/shizhi", "shizhi.db.user", "shizhi"))))
                .as("no identity provider key").hasMessageContaining("'mp.jwt.verify.publickey.location'");
        Settings production = Settings.from(config(Map.of("mp.config.profile", "production",
                "shizhi.db.url", "jdbc:postgresql://db/shizhi", "shizhi.db.user", "shizhi",
                "mp.jwt.verify.publickey.location", "https://idp.example/realms/city/protocol/openid-connect/certs",
                "mp.jwt.verify.issuer", "https://idp.example/realms/city")));
        assertThat(production.demoData()).as("demo data in production").isFalse();
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("server.port", "eighty"))))
                .hasMessage("setting 'server.port' must be a whole number, not 'eighty'");
        assertThatThrownBy(() -> Settings.from(config(Map.of("server.port", "70000"))))
                .hasMessage("setting 'server.port' must be between 0 and 65535, not 70000");
    }

    @Test
    void anUnknownProfileIsNamed() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("mp.config.profile", "staging"))))
                .hasMessageContaining("'mp.config.profile'").hasMessageContaining("staging");
    }

    @Test
    void aMissingCalendarFileIsNamed() {
        assertThatThrownBy(() -> Settings.from(config(Map.of("shizhi.data.dir", dataDir.toString(),
                "shizhi.calendar.file", dataDir.resolve("nope.json").toString()))))
                .hasMessageContaining("'shizhi.calendar.file'").hasMessageContaining("not a readable file");
    }
}
