package org.shizhi.domain.campaign.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * The figures the assessment needs from campaigns, over an area and the days [{@code from}, {@code to}] (at most
 * {@value #MAX_DAYS} days), counted by the store. Roles {@code CITY_ADMIN}, {@code STREET_OFFICER}, {@code AUDITOR},
 * {@code INTEGRATOR}; the area in the caller's jurisdiction (else 404).
 */
public interface CampaignFiguresQuery {

    int MAX_DAYS = 3_660;

    CampaignFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to);

    /**
     * The same figures for every area of {@code level} inside {@code within} at once, one count per figure in the store
     * grouped by area (the assessment of a whole level): an area with nothing to count is left out, its figures being
     * all zero. Roles and days as for {@link #figures}, the jurisdiction being over {@code within}.
     */
    List<CampaignFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to);

    /**
     * <ul>
     * <li>venue coverage: of the target (area, venue kind) pairs of the campaigns running in the period with a target area
     * inside the area, the share reached by an activity held in the period;</li>
     * <li>pledges kept: of the weddings in the period inside the area that were followed up, the share whose simplicity
     * pledges were kept.</li>
     * </ul>
     * A share with nothing to divide by is absent, not zero.
     */
    record CampaignFigures(AreaCode area, LocalDate from, LocalDate to, long campaigns, long venuePairsTargeted,
                           long venuePairsReached, Optional<Double> venueCoverage, long weddings, long weddingsFollowedUp,
                           long pledgesKept, Optional<Double> pledgesKeptShare) {

        public static CampaignFigures of(AreaCode area, LocalDate from, LocalDate to, long campaigns, long targeted, long reached,
                                         long weddings, long followedUp, long kept) {
            return new CampaignFigures(area, from, to, campaigns, targeted, reached, share(reached, targeted), weddings,
                    followedUp, kept, share(kept, followedUp));
        }

        private static Optional<Double> share(long part, long whole) {
            return whole == 0 ? Optional.empty() : Optional.of((double) part / whole);
        }
    }
}
