package org.shizhi.adapters.plugins;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.ConsultationRequirement;
import org.shizhi.domain.dispute.model.DisputeFacts;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.port.out.ConsultationRules;
import org.shizhi.domain.dispute.port.out.DisputeRouting;
import org.shizhi.domain.dispute.port.out.DisputeTypes;
import org.shizhi.domain.shared.AreaCode;

/**
 * The dispute context's routing, joint-consultation rule and types, answered per city by its plugins or the platform's
 * defaults. A plugin's router that answers a centre outside the candidates is not followed: the platform's default
 * routes instead, so a faulty plugin never sends a dispute where no centre covers it.
 */
public final class PluginDisputeRules implements DisputeRouting, ConsultationRules, DisputeTypes {

    private final PluginRegistry registry;

    public PluginDisputeRules(PluginRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<MediationCentre> route(AreaCode city, DisputeFacts facts, List<MediationCentre> candidates) {
        Optional<MediationCentre> chosen = registry.disputeRouter(city).route(facts, candidates);
        if (chosen.isPresent() && candidates.contains(chosen.get())) {
            return chosen;
        }
        return org.shizhi.domain.dispute.model.CentreRouting.standard(facts, candidates);
    }

    @Override
    public ConsultationRequirement requirement(AreaCode city, DisputeFacts facts) {
        return registry.consultationRule(city).requirement(facts);
    }

    @Override
    public List<DisputeType> of(AreaCode city) {
        return registry.disputeTypes(city);
    }
}
