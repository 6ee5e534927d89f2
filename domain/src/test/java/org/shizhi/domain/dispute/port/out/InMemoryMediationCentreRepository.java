package org.shizhi.domain.dispute.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.shared.AreaCode;

/** The centre registry in memory. */
public final class InMemoryMediationCentreRepository implements MediationCentreRepository {

    private final Map<AreaCode, MediationCentre> centres = new ConcurrentHashMap<>();

    @Override
    public void save(MediationCentre centre) {
        centres.put(centre.area(), centre);
    }

    @Override
    public Optional<MediationCentre> find(AreaCode area) {
        return Optional.ofNullable(centres.get(area));
    }

    @Override
    public List<MediationCentre> covering(AreaCode area) {
        return centres.values().stream().filter(c -> c.area().contains(area))
                .sorted(Comparator.comparing((MediationCentre c) -> c.level().ordinal()).reversed()).toList();
    }

    @Override
    public List<MediationCentre> within(AreaCode area) {
        return centres.values().stream().filter(c -> area.contains(c.area())).sorted(Comparator.comparing(MediationCentre::area)).toList();
    }
}
