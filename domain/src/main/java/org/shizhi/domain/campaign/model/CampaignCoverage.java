package org.shizhi.domain.campaign.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far a campaign has reached: for each target area the target venue kinds reached (at least one activity there) and
 * those remaining. The campaign is complete only when nothing remains anywhere.
 */
public record CampaignCoverage(CampaignId campaign, List<AreaCoverage> areas) {

    public CampaignCoverage {
        areas = List.copyOf(areas);
    }

    /** The coverage from the kinds reached in each target area (as the store counts them); kinds it does not target are ignored. */
    public static CampaignCoverage of(Campaign campaign, Map<org.shizhi.domain.shared.AreaCode, Set<VenueKind>> reached) {
        return new CampaignCoverage(campaign.id(), campaign.targetAreas().stream().map(area -> {
            Set<VenueKind> there = EnumSet.noneOf(VenueKind.class);
            there.addAll(reached.getOrDefault(area, Set.of()));
            there.retainAll(campaign.targetKinds());
            Set<VenueKind> remaining = EnumSet.copyOf(campaign.targetKinds());
            remaining.removeAll(there);
            return new AreaCoverage(area, there, remaining);
        }).toList());
    }

    public boolean complete() {
        return areas.stream().allMatch(a -> a.remaining().isEmpty());
    }

    /** Target (area, kind) pairs reached, of all target pairs. */
    public int pairsReached() {
        return areas.stream().mapToInt(a -> a.reached().size()).sum();
    }

    public int pairsTargeted() {
        return areas.stream().mapToInt(a -> a.reached().size() + a.remaining().size()).sum();
    }

    public record AreaCoverage(org.shizhi.domain.shared.AreaCode area, Set<VenueKind> reached, Set<VenueKind> remaining) {
        public AreaCoverage {
            reached = reached.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reached));
            remaining = remaining.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(remaining));
        }
    }
}
