package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFormatTest {

    @Test
    void textUnlessTheConfigurationSaysJson() {
        assertThat(LogFormat.from(TestConfig.of(Map.of()))).isEqualTo(LogFormat.TEXT);
        assertThat(LogFormat.from(TestConfig.of(Map.of(LogFormat.KEY, "json")))).isEqualTo(LogFormat.JSON);
        assertThat(LogFormat.from(TestConfig.of(Map.of(LogFormat.KEY, " JSON ")))).isEqualTo(LogFormat.JSON);
    }

    @Test
    void theProductionProfileLogsJsonAndTheEmbeddedOneText() {
        assertThat(LogFormat.from(TestConfig.of(Map.of("mp.config.profile", "production", LogFormat.KEY, "text",
                "%production." + LogFormat.KEY, "json")))).as("the shipped keys under the production profile").isEqualTo(LogFormat.JSON);
        assertThat(LogFormat.from(TestConfig.of(Map.of("mp.config.profile", "embedded", LogFormat.KEY, "text",
                "%production." + LogFormat.KEY, "json")))).as("the same keys under the embedded profile").isEqualTo(LogFormat.TEXT);
    }

    @Test
    void anUnknownFormatStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> LogFormat.from(TestConfig.of(Map.of(LogFormat.KEY, "xml"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining(LogFormat.KEY).hasMessageContaining("'xml'");
    }
}
