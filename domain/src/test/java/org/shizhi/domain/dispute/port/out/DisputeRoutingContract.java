package org.shizhi.domain.dispute.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.dispute.model.CentreRouting;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.RiskLevel;
import org.shizhi.domain.dispute.model.SampleDisputes;
import org.shizhi.domain.shared.AreaCode;

/**
 * What every {@link DisputeRouting} promises: the centre it names is one of the candidates (none without
 * candidates), and a city without its own routing gets the platform's ({@link CentreRouting#standard}). The
 * city asked is Chengdu, with its four levels of centres ({@link SampleDisputes#ALL_LEVELS}): an implementation under
 * test routes Chengdu as the platform does (no plugin of Chengdu's routes disputes).
 */
public abstract class DisputeRoutingContract {

    protected abstract DisputeRouting routing();

    private static DisputeFacts facts(RiskLevel risk, boolean petitionBacklog) {
        return new DisputeFacts(SampleDisputes.ZONGFU, DisputeType.PROPERTY_LAND, risk, petitionBacklog, Optional.empty(), 3);
    }

    @Test
    void everyRiskIsRoutedToOneOfTheCandidates() {
        AreaCode city = SampleDisputes.CHENGDU;
        for (RiskLevel risk : RiskLevel.values()) {
            for (boolean backlog : List.of(false, true)) {
                Optional<MediationCentre> centre = routing().route(city, facts(risk, backlog), SampleDisputes.ALL_LEVELS);
                assertThat(centre).as("a centre for risk %s, petition backlog %s", risk, backlog).isPresent();
                assertThat(SampleDisputes.ALL_LEVELS).as("the centre is a candidate").contains(centre.get());
            }
        }
    }

    @Test
    void withoutCandidatesThereIsNoCentre() {
        assertThat(routing().route(SampleDisputes.CHENGDU, facts(RiskLevel.MEDIUM, false), List.of())).isEmpty();
    }

    @Test
    void aCityWithoutItsOwnRoutingGetsThePlatformsCentre() {
        for (RiskLevel risk : RiskLevel.values()) {
            DisputeFacts facts = facts(risk, false);
            assertThat(routing().route(SampleDisputes.CHENGDU, facts, SampleDisputes.ALL_LEVELS))
                    .as("the platform's centre for risk %s", risk)
                    .isEqualTo(CentreRouting.standard(facts, SampleDisputes.ALL_LEVELS));
        }
    }
}
