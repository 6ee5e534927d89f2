package org.shizhi.adapters.plugins;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.SpiVersion;

class PluginLoaderTest {

    record Plugin(String id, SpiVersion spiVersion) implements CityPlugin {
        @Override
        public String name() {
            return id;
        }
    }

    private static void check(CityPlugin... plugins) {
        PluginLoaderChecks.check(java.util.Arrays.stream(plugins).map(p -> new LoadedPlugin(p, "test")).toList());
    }

    @Test
    void aDuplicateIdIsRefusedNamingBothOrigins() {
        List<LoadedPlugin> twice = List.of(new LoadedPlugin(new Plugin("zhanjiang", new SpiVersion(1, 0)), "classpath"),
                new LoadedPlugin(new Plugin("zhanjiang", new SpiVersion(1, 0)), "/srv/plugins/zhanjiang-copy.jar"));
        assertThatThrownBy(() -> PluginLoaderChecks.check(twice))
                .isInstanceOf(PluginException.class)
                .hasMessage("plugin id 'zhanjiang' is provided twice: by classpath and by /srv/plugins/zhanjiang-copy.jar; remove one of them");
    }

    @Test
    void anotherSpiMajorIsRefusedNamingBothVersions() {
        assertThatThrownBy(() -> check(new Plugin("future", new SpiVersion(2, 0))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("plugin 'future' (test) was built against SPI 2.0 but this platform provides SPI " + SpiVersion.CURRENT);
    }

    @Test
    void aNewerMinorThanThePlatformIsRefused() {
        SpiVersion newer = new SpiVersion(SpiVersion.CURRENT.major(), SpiVersion.CURRENT.minor() + 1);
        assertThatThrownBy(() -> check(new Plugin("newer", newer)))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("built against SPI " + newer);
    }

    @Test
    void anIdThatIsNotLowerCaseIsRefused() {
        assertThatThrownBy(() -> check(new Plugin("Zhanjiang", new SpiVersion(1, 0))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("has the id 'Zhanjiang'; an id must match [a-z][a-z0-9-]*");
    }
}
