package org.shizhi.plugins.jointconsultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.ConsultationBody;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.ConsultationRule;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/** The plugin as the platform sees it: found by ServiceLoader, its settings filled from its declared keys. */
class JointConsultationPluginTest {

    private static CityPlugin loaded() {
        return ServiceLoader.load(CityPlugin.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.id().equals(JointConsultationPlugin.ID)).findFirst().orElseThrow();
    }

    /** The settings as the registry makes them: the given values, defaults for the rest. */
    private static PluginSettings settings(Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigKey key : loaded().configKeys()) {
            values.put(key.name(), given.getOrDefault(key.name(), key.defaultValue().orElseThrow()));
        }
        return new PluginSettings(values);
    }

    private static DisputeFacts dispute(RiskLevel risk, boolean backlog, int people) {
        return new DisputeFacts(AreaCode.of("440802006001"), DisputeType.PROPERTY_LAND, risk, backlog, Optional.empty(), people);
    }

    private static ConsultationRequirement rule(Map<String, String> given, DisputeFacts facts) {
        ConsultationRule rule = loaded().consultationRule(settings(given)).orElseThrow();
        return rule.requirement(facts);
    }

    @Test
    void itIsFoundThroughTheSpiAndDeclaresItsKeys() {
        CityPlugin plugin = loaded();
        assertThat(plugin.spiVersion()).isEqualTo(new SpiVersion(1, 2));
        assertThat(SpiVersion.CURRENT.runs(plugin.spiVersion())).isTrue();
        assertThat(plugin.configKeys()).extracting(ConfigKey::name).containsExactly("always-invited", "convene-risk-levels",
                "convene-petition-backlog", "convene-from-people");
        assertThat(plugin.disputeRouter(settings(Map.of()))).as("it does not route").isEmpty();
        assertThat(plugin.disputeTypes(settings(Map.of()))).isEmpty();
    }

    @Test
    void byDefaultHighAndCriticalConveneWithTheGridWorkerAndVillageCadre() {
        ConsultationRequirement high = rule(Map.of(), dispute(RiskLevel.HIGH, false, 2));
        assertThat(high.convene()).isTrue();
        assertThat(high.alwaysInvited()).containsExactlyInAnyOrder(ConsultationBody.GRID_WORKER, ConsultationBody.VILLAGE_CADRE);
        assertThat(rule(Map.of(), dispute(RiskLevel.CRITICAL, false, 2)).convene()).isTrue();
        assertThat(rule(Map.of(), dispute(RiskLevel.MEDIUM, false, 2)).convene()).isFalse();
    }

    @Test
    void aPetitionBacklogCaseConvenesWhateverItsRiskUnlessTurnedOff() {
        assertThat(rule(Map.of(), dispute(RiskLevel.LOW, true, 2)).convene()).isTrue();
        assertThat(rule(Map.of("convene-petition-backlog", "false"), dispute(RiskLevel.LOW, true, 2)).convene()).isFalse();
    }

    @Test
    void aCityChoosesItsLevelsItsNAndAHeadcount() {
        Map<String, String> city = Map.of("convene-risk-levels", "MEDIUM, HIGH, CRITICAL",
                "always-invited", "WOMENS_FEDERATION,CIVIL_AFFAIRS", "convene-from-people", "10");
        ConsultationRequirement medium = rule(city, dispute(RiskLevel.MEDIUM, false, 2));
        assertThat(medium.convene()).isTrue();
        assertThat(medium.alwaysInvited()).isEqualTo(Set.of(ConsultationBody.WOMENS_FEDERATION, ConsultationBody.CIVIL_AFFAIRS));
        assertThat(rule(city, dispute(RiskLevel.LOW, false, 9)).convene()).isFalse();
        assertThat(rule(city, dispute(RiskLevel.LOW, false, 10)).convene()).as("ten people involved").isTrue();
    }

    @Test
    void wrongSettingsAreRefusedNamingTheKey() {
        CityPlugin plugin = loaded();
        assertThatThrownBy(() -> plugin.consultationRule(settings(Map.of("always-invited", "PEOPLES_COURT"))))
                .hasMessageContaining("always-invited").hasMessageContaining("always convened");
        assertThatThrownBy(() -> plugin.consultationRule(settings(Map.of("always-invited", "MAYOR"))))
                .hasMessageContaining("always-invited").hasMessageContaining("MAYOR");
        assertThatThrownBy(() -> plugin.consultationRule(settings(Map.of("convene-risk-levels", "SEVERE"))))
                .hasMessageContaining("convene-risk-levels");
        assertThatThrownBy(() -> plugin.consultationRule(settings(Map.of("convene-from-people", "-1"))))
                .hasMessageContaining("convene-from-people");
        assertThat(List.of(plugin.id())).containsExactly("joint-consultation");
    }
}
