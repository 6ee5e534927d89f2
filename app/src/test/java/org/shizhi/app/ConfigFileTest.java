package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.mp.MpConfigSources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release's conf/shizhi.properties: above the jar's defaults, below the environment, UTF-8, profiles honoured. */
class ConfigFileTest {

    @TempDir
    Path folder;

    @Test
    void theFileBeatsTheBuiltInDefaultsAndLosesToTheEnvironment() throws Exception {
        Path file = folder.resolve("shizhi.properties");
        Files.writeString(file, """
                shizhi.db.pool-size=7
                server.port=9090
                shizhi.assessment.scheme.x.name=社区月度考核
                %production.shizhi.archive.backend=elasticsearch
                """, StandardCharsets.UTF_8);
        ConfigSource defaults = MpConfigSources.create("built-in", Map.of("shizhi.db.pool-size", "10", "server.port", "8080",
                "shizhi.archive.backend", "lucene"));
        ConfigSource environment = new OrdinalSource(MpConfigSources.create("environment", Map.of("server.port", "7070")), 300);

        Config config = ConfigProviderResolver.instance().getBuilder()
                .withSources(defaults, ConfigFile.source(file), environment).build();
        assertThat(config.getValue("shizhi.db.pool-size", Integer.class)).isEqualTo(7);
        assertThat(config.getValue("server.port", Integer.class)).isEqualTo(7070);
        assertThat(config.getValue("shizhi.assessment.scheme.x.name", String.class)).isEqualTo("社区月度考核");
        assertThat(config.getValue("shizhi.archive.backend", String.class)).isEqualTo("lucene");

        ConfigSource productionEnvironment = new OrdinalSource(MpConfigSources.create("environment",
                Map.of("mp.config.profile", "production")), 300);
        Config production = ConfigProviderResolver.instance().getBuilder()
                .withSources(defaults, ConfigFile.source(file), productionEnvironment).build();
        assertThat(production.getValue("shizhi.archive.backend", String.class)).isEqualTo("elasticsearch");
    }

    @Test
    void anUnreadableFileIsRefusedNamingTheSettingAndTheFile() {
        Path missing = folder.resolve("missing.properties");
        assertThatThrownBy(() -> ConfigFile.source(missing)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("shizhi.config").hasMessageContaining(missing.toString());
    }

    /** A source at another ordinal. */
    private record OrdinalSource(ConfigSource delegate, int ordinal) implements ConfigSource {
        @Override
        public java.util.Set<String> getPropertyNames() {
            return delegate.getPropertyNames();
        }

        @Override
        public String getValue(String key) {
            return delegate.getValue(key);
        }

        @Override
        public String getName() {
            return delegate.getName();
        }

        @Override
        public int getOrdinal() {
            return ordinal;
        }
    }
}
