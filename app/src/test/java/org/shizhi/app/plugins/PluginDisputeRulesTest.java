package org.shizhi.app.plugins;

import org.shizhi.adapters.plugins.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.shizhi.app.DisputeSettings;
import org.shizhi.app.SettingsException;
import org.shizhi.app.TestConfig;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.DisputeRouter;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/**
 * The dispute extension points per city, with the plugins enabled exactly as the app's shipped configuration enables
 * them: Zhanjiang runs the joint-consultation plugin, Chengdu keeps the platform's default.
 */
class PluginDisputeRulesTest {

    private static final AreaCode ZHANJIANG = AreaCode.of("440800");
    private static final AreaCode CHENGDU = AreaCode.of("510100");

    /** The city settings of the app's own microprofile-config.properties. */
    private static Map<String, String> shippedCitySettings() throws IOException {
        Properties properties = new Properties();
        // The main resources' file itself: the test class path may carry a file of the same name.
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("src/main/resources/META-INF/microprofile-config.properties"))) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, String> city = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("shizhi.city.")).forEach(k -> city.put(k, properties.getProperty(k)));
        return city;
    }

    private static PluginDisputeRules shipped() throws IOException {
        return new PluginDisputeRules(PluginRegistry.configure(
                PluginLoader.load(PluginDisputeRulesTest.class.getClassLoader(), Optional.empty()), TestConfig.of(shippedCitySettings())));
    }

    private static DisputeFacts facts(AreaCode community, RiskLevel risk, boolean backlog) {
        return new DisputeFacts(community, DisputeType.PROPERTY_LAND, risk, backlog, Optional.empty(), 3);
    }

    @Test
    void zhanjiangConvenesByItsPluginAndChengduKeepsTheDefault() throws IOException {
        PluginDisputeRules rules = shipped();
        AreaCode jinshawan = AreaCode.of("440802006001");
        AreaCode zongfu = AreaCode.of("510104022001");
        assertThat(rules.requirement(ZHANJIANG, facts(jinshawan, RiskLevel.HIGH, false)).alwaysInvited())
                .as("Zhanjiang's N: the grid worker and the village cadre")
                .containsExactlyInAnyOrder(ConsultationBody.GRID_WORKER, ConsultationBody.VILLAGE_CADRE);
        assertThat(rules.requirement(ZHANJIANG, facts(jinshawan, RiskLevel.LOW, true)).convene())
                .as("a petition backlog case convenes in Zhanjiang").isTrue();
        assertThat(rules.requirement(CHENGDU, facts(zongfu, RiskLevel.LOW, true)).convene())
                .as("but not in Chengdu, which keeps the default").isFalse();
        assertThat(rules.requirement(CHENGDU, facts(zongfu, RiskLevel.HIGH, false)).convene()).isTrue();
        assertThat(rules.requirement(CHENGDU, facts(zongfu, RiskLevel.HIGH, false)).alwaysInvited())
                .as("the default leaves the N to the centre").isEmpty();
        assertThat(rules.of(CHENGDU)).isEqualTo(DisputeType.STANDARD);
    }

    /** A test plugin of SPI 1.2 that routes everything to the city centre and adds a dispute type. */
    static final class CityCentreFirst implements CityPlugin {
        public String id() {
            return "city-first";
        }

        public String name() {
            return "test";
        }

        public SpiVersion spiVersion() {
            return new SpiVersion(1, 2);
        }

        @Override
        public Optional<DisputeRouter> disputeRouter(PluginSettings settings) {
            return Optional.of((dispute, candidates) -> candidates.stream().filter(c -> c.level() == org.shizhi.domain.shared.AdminLevel.CITY)
                    .findFirst());
        }

        @Override
        public List<DisputeType> disputeTypes(PluginSettings settings) {
            return List.of(new DisputeType("FISHING_RIGHTS", "渔业权属纠纷"));
        }
    }

    @Test
    void aCitysPluginRoutesAndAddsTypesOnlyForThatCity() {
        PluginRegistry registry = PluginRegistry.configure(List.of(new LoadedPlugin(new CityCentreFirst(), "test")),
                TestConfig.of(Map.of("shizhi.city.440800.plugins", "city-first")));
        PluginDisputeRules rules = new PluginDisputeRules(registry);
        AreaCode community = AreaCode.of("440802006001");
        List<MediationCentre> centres = List.of(new MediationCentre(community, "社区", List.of(), java.util.Set.of()),
                new MediationCentre(ZHANJIANG, "市中心", List.of(), java.util.Set.of()));
        assertThat(rules.route(ZHANJIANG, facts(community, RiskLevel.LOW, false), centres)).contains(centres.get(1));
        assertThat(rules.of(ZHANJIANG)).extracting(DisputeType::code).contains("FISHING_RIGHTS", "LABOUR");
        AreaCode zongfu = AreaCode.of("510104022001");
        List<MediationCentre> chengdu = List.of(new MediationCentre(zongfu, "社区", List.of(), java.util.Set.of()),
                new MediationCentre(CHENGDU, "市中心", List.of(), java.util.Set.of()));
        assertThat(rules.route(CHENGDU, facts(zongfu, RiskLevel.LOW, false), chengdu)).as("the default elsewhere").contains(chengdu.get(0));
        assertThat(rules.of(CHENGDU)).extracting(DisputeType::code).doesNotContain("FISHING_RIGHTS");
    }

    @Test
    void disputeDeadlinesArePerCitySettingsCheckedAtStartUp() {
        DisputeSettings settings = DisputeSettings.from(TestConfig.of(Map.of("shizhi.dispute.follow-up-days", "10",
                "shizhi.dispute.440800.conclusion-days", "20")));
        assertThat(settings.of(CHENGDU)).isEqualTo(new DisputePolicy(3, 30, 10));
        assertThat(settings.of(AreaCode.of("440802006001"))).isEqualTo(new DisputePolicy(3, 20, 10));
        assertThatThrownBy(() -> DisputeSettings.from(TestConfig.of(Map.of("shizhi.dispute.510100.follow-up-days", "0"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("shizhi.dispute.510100.follow-up-days");
        assertThatThrownBy(() -> DisputeSettings.from(TestConfig.of(Map.of("shizhi.dispute.deadline", "3"))))
                .isInstanceOf(SettingsException.class).hasMessageContaining("shizhi.dispute.deadline");
        assertThatThrownBy(() -> DisputeSettings.from(TestConfig.of(Map.of("shizhi.dispute.510104.acceptance-days", "3"))))
                .as("a district is not a city").isInstanceOf(SettingsException.class);
    }
}
