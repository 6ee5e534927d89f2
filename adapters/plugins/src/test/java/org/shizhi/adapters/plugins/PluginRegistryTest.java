package org.shizhi.adapters.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.EventGrader;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

class PluginRegistryTest {

    private static final AreaCode CHENGDU = AreaCode.of("510100");
    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final AreaCode MAZHANG_STREET = AreaCode.of("440811102000");

    /** A plugin of the test's own: grades everything by a configured code. */
    record FixedGraderPlugin(String id, SpiVersion spiVersion) implements CityPlugin {
        FixedGraderPlugin(String id) {
            this(id, new SpiVersion(1, 0));
        }

        @Override
        public String name() {
            return "fixed " + id;
        }

        @Override
        public List<ConfigKey> configKeys() {
            return List.of(ConfigKey.optional("grade", ConfigKey.Type.STRING, "FIXED", "the grade code to give"),
                    ConfigKey.required("severity", ConfigKey.Type.INTEGER, "the severity to give"));
        }

        @Override
        public Optional<EventGrader> eventGrader(PluginSettings settings) {
            return Optional.of(event -> new EventGrade(settings.string("grade"), "固定", settings.integer("severity"), AdminLevel.STREET, List.of("fixed")));
        }
    }

    private static Config config(Map<String, String> values) {
        return TestConfig.of(values);
    }

    private static List<LoadedPlugin> loaded(CityPlugin... plugins) {
        return java.util.Arrays.stream(plugins).map(p -> new LoadedPlugin(p, "classpath")).toList();
    }

    private static EventFacts event(AreaCode area, String text) {
        return new EventFacts(EventCategory.DISPUTE, text, area);
    }

    @Test
    void theShippedZhanjiangPluginIsFoundOnTheClassPath() {
        List<LoadedPlugin> plugins = PluginLoader.load(getClass().getClassLoader(), Optional.empty());

        assertThat(plugins).extracting(LoadedPlugin::id).contains("zhanjiang");
        assertThat(plugins).allSatisfy(p -> assertThat(p.origin()).isEqualTo("classpath"));
    }

    @Test
    void aCityThatEnablesZhanjiangBlowsWhistlesWhileTheOtherDemoCityKeepsTheDefault() {
        PluginRegistry registry = PluginRegistry.configure(
                PluginLoader.load(getClass().getClassLoader(), Optional.empty()),
                config(Map.of("shizhi.city.440800.plugins", "zhanjiang")));
        String text = "村民因征地补偿问题多次上访，情绪激动";

        EventGrade zhanjiang = registry.eventGrader(MAZHANG_STREET).grade(event(MAZHANG_STREET, text));
        EventGrade chengdu = registry.eventGrader(CHENGDU).grade(event(CHENGDU, text));

        assertThat(zhanjiang.code()).as("Zhanjiang grades with its three whistles").isIn("ROUTINE", "KEY", "HARD");
        assertThat(chengdu.code()).as("Chengdu enables no grader plugin: the platform default").isIn("LOW", "MEDIUM", "HIGH");
        assertThat(registry.all()).filteredOn(p -> p.id().equals("zhanjiang"))
                .singleElement().satisfies(p -> assertThat(p.enabledForCities()).containsExactly("440800"));
    }

    @Test
    void settingsAreCheckedAgainstTheDeclaredKeysWithDefaultsFilledIn() {
        PluginRegistry registry = PluginRegistry.configure(loaded(new FixedGraderPlugin("fixed")), config(Map.of(
                "shizhi.city.510100.plugins", "fixed",
                "shizhi.city.510100.fixed.severity", "2")));

        EventGrade grade = registry.eventGrader(CHENGDU).grade(event(CHENGDU, "任何事"));

        assertThat(grade.code()).as("default of 'grade'").isEqualTo("FIXED");
        assertThat(grade.severity()).as("configured 'severity'").isEqualTo(2);
        assertThat(registry.enabledFor(ZHANJIANG)).as("a city that enables nothing").isEmpty();
    }

    @Test
    void anUnknownPluginIdStopsStartUpNamingTheSettingAndWhatIsLoaded() {
        assertThatThrownBy(() -> PluginRegistry.configure(loaded(new FixedGraderPlugin("fixed")),
                config(Map.of("shizhi.city.440800.plugins", "zhangjiang"))))
                .isInstanceOf(PluginException.class)
                .hasMessage("setting 'shizhi.city.440800.plugins' names plugin 'zhangjiang', which is not loaded; loaded: fixed (classpath)");
    }

    @Test
    void anUndeclaredKeyStopsStartUpListingTheDeclaredOnes() {
        assertThatThrownBy(() -> PluginRegistry.configure(loaded(new FixedGraderPlugin("fixed")), config(Map.of(
                "shizhi.city.510100.plugins", "fixed",
                "shizhi.city.510100.fixed.severity", "2",
                "shizhi.city.510100.fixed.colour", "red"))))
                .isInstanceOf(PluginException.class)
                .hasMessage("setting 'shizhi.city.510100.fixed.colour' is not a key of plugin 'fixed'; its keys: grade, severity");
    }

    @Test
    void aMissingRequiredKeyStopsStartUpNamingIt() {
        assertThatThrownBy(() -> PluginRegistry.configure(loaded(new FixedGraderPlugin("fixed")),
                config(Map.of("shizhi.city.510100.plugins", "fixed"))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("'shizhi.city.510100.fixed.severity' is required by plugin 'fixed'");
    }

    @Test
    void aValueOfTheWrongTypeStopsStartUpNamingTheKeyAndTheType() {
        assertThatThrownBy(() -> PluginRegistry.configure(loaded(new FixedGraderPlugin("fixed")), config(Map.of(
                "shizhi.city.510100.plugins", "fixed",
                "shizhi.city.510100.fixed.severity", "high"))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("shizhi.city.510100.fixed.severity must be a whole number, not 'high'");
    }

    @Test
    void settingsForAPluginTheCityDoesNotEnableAreRefused() {
        assertThatThrownBy(() -> PluginRegistry.configure(loaded(new FixedGraderPlugin("fixed")),
                config(Map.of("shizhi.city.510100.fixed.severity", "2"))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("city 510100 does not enable");
    }

    @Test
    void twoGradersForOneCityAreRefused() {
        Map<String, String> values = new HashMap<>(Map.of(
                "shizhi.city.510100.plugins", "one,two",
                "shizhi.city.510100.one.severity", "1",
                "shizhi.city.510100.two.severity", "1"));
        assertThatThrownBy(() -> PluginRegistry.configure(loaded(new FixedGraderPlugin("one"), new FixedGraderPlugin("two")), config(values)))
                .isInstanceOf(PluginException.class)
                .hasMessage("city 510100 enables several plugins that grade grid events: one, two; enable only one of them");
    }

    @Test
    void enablementIsPerCityNotPerDistrict() {
        assertThatThrownBy(() -> PluginRegistry.configure(loaded(new FixedGraderPlugin("fixed")),
                config(Map.of("shizhi.city.510104.plugins", "fixed"))))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("is a DISTRICT code; plugins are enabled per city");
    }
}
