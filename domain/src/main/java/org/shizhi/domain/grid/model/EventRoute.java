package org.shizhi.domain.grid.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * How a city routes one graded event: the lowest level that may handle it (an event is handled at this level or the
 * grade's, whichever is higher), and the stages it goes through, in order, each with whom it calls or dispatches and
 * within how long. The grid event flow uses it: a dispatch that names no departments goes to the route's
 * {@link RouteStage#CENTRAL_DISPATCH} departments, a summons that names none to its {@link RouteStage#JOINT_REMEDIATION}
 * departments with that stage's deadline.
 *
 * @param name          what routed it, e.g. {@code platform} or {@code chengdu}: lower-case words joined by '-' or '.'
 * @param handlingLevel the lowest level that may handle the event under this route
 */
@PublishedModel
public record EventRoute(String name, AdminLevel handlingLevel, List<RouteStep> steps) {

    /** Compiled once: every intake routes its event. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*");

    public EventRoute {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValueException("route.name", "a route's name is lower-case words joined by '-' or '.', not '" + name + "'");
        }
        if (handlingLevel == null || handlingLevel == AdminLevel.PROVINCE) {
            throw new InvalidValueException("route.handlingLevel", "an event is handled at community, street, district or city level");
        }
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new InvalidValueException("route.steps", "a route has at least one step");
        }
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).stage().ordinal() <= steps.get(i - 1).stage().ordinal()) {
                throw new InvalidValueException("route.steps", "a route's stages come once each, in the order "
                        + List.of(RouteStage.values()) + "; got " + steps.stream().map(RouteStep::stage).toList());
            }
        }
        boolean communityHandles = steps.get(0).stage() == RouteStage.COMMUNITY_HANDLES;
        if (communityHandles != (handlingLevel == AdminLevel.COMMUNITY)) {
            throw new InvalidValueException("route.steps", "exactly a route handled at COMMUNITY level starts with COMMUNITY_HANDLES;"
                    + " this one is handled at " + handlingLevel + " and starts with " + steps.get(0).stage());
        }
    }

    /** The step of a stage, if the route has it. */
    public Optional<RouteStep> step(RouteStage stage) {
        return steps.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /** The level that handles an event of this grade under this route: the higher of the two. */
    public AdminLevel levelFor(EventGrade grade) {
        return grade.handlingLevel().isAbove(handlingLevel) ? grade.handlingLevel() : handlingLevel;
    }

    /**
     * The platform's route, today's flow as it stands without a plugin: an event the grade leaves to the community is
     * handled there; any other is called to the street, which summons departments it names; one above street level is
     * also dispatched to departments the street names. Every stage has the deadline policy's days for the event.
     */
    public static EventRoute platformDefault(EventGrade grade, EventCategory category, DeadlinePolicy deadlines) {
        ReportWithin within = ReportWithin.workingDays(deadlines.workingDaysFor(grade, category));
        List<RouteStep> steps = new ArrayList<>();
        if (grade.handlingLevel() == AdminLevel.COMMUNITY) {
            steps.add(RouteStep.of(RouteStage.COMMUNITY_HANDLES, within));
        } else {
            steps.add(RouteStep.of(RouteStage.STREET_CALL, within));
            if (grade.handlingLevel().isAbove(AdminLevel.STREET)) {
                steps.add(RouteStep.of(RouteStage.CENTRAL_DISPATCH, within));
            }
        }
        return new EventRoute("platform", grade.handlingLevel(), steps);
    }
}
