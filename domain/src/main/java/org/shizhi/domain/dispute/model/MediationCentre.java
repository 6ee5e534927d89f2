package org.shizhi.domain.dispute.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * 一站式矛盾纠纷调解中心: the one-stop centre of an area at city, district, street or community level (seed 002), one per
 * area and identified by it, with its mediators and the dispute types it takes (empty: every type).
 */
@PublishedModel
public record MediationCentre(AreaCode area, String name, List<Mediator> mediators, Set<String> takesTypes) {

    public MediationCentre {
        if (area == null) {
            throw new InvalidValueException("area", "a centre belongs to an area");
        }
        if (area.level() == AdminLevel.PROVINCE) {
            throw new InvalidValueException("area", "centres are at city, district, street or community level");
        }
        name = Texts.required("name", "a centre's name", name, 100);
        mediators = List.copyOf(mediators == null ? List.of() : mediators);
        Set<String> ids = new HashSet<>();
        for (Mediator m : mediators) {
            if (!ids.add(m.id())) {
                throw new InvalidValueException("mediators", "mediator " + m.id() + " is listed twice");
            }
        }
        takesTypes = Set.copyOf(takesTypes == null ? Set.of() : takesTypes);
    }

    public AdminLevel level() {
        return area.level();
    }

    public boolean takes(DisputeType type) {
        return takesTypes.isEmpty() || takesTypes.contains(type.code());
    }

    public boolean hasMediator(String id) {
        return mediators.stream().anyMatch(m -> m.id().equals(id));
    }
}
