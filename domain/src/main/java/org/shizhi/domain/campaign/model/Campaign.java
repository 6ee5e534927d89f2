package org.shizhi.domain.campaign.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.spi.CampaignTemplate;

/**
 * A moral-education campaign (宣传教育活动) such as red culture into eight kinds of venue (红色文化八进, seed 002): a theme,
 * who organises it, its period, the areas it targets and the kinds of venue it must reach in each of them. It is
 * complete when every target kind is reached in every target area ({@link CampaignCoverage}).
 *
 * @param template      the city plugin's template it was launched from, by id, if any
 * @param activityKinds the kinds of activity expected (from the template, or given)
 * @param checklist     what the organiser checks off (from the template, or given)
 */
public record Campaign(CampaignId id, AreaCode city, String theme, String organiser, Period period, List<AreaCode> targetAreas,
                       Set<VenueKind> targetKinds, Optional<String> template, List<String> activityKinds, List<String> checklist,
                       Instant launchedAt, Acting launchedBy) {

    public static final int MAX_TARGET_AREAS = 500;
    public static final int MAX_LIST_ITEMS = 50;

    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(launchedAt, "launchedAt");
        Objects.requireNonNull(launchedBy, "launchedBy");
        Plan checked = new Plan(theme, organiser, period, targetAreas, targetKinds, activityKinds, checklist);
        theme = checked.theme();
        organiser = checked.organiser();
        targetAreas = checked.targetAreas();
        targetKinds = checked.targetKinds();
        activityKinds = checked.activityKinds();
        checklist = checked.checklist();
        template = template == null ? Optional.empty() : template;
        if (!targetAreas.getFirst().cityCode().equals(city)) {
            throw new InvalidValueException("targetAreas", "the target areas lie in city " + targetAreas.getFirst().cityCode() + ", not " + city);
        }
    }

    /** A campaign launched now from its plan. */
    public static Campaign launch(CampaignId id, Plan plan, Optional<String> template, Instant at, Acting by) {
        return new Campaign(id, plan.targetAreas().getFirst().cityCode(), plan.theme(), plan.organiser(), plan.period(),
                plan.targetAreas(), plan.targetKinds(), template, plan.activityKinds(), plan.checklist(), at, by);
    }

    /** The target area an activity's area lies in, if any. */
    public Optional<AreaCode> targetAreaOf(AreaCode area) {
        return targetAreas.stream().filter(t -> t.contains(area)).findFirst();
    }

    /**
     * What a campaign sets out to do, checked: theme and organiser of 1 to 200 characters, 1 to {@value #MAX_TARGET_AREAS}
     * target areas in one city, none inside another (an activity must count for one target area only), at least one
     * target venue kind, at most {@value #MAX_LIST_ITEMS} activity kinds and checklist items of 1 to 200 characters.
     */
    public record Plan(String theme, String organiser, Period period, List<AreaCode> targetAreas, Set<VenueKind> targetKinds,
                       List<String> activityKinds, List<String> checklist) {

        public Plan {
            theme = Texts.required("theme", "the theme", theme, 200);
            organiser = Texts.required("organiser", "the organiser", organiser, 200);
            if (period == null) {
                throw new InvalidValueException("period", "a campaign needs its period");
            }
            targetAreas = targetAreas(targetAreas);
            if (targetKinds == null || targetKinds.isEmpty()) {
                throw new InvalidValueException("targetKinds", "a campaign targets at least one of the eight kinds of venue");
            }
            if (targetKinds.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidValueException("targetKinds", "a target venue kind is one of the eight, not null");
            }
            targetKinds = Set.copyOf(EnumSet.copyOf(targetKinds));
            activityKinds = items("activityKinds", "an activity kind", activityKinds);
            checklist = items("checklist", "a checklist item", checklist);
        }

        /**
         * This plan with what it leaves empty taken from a city plugin's template: the venue kinds among the eight that the
         * template names (others, such as the wedding reform's public hall, are services of {@link Wedding}s, not venues),
         * its activities as activity kinds, and its checklist; for a template without one (SPI 1.3), a checklist of one
         * item per activity and one per target venue kind.
         */
        public static Plan fromTemplate(CampaignTemplate template, String theme, String organiser, Period period,
                                        List<AreaCode> targetAreas, Set<VenueKind> targetKinds, List<String> activityKinds,
                                        List<String> checklist) {
            Set<VenueKind> kinds = targetKinds == null || targetKinds.isEmpty()
                    ? template.venues().stream().filter(v -> VenueKind.isOneOf(v.code()))
                            .map(v -> VenueKind.ofCode("targetKinds", v.code())).collect(java.util.stream.Collectors.toSet())
                    : targetKinds;
            if (kinds.isEmpty()) {
                throw new InvalidValueException("templateId", "template " + template.id()
                        + " names none of the eight kinds of venue: name the target kinds");
            }
            List<String> activities = activityKinds == null || activityKinds.isEmpty() ? template.activities() : activityKinds;
            List<String> items = checklist;
            if ((items == null || items.isEmpty()) && !template.checklist().isEmpty()) {
                items = template.checklist();
            } else if (items == null || items.isEmpty()) {
                items = new ArrayList<>();
                for (String activity : activities) {
                    items.add("开展: " + activity);
                }
                for (VenueKind kind : EnumSet.copyOf(kinds)) {
                    items.add("进" + kind.label() + ": 每个目标区域至少一次活动");
                }
            }
            return new Plan(theme == null || theme.isBlank() ? template.name() : theme, organiser, period, targetAreas, kinds,
                    activities, items);
        }

        private static List<AreaCode> targetAreas(List<AreaCode> given) {
            if (given == null || given.isEmpty()) {
                throw new InvalidValueException("targetAreas", "a campaign targets at least one area");
            }
            if (given.size() > MAX_TARGET_AREAS) {
                throw new InvalidValueException("targetAreas", "a campaign targets at most " + MAX_TARGET_AREAS + " areas, got " + given.size());
            }
            TreeSet<AreaCode> areas = new TreeSet<>();
            for (int i = 0; i < given.size(); i++) {
                AreaCode area = given.get(i);
                if (area == null) {
                    throw new InvalidValueException("targetAreas[" + i + "]", "a target area is a 12-digit area code, not null");
                }
                if (area.level() == AdminLevel.PROVINCE) {
                    throw new InvalidValueException("targetAreas[" + i + "]", "a target area is a city, district, street or community, not a province");
                }
                if (!area.cityCode().equals(given.getFirst().cityCode())) {
                    throw new InvalidValueException("targetAreas[" + i + "]", "the target areas lie in one city; " + area
                            + " is not in city " + given.getFirst().cityCode());
                }
                if (!areas.add(area)) {
                    throw new InvalidValueException("targetAreas[" + i + "]", "target area " + area + " is named twice");
                }
            }
            for (AreaCode a : areas) {
                for (AreaCode b : areas) {
                    if (!a.equals(b) && a.contains(b)) {
                        throw new InvalidValueException("targetAreas", "target area " + b + " lies inside target area " + a
                                + ": an activity there would count for both");
                    }
                }
            }
            return List.copyOf(areas);
        }

        private static List<String> items(String field, String what, List<String> given) {
            if (given == null) {
                return List.of();
            }
            if (given.size() > MAX_LIST_ITEMS) {
                throw new InvalidValueException(field, "at most " + MAX_LIST_ITEMS + " items, got " + given.size());
            }
            List<String> items = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                items.add(Texts.required(field + "[" + i + "]", what, given.get(i), 200));
            }
            return List.copyOf(items);
        }
    }
}
