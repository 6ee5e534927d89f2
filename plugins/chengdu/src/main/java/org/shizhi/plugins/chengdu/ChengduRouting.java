package org.shizhi.plugins.chengdu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.RouteStage;
import org.shizhi.domain.grid.model.RouteStep;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.spi.EventRouter;
import org.shizhi.domain.spi.PluginSettings;

/**
 * Chengdu's 社区发现、街道呼叫、集中派单、协同整治 (seed 001) as an {@link EventRouter}:
 * <ol>
 *   <li>the community discovers and reports the event; one its grade leaves to the community it handles itself
 *       ({@link RouteStage#COMMUNITY_HANDLES}), unless the city sets {@code street-handles-all}, which makes the street
 *       the lowest level for every event (the flow then refuses a resolution by the community alone);</li>
 *   <li>{@link RouteStage#STREET_CALL}: the street takes the call within {@code call-within-hours} working hours;</li>
 *   <li>{@link RouteStage#CENTRAL_DISPATCH}: it is dispatched to the district's lead department for its category
 *       ({@code dispatch.<category>}) within {@code dispatch-within-hours};</li>
 *   <li>{@link RouteStage#JOINT_REMEDIATION}: the departments that remedy it with the lead one
 *       ({@code remediation.<category>}, may be empty: no joint stage) report within {@code remediation-within-days}.</li>
 * </ol>
 * Departments are named by function; the code is the district's prefix ({@code districts}: {@code 510104:jinjiang})
 * and the function, {@code jinjiang-judicial}. In a district without a prefix the route names no departments, and the
 * street names them as it would under the platform's route. Immutable, so thread-safe.
 */
final class ChengduRouting implements EventRouter {

    private final Map<String, String> districtPrefixes;
    private final Map<EventCategory, List<String>> leads;
    private final Map<EventCategory, List<String>> joint;
    private final ReportWithin call;
    private final ReportWithin dispatch;
    private final ReportWithin remediation;
    private final boolean streetHandlesAll;
    private final ReportWithin community;

    ChengduRouting(Map<String, String> districtPrefixes, Map<EventCategory, List<String>> leads,
                   Map<EventCategory, List<String>> joint, ReportWithin call, ReportWithin dispatch, ReportWithin remediation,
                   boolean streetHandlesAll, ReportWithin community) {
        this.streetHandlesAll = streetHandlesAll;
        this.community = community;
        this.districtPrefixes = Map.copyOf(districtPrefixes);
        this.leads = Map.copyOf(leads);
        this.joint = Map.copyOf(joint);
        this.call = call;
        this.dispatch = dispatch;
        this.remediation = remediation;
    }

    /** The config key suffix of a category: {@code safety-hazard}. */
    static String key(EventCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ChengduRouting from(PluginSettings settings) {
        Map<String, String> prefixes = new HashMap<>();
        for (String entry : settings.list(ChengduPlugin.DISTRICTS)) {
            String[] parts = entry.split(":");
            if (parts.length != 2 || !parts[0].strip().matches("\\d{6}") || !parts[1].strip().matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException(ChengduPlugin.DISTRICTS + " holds district:prefix pairs such as 510104:jinjiang, not '" + entry + "'");
            }
            prefixes.put(parts[0].strip(), parts[1].strip());
        }
        Map<EventCategory, List<String>> leads = new EnumMap<>(EventCategory.class);
        Map<EventCategory, List<String>> joint = new EnumMap<>(EventCategory.class);
        for (EventCategory category : EventCategory.values()) {
            leads.put(category, settings.list("dispatch." + key(category)));
            joint.put(category, settings.list("remediation." + key(category)));
        }
        return new ChengduRouting(prefixes, leads, joint,
                ReportWithin.workingHours(settings.integer(ChengduPlugin.CALL_WITHIN_HOURS)),
                ReportWithin.workingHours(settings.integer(ChengduPlugin.DISPATCH_WITHIN_HOURS)),
                ReportWithin.workingDays(settings.integer(ChengduPlugin.REMEDIATION_WITHIN_DAYS)),
                settings.bool(ChengduPlugin.STREET_HANDLES_ALL),
                ReportWithin.workingDays(settings.integer(ChengduPlugin.COMMUNITY_WITHIN_DAYS)));
    }

    @Override
    public EventRoute route(EventFacts event, EventGrade grade) {
        String prefix = districtPrefixes.get(event.area().value().substring(0, 6));
        AdminLevel level = streetHandlesAll && grade.handlingLevel() == AdminLevel.COMMUNITY ? AdminLevel.STREET : grade.handlingLevel();
        List<RouteStep> steps = new ArrayList<>();
        if (level == AdminLevel.COMMUNITY) {
            steps.add(RouteStep.of(RouteStage.COMMUNITY_HANDLES, community));
        }
        steps.add(RouteStep.of(RouteStage.STREET_CALL, call));
        steps.add(new RouteStep(RouteStage.CENTRAL_DISPATCH, departments(prefix, leads.get(event.category())), dispatch));
        List<String> together = joint.get(event.category());
        if (!together.isEmpty()) {
            steps.add(new RouteStep(RouteStage.JOINT_REMEDIATION, departments(prefix, together), remediation));
        }
        return new EventRoute("chengdu", level, steps);
    }

    private static List<DepartmentCode> departments(String prefix, List<String> functions) {
        if (prefix == null) {
            return List.of();
        }
        return functions.stream().map(f -> DepartmentCode.of(prefix + "-" + f)).toList();
    }
}
