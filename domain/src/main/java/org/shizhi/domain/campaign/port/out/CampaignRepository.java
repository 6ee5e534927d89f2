package org.shizhi.domain.campaign.port.out;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Where campaigns and their activities are kept, and what is counted of them. "Inside an area": every target area of the
 * campaign lies in it. Contract: {@code CampaignRepositoryContract}.
 */
public interface CampaignRepository {

    /** Stores a new campaign with its targets and lists, in one transaction. */
    void launch(Campaign campaign);

    Optional<Campaign> find(CampaignId id);

    /** Campaigns with a target area inside {@code area}, newest launch first (ties by id); a position is (launchedAt, id). */
    Slice<Campaign> within(AreaCode area, PageRequest page);

    /** Stores an activity of a stored campaign. */
    void record(Activity activity);

    /** The campaign's activities, latest day first (ties by id); a position is (heldOn, id). */
    Slice<Activity> activities(CampaignId campaign, PageRequest page);

    /** For each target area of the campaign, the venue kinds at least one activity reached there: counted by the store. */
    Map<AreaCode, Set<VenueKind>> reached(CampaignId campaign);

    /**
     * Venue coverage of the campaigns with a target area inside {@code area} whose period meets [{@code from}, {@code to}]:
     * target (area, venue kind) pairs, and those of them reached by an activity held in the period. Counted by the store.
     */
    VenueCoverageCount venueCoverage(AreaCode area, LocalDate from, LocalDate to);

    /**
     * {@link #venueCoverage} for every area of {@code level} inside {@code within} at once, by area (a campaign counted in
     * each area that holds one of its target areas): counted by the store, grouped by area. Areas with no target pair are
     * left out.
     */
    Map<AreaCode, VenueCoverageCount> venueCoverageByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to);

    record VenueCoverageCount(long campaigns, long pairsTargeted, long pairsReached) {
    }
}
