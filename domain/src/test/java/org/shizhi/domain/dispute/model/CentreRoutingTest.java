package org.shizhi.domain.dispute.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shizhi.domain.dispute.model.SampleDisputes.ALL_LEVELS;
import static org.shizhi.domain.dispute.model.SampleDisputes.CITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.COMMUNITY_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.DISTRICT_CENTRE;
import static org.shizhi.domain.dispute.model.SampleDisputes.STREET_CENTRE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.AdminLevel;

class CentreRoutingTest {

    private static DisputeFacts facts(RiskLevel risk, boolean backlog, DisputeType type) {
        return new DisputeFacts(SampleDisputes.ZONGFU, type, risk, backlog, Optional.empty(), 2);
    }

    @Test
    void theDefaultRoutesByRiskToTheLowestCentreOfItsLevel() {
        assertThat(CentreRouting.standard(facts(RiskLevel.LOW, false, DisputeType.DEBT), ALL_LEVELS)).contains(COMMUNITY_CENTRE);
        assertThat(CentreRouting.standard(facts(RiskLevel.MEDIUM, false, DisputeType.DEBT), ALL_LEVELS)).contains(STREET_CENTRE);
        assertThat(CentreRouting.standard(facts(RiskLevel.HIGH, false, DisputeType.DEBT), ALL_LEVELS)).contains(DISTRICT_CENTRE);
        assertThat(CentreRouting.standard(facts(RiskLevel.CRITICAL, false, DisputeType.DEBT), ALL_LEVELS)).contains(CITY_CENTRE);
    }

    @Test
    void aPetitionBacklogCaseStartsAtLeastAtTheDistrict() {
        assertThat(CentreRouting.startingLevel(facts(RiskLevel.LOW, true, DisputeType.DEBT))).isEqualTo(AdminLevel.DISTRICT);
        assertThat(CentreRouting.startingLevel(facts(RiskLevel.CRITICAL, true, DisputeType.DEBT))).isEqualTo(AdminLevel.CITY);
    }

    @Test
    void aCentreThatDoesNotTakeTheTypeIsPassedOver() {
        MediationCentre labourOnly = new MediationCentre(SampleDisputes.ZONGFU, "劳动调解室", List.of(), Set.of("LABOUR"));
        List<MediationCentre> centres = List.of(labourOnly, STREET_CENTRE, DISTRICT_CENTRE, CITY_CENTRE);
        assertThat(CentreRouting.standard(facts(RiskLevel.LOW, false, DisputeType.LABOUR), centres)).contains(labourOnly);
        assertThat(CentreRouting.standard(facts(RiskLevel.LOW, false, DisputeType.FAMILY_MARRIAGE), centres)).contains(STREET_CENTRE);
    }

    @Test
    void withoutACentreAtItsLevelTheNearestOneTakesIt() {
        assertThat(CentreRouting.standard(facts(RiskLevel.LOW, false, DisputeType.DEBT), List.of(DISTRICT_CENTRE, CITY_CENTRE)))
                .contains(DISTRICT_CENTRE);
        assertThat(CentreRouting.standard(facts(RiskLevel.CRITICAL, false, DisputeType.DEBT), List.of(COMMUNITY_CENTRE, STREET_CENTRE)))
                .as("a centre below beats none").contains(STREET_CENTRE);
        assertThat(CentreRouting.standard(facts(RiskLevel.LOW, false, DisputeType.DEBT), List.of())).isEmpty();
    }

    @Test
    void escalationTakesTheNextRegisteredLevelUp() {
        assertThat(CentreRouting.above(AdminLevel.COMMUNITY, DisputeType.DEBT, ALL_LEVELS)).contains(STREET_CENTRE);
        assertThat(CentreRouting.above(AdminLevel.COMMUNITY, DisputeType.DEBT, List.of(COMMUNITY_CENTRE, CITY_CENTRE)))
                .as("skipping levels without a centre").contains(CITY_CENTRE);
        assertThat(CentreRouting.above(AdminLevel.CITY, DisputeType.DEBT, ALL_LEVELS)).isEmpty();
    }
}
