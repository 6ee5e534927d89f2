package org.shizhi.plugins.chengdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridRuleViolation;
import org.shizhi.domain.grid.model.GridRuleViolation.Enforcement;
import org.shizhi.domain.grid.model.GridStructure;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.GridRule;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/** The plugin through the SPI, with settings built as the platform builds them: every declared key, defaults filled in. */
class ChengduPluginTest {

    private static final AreaCode ZONGFU = AreaCode.of("510104021001");
    private final ChengduPlugin plugin = new ChengduPlugin();

    private List<GridRule> rules(Map<String, String> given) {
        Map<String, String> values = new HashMap<>();
        for (ConfigKey key : plugin.configKeys()) {
            values.put(key.name(), given.getOrDefault(key.name(), key.defaultValue().orElseThrow()));
        }
        return plugin.gridRules(new PluginSettings(values));
    }

    private List<GridRuleViolation> check(List<GridRule> rules, GridTier tier, Optional<GridTier> parent, long households) {
        GridStructure grid = new GridStructure(GridCode.of(ZONGFU, tier == GridTier.TOTAL ? 0 : 7), tier, "第7网格", parent, 0,
                new RegisterCounts(households == 0 ? 0 : 1, households, 0, 0));
        return rules.stream().flatMap(r -> r.check(grid).stream()).toList();
    }

    @Test
    void theServicesFileMakesThePluginFindableByItsId() {
        assertThat(ServiceLoader.load(CityPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals("chengdu")).toList()).singleElement().isInstanceOf(ChengduPlugin.class);
    }

    @Test
    void builtAgainstSpi1_3WhichThisPlatformRuns() {
        assertThat(plugin.spiVersion()).isEqualTo(new SpiVersion(1, 3));
        assertThat(SpiVersion.CURRENT.runs(plugin.spiVersion())).isTrue();
        assertThat(plugin.eventGrader(new PluginSettings(Map.of()))).as("Chengdu grades with the platform's default").isEmpty();
    }

    @Test
    void declaresTheMicroGridSizeAsTwoOptionalWholeNumbers() {
        assertThat(plugin.configKeys().subList(0, 2)).extracting(ConfigKey::name, k -> k.defaultValue().orElseThrow(), ConfigKey::type)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("micro-grid-min-households", "30", ConfigKey.Type.INTEGER),
                        org.assertj.core.groups.Tuple.tuple("micro-grid-max-households", "100", ConfigKey.Type.INTEGER));
    }

    @Test
    void aMicroGridOfThirtyToAHundredHouseholdsBreaksNothing() {
        List<GridRule> rules = rules(Map.of());
        assertThat(check(rules, GridTier.MICRO, Optional.of(GridTier.GENERAL), 30)).isEmpty();
        assertThat(check(rules, GridTier.MICRO, Optional.of(GridTier.GENERAL), 100)).isEmpty();
    }

    @Test
    void aboveTheMaximumIsRefusedBelowTheMinimumOnlyReported() {
        List<GridRule> rules = rules(Map.of());

        assertThat(check(rules, GridTier.MICRO, Optional.of(GridTier.GENERAL), 101)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("chengdu.micro-grid-households");
            assertThat(v.enforcement()).isEqualTo(Enforcement.REFUSE);
            assertThat(v.message()).contains("at most 100", "holds 101", "510104021001007");
        });
        assertThat(check(rules, GridTier.MICRO, Optional.of(GridTier.GENERAL), 0)).singleElement()
                .satisfies(v -> assertThat(v.enforcement()).isEqualTo(Enforcement.REPORT))
                .satisfies(v -> assertThat(v.message()).contains("at least 30", "holds 0"));
    }

    @Test
    void theLimitsAreConfigurable() {
        List<GridRule> rules = rules(Map.of("micro-grid-min-households", "10", "micro-grid-max-households", "50"));
        assertThat(check(rules, GridTier.MICRO, Optional.of(GridTier.GENERAL), 20)).isEmpty();
        assertThat(check(rules, GridTier.MICRO, Optional.of(GridTier.GENERAL), 51)).extracting(GridRuleViolation::enforcement)
                .containsExactly(Enforcement.REFUSE);
    }

    @Test
    void aMaximumBelowTheMinimumIsRefusedAtStartUp() {
        assertThatThrownBy(() -> rules(Map.of("micro-grid-min-households", "60", "micro-grid-max-households", "50")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("micro-grid-max-households");
        assertThatThrownBy(() -> rules(Map.of("micro-grid-min-households", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
    }

    @Test
    void theTiersAreTotalOverGeneralOverMicro() {
        List<GridRule> rules = rules(Map.of());
        assertThat(check(rules, GridTier.GENERAL, Optional.of(GridTier.TOTAL), 0)).isEmpty();
        assertThat(check(rules, GridTier.TOTAL, Optional.empty(), 0)).isEmpty();
        assertThat(check(rules, GridTier.BUILDING, Optional.of(GridTier.MICRO), 0)).isEmpty();

        assertThat(check(rules, GridTier.MICRO, Optional.of(GridTier.TOTAL), 40)).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo("chengdu.tiers");
            assertThat(v.enforcement()).isEqualTo(Enforcement.REFUSE);
            assertThat(v.message()).contains("MICRO grid lies under a GENERAL grid", "under a TOTAL grid");
        });
        assertThat(check(rules, GridTier.GENERAL, Optional.empty(), 0)).singleElement()
                .satisfies(v -> assertThat(v.enforcement()).isEqualTo(Enforcement.REPORT))
                .satisfies(v -> assertThat(v.message()).contains("at the top of its community"));
    }
}
