package org.shizhi.domain.campaign.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.campaign.model.Activity;
import org.shizhi.domain.campaign.model.Campaign;
import org.shizhi.domain.campaign.model.CampaignId;
import org.shizhi.domain.campaign.model.Period;
import org.shizhi.domain.campaign.model.VenueKind;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Launching a campaign and recording its activities.
 * <ul>
 * <li>{@link #launch}: roles {@code CITY_ADMIN}, {@code STREET_OFFICER}, {@code COMMUNITY_STAFF}; every target area in
 * the caller's jurisdiction (else 404). From a template of the city's plugins, what the command leaves empty is
 * pre-filled ({@link Campaign.Plan#fromTemplate}); an unknown template id is 400 naming {@code templateId}.</li>
 * <li>{@link #record}: roles {@code GRID_WORKER}, {@code COMMUNITY_STAFF}, {@code STREET_OFFICER}, {@code INTEGRATOR};
 * the campaign and the activity's area in the caller's jurisdiction (else 404); the activity's kind of venue among the
 * campaign's targets, its area inside a target area, its day in the period and not after today (else 400).</li>
 * </ul>
 */
public interface RunCampaignUseCase {

    Campaign launch(Actor actor, LaunchCampaignCommand command);

    Activity record(Actor actor, RecordActivityCommand command);

    /**
     * @param templateId a template of the city's plugins to pre-fill from; without one, the command is the whole plan
     */
    record LaunchCampaignCommand(Optional<String> templateId, String theme, String organiser, Period period,
                                 List<AreaCode> targetAreas, Set<VenueKind> targetKinds, List<String> activityKinds,
                                 List<String> checklist) {
        public LaunchCampaignCommand {
            templateId = templateId == null ? Optional.empty() : templateId;
            targetKinds = targetKinds == null ? Set.of() : targetKinds;
            activityKinds = activityKinds == null ? List.of() : activityKinds;
            checklist = checklist == null ? List.of() : checklist;
            if (templateId.isPresent()) {
                if (!templateId.get().matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
                    throw new InvalidValueException("templateId", "a template id is lower-case words joined by '-' or '.', not '"
                            + templateId.get() + "'");
                }
            } else {
                // Without a template the command must hold a whole plan: check it now, by the plan's own rules.
                new Campaign.Plan(theme, organiser, period, targetAreas, targetKinds, activityKinds, checklist);
            }
        }

        /** The plan, pre-filled from {@code template} when the command names one. */
        public Campaign.Plan plan(Optional<org.shizhi.domain.spi.CampaignTemplate> template) {
            return template.map(t -> Campaign.Plan.fromTemplate(t, theme, organiser, period, targetAreas, targetKinds,
                            activityKinds, checklist))
                    .orElseGet(() -> new Campaign.Plan(theme, organiser, period, targetAreas, targetKinds, activityKinds, checklist));
        }
    }

    record RecordActivityCommand(CampaignId campaign, VenueKind venueKind, String place, AreaCode area, LocalDate heldOn,
                                 Optional<String> kind, Activity.Participants participants, String organiser,
                                 Activity.Evidence evidence) {
        public RecordActivityCommand {
            if (campaign == null) {
                throw new InvalidValueException("campaignId", "the campaign is required");
            }
            // The activity's own rules, checked before anything is read: a placeholder id and instant, replaced on record.
            new Activity(org.shizhi.domain.campaign.model.ActivityId.random(), campaign, venueKind, place, area, heldOn, kind,
                    participants, organiser, evidence, java.time.Instant.EPOCH,
                    new org.shizhi.domain.shared.Acting("check", org.shizhi.domain.shared.Role.GRID_WORKER));
            kind = kind == null ? Optional.empty() : kind;
        }
    }
}
