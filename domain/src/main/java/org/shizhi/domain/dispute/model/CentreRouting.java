package org.shizhi.domain.dispute.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.PublishedModel;

/**
 * The platform's default routing of disputes to centres, and the one rule of escalation. Candidates are the
 * registered centres whose area contains the dispute's area (its community, street, district and city).
 */
@PublishedModel
public final class CentreRouting {

    private CentreRouting() {
    }

    /**
     * The level a dispute starts at by default: LOW risk the community, MEDIUM the street, HIGH the district, CRITICAL
     * the city; a petition backlog case (信访积案) at least the district.
     */
    public static AdminLevel startingLevel(DisputeFacts facts) {
        AdminLevel level = switch (facts.risk()) {
            case LOW -> AdminLevel.COMMUNITY;
            case MEDIUM -> AdminLevel.STREET;
            case HIGH -> AdminLevel.DISTRICT;
            case CRITICAL -> AdminLevel.CITY;
        };
        return facts.petitionBacklog() && AdminLevel.DISTRICT.isAbove(level) ? AdminLevel.DISTRICT : level;
    }

    /**
     * The default choice: the lowest candidate at or above the starting level that takes the type; failing that the
     * lowest at or above it at all; failing that the highest candidate below it (a centre that exists beats none).
     */
    public static Optional<MediationCentre> standard(DisputeFacts facts, List<MediationCentre> candidates) {
        AdminLevel start = startingLevel(facts);
        Comparator<MediationCentre> lowestFirst = Comparator.comparing((MediationCentre c) -> c.level().ordinal()).reversed();
        List<MediationCentre> atOrAbove = candidates.stream().filter(c -> !start.isAbove(c.level())).sorted(lowestFirst).toList();
        return atOrAbove.stream().filter(c -> c.takes(facts.type())).findFirst()
                .or(() -> atOrAbove.stream().findFirst())
                .or(() -> candidates.stream().filter(c -> start.isAbove(c.level())).sorted(lowestFirst.reversed()).findFirst());
    }

    /** The centre one escalation moves a dispute to: the lowest candidate above the current level, preferring one that takes the type. */
    public static Optional<MediationCentre> above(AdminLevel current, DisputeType type, List<MediationCentre> candidates) {
        Comparator<MediationCentre> lowestFirst = Comparator.comparing((MediationCentre c) -> c.level().ordinal()).reversed();
        List<MediationCentre> above = candidates.stream().filter(c -> c.level().isAbove(current)).sorted(lowestFirst).toList();
        if (above.isEmpty()) {
            return Optional.empty();
        }
        AdminLevel next = above.getFirst().level();
        return above.stream().filter(c -> c.level() == next && c.takes(type)).findFirst().or(() -> Optional.of(above.getFirst()));
    }
}
