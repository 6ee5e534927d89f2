package org.shizhi.domain.grid.service;

import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.model.DuplicateSuggestion;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.EventRoute;
import org.shizhi.domain.grid.model.RouteStage;
import org.shizhi.domain.grid.model.RouteStep;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.EventTransition;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.HotlineWorkOrder;
import org.shizhi.domain.shared.OfficeHours;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.grid.model.TextSimilarity;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.model.Verdict;
import org.shizhi.domain.grid.port.in.EventChanged;
import org.shizhi.domain.grid.port.in.EventQuery;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.HandleEventUseCase;
import org.shizhi.domain.grid.port.in.MergeEventsUseCase;
import org.shizhi.domain.grid.port.in.ReceiveHotlineOrderUseCase;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.SummonsUseCase;
import org.shizhi.domain.grid.port.out.EventGrading;
import org.shizhi.domain.grid.port.out.EventRouting;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.WorkCalendar;

/**
 * Intake, flow, summonses, merges and reads of grid events. Each command checks, in this order: the role (403), the
 * event or grid and the caller's jurisdiction (404 alike), the version (412), then the rule of the flow (409 or 400);
 * only then is anything written, as one {@link EventWrite}. Roles per method: see the use-case interfaces.
 */
public final class GridEventService implements ReportEventUseCase, HandleEventUseCase, SummonsUseCase, MergeEventsUseCase,
        EventQuery, ReceiveHotlineOrderUseCase {

    /** How far back intake looks for open events that the new one may repeat. */
    public static final Duration DUPLICATE_WINDOW = Duration.ofDays(7);
    /** The newest open events of the community compared on intake: a week of any real community, bounded at any volume. */
    public static final int DUPLICATE_CANDIDATES = 100;
    /** How many possible duplicates come back at most. */
    public static final int MAX_SUGGESTIONS = 5;

    private final GridRepository grids;
    private final GridEventRepository events;
    private final EventGrading grading;
    private final EventRouting routing;
    private final WorkCalendar calendar;
    private final DeadlinePolicy deadlines;
    private final OfficeHours officeHours;
    private final Clock clock;

    public GridEventService(GridRepository grids, GridEventRepository events, EventGrading grading, EventRouting routing,
                            WorkCalendar calendar, DeadlinePolicy deadlines, OfficeHours officeHours, Clock clock) {
        this.grids = Objects.requireNonNull(grids);
        this.events = Objects.requireNonNull(events);
        this.grading = Objects.requireNonNull(grading);
        this.routing = Objects.requireNonNull(routing);
        this.calendar = Objects.requireNonNull(calendar);
        this.deadlines = Objects.requireNonNull(deadlines);
        this.officeHours = Objects.requireNonNull(officeHours);
        this.clock = Objects.requireNonNull(clock);
    }

    /** With the standard deadline policy and office hours, and the cities' routes. */
    public GridEventService(GridRepository grids, GridEventRepository events, EventGrading grading, EventRouting routing,
                            WorkCalendar calendar, Clock clock) {
        this(grids, events, grading, routing, calendar, DeadlinePolicy.standard(), OfficeHours.STANDARD, clock);
    }

    @Override
    public EventReported report(Actor actor, ReportEventCommand command) {
        Acting by = actor.actingAsGridMember(Permission.REPORT_EVENT);
        EventIntake intake = command.intake();
        AreaCode community = intake.grid().community();
        if (!actor.answersFor(community) || !grids.exists(intake.grid())) {
            throw new NotFoundException("grid", intake.grid());
        }
        Instant now = clock.instant();
        Optional<GridEvent> earlier = command.id().flatMap(events::find);
        if (earlier.isPresent()) {
            return reportedBefore(actor, earlier.get(), intake, now);
        }
        EventFacts facts = new EventFacts(intake.category(), intake.text(), community);
        EventGrade grade = grading.grade(community.cityCode(), facts);
        EventRoute route = routing.route(community.cityCode(), facts, grade);
        Deadline deadline = Deadline.after(calendar, now, deadlines.workingDaysFor(grade, intake.category()));
        List<DuplicateSuggestion> duplicates = possibleDuplicates(intake, community, now);
        EventTransition reported = GridEvent.report(command.id().orElseGet(() -> GridEventId.reportedAt(now)), intake, grade, route.levelFor(grade),
                deadline, now, by);
        try {
            events.save(EventWrite.of(reported));
        } catch (ConflictException sameIdMeanwhile) {
            // Two reports under one reference at once: the other was stored first, and this one is its repeat.
            if (command.id().isEmpty()) {
                throw sameIdMeanwhile;
            }
            return reportedBefore(actor, events.find(reported.event().id()).orElseThrow(() -> sameIdMeanwhile), intake, now);
        }
        return new EventReported(view(actor, reported.event(), now), (GridEventChange.Reported) reported.change(), duplicates);
    }

    @Override
    public HotlineOrderReceived receive(Actor actor, ReceiveHotlineOrderCommand command) {
        actor.require(Permission.RECEIVE_HOTLINE_ORDER);
        HotlineWorkOrder order = command.order();
        GridEventId id = order.eventId(actor.city());
        // Read before the report only to tell the hotline whether it had sent this order before; two pushes at once
        // still make one event (the report's own check on the id), and both may then say "new".
        boolean repeated = events.find(id).isPresent();
        EventReported reported = report(actor, new ReportEventCommand(order.intake(), Optional.of(id)));
        return new HotlineOrderReceived(order.orderId(), reported.event(), reported.change(), repeated);
    }

    /**
     * A report repeated under the id of an event already stored: that event, and its report as the timeline's first
     * entry tells it (its grade, level and deadline as they stand now); refused if the event says something else.
     */
    private EventReported reportedBefore(Actor actor, GridEvent event, EventIntake intake, Instant now) {
        if (!event.intake().equals(intake)) {
            throw new ConflictException("id", "grid event " + event.id() + " was reported under this reference with other content");
        }
        TimelineEntry first = events.timeline(event.id()).getFirst();
        GridEventChange.Reported change = new GridEventChange.Reported(event.id(), first.at(), new Acting(first.actor(), first.role()),
                event.intake().channel(), event.grade(), event.handlingLevel(), event.deadline());
        return new EventReported(view(actor, event, now), change, List.of());
    }

    @Override
    public EventChanged accept(Actor actor, AcceptEventCommand command) {
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> event.accept(by, now, command.remark()), Permission.ACCEPT_EVENT);
    }

    @Override
    public EventChanged reject(Actor actor, RejectEventCommand command) {
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> event.reject(by, now, command.reason()), Permission.REJECT_EVENT);
    }

    @Override
    public EventChanged call(Actor actor, CallEventCommand command) {
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> event.call(by, now, command.remark()), Permission.CALL_EVENT);
    }

    @Override
    public EventChanged dispatch(Actor actor, DispatchEventCommand command) {
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> event.dispatch(by, now, command.departments().isEmpty()
                        ? routed(event, RouteStage.CENTRAL_DISPATCH).departments() : command.departments(), command.remark()),
                Permission.DISPATCH_EVENT);
    }

    @Override
    public EventChanged startHandling(Actor actor, StartHandlingCommand command) {
        actor.require(Permission.START_HANDLING);
        actor.requireDepartment(command.department().value());
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> event.startHandling(by, now, command.department()), Permission.START_HANDLING);
    }

    @Override
    public EventChanged resolve(Actor actor, ResolveEventCommand command) {
        return change(actor, actor.actingAsGridMember(Permission.RESOLVE_EVENT), command.event(), command.expectedVersion(),
                (event, by, now) -> event.resolve(by, now, command.resolution()));
    }

    @Override
    public EventChanged recordVerdict(Actor actor, RecordVerdictCommand command) {
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> event.judge(by, now, command.satisfaction(), command.comment(),
                        command.satisfaction() >= Verdict.SATISFIED_FROM ? null : deadlineFor(event, now)),
                Permission.RECORD_VERDICT);
    }

    @Override
    public EventChanged summon(Actor actor, SummonDepartmentsCommand command) {
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> {
                    RouteStep step = command.departments().isEmpty()
                            ? routed(event, RouteStage.JOINT_REMEDIATION)
                            : new RouteStep(RouteStage.JOINT_REMEDIATION, command.departments(), command.within());
                    return event.summon(by, now, SummonsId.random(), step.departments(), step.within(),
                            step.within().dueAt(calendar, officeHours, now));
                },
                Permission.SUMMON_DEPARTMENTS);
    }

    @Override
    public EventRoute route(Actor actor, GridEventId id) {
        actor.require(Permission.READ_EVENTS);
        return routeOf(load(actor, id));
    }

    private EventRoute routeOf(GridEvent event) {
        return routing.route(event.community().cityCode(), new EventFacts(event.category(), event.text(), event.community()),
                event.grade());
    }

    /** The route's step for a stage where the command named no departments; refused if the route names none for it. */
    private RouteStep routed(GridEvent event, RouteStage stage) {
        EventRoute route = routeOf(event);
        return route.step(stage).filter(s -> !s.departments().isEmpty()).orElseThrow(() -> new InvalidValueException(
                "departments", "name the departments: the " + route.name() + " route of event " + event.id()
                        + " names none for " + stage + " (its stages: " + route.steps().stream().map(RouteStep::stage).toList() + ")"));
    }

    @Override
    public EventChanged report(Actor actor, ReportToSummonsCommand command) {
        actor.require(Permission.REPORT_TO_SUMMONS);
        actor.requireDepartment(command.department().value());
        return change(actor, command.event(), command.expectedVersion(),
                (event, by, now) -> event.answerSummons(by, now, command.summons(), command.department(), command.kind(),
                        command.note()),
                Permission.REPORT_TO_SUMMONS);
    }

    @Override
    public EventChanged merge(Actor actor, MergeEventsCommand command) {
        return change(actor, command.duplicate(), command.expectedVersion(),
                (duplicate, by, now) -> duplicate.mergeInto(load(actor, command.original()), by, now),
                Permission.MERGE_EVENTS);
    }

    @Override
    public GridEventView event(Actor actor, GridEventId id) {
        actor.require(Permission.READ_EVENTS);
        return view(actor, load(actor, id), clock.instant());
    }

    @Override
    public List<TimelineEntry> timeline(Actor actor, GridEventId id) {
        actor.require(Permission.READ_EVENTS);
        load(actor, id);
        return events.timeline(id);
    }

    @Override
    public Slice<GridEventView> events(Actor actor, EventFilter filter, PageRequest page) {
        actor.require(Permission.READ_EVENTS);
        actor.requireJurisdiction(filter.within(), "area", filter.within());
        Instant now = clock.instant();
        return events.within(filter, page).map(e -> GridEventView.of(e, actor, now));
    }

    @Override
    public Slice<GridEventView> overdue(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_EVENTS);
        actor.requireJurisdiction(area, "area", area);
        Instant now = clock.instant();
        return events.overdue(area, now, page).map(e -> GridEventView.of(e, actor, now));
    }

    /** One change of one event, checked in the order the class comment gives, and written as one {@link EventWrite}. */
    private EventChanged change(Actor actor, GridEventId id, long expectedVersion, Step step, Permission permission) {
        return change(actor, actor.acting(permission), id, expectedVersion, step);
    }

    /** As above, {@code by} being who acts, already checked for the permission. */
    private EventChanged change(Actor actor, Acting by, GridEventId id, long expectedVersion, Step step) {
        GridEvent event = load(actor, id);
        Access.requireVersion("grid event", id, event.version(), expectedVersion);
        Instant now = clock.instant();
        EventTransition transition = step.apply(event, by, now);
        events.save(EventWrite.of(transition));
        return new EventChanged(view(actor, transition.event(), now), transition.change());
    }

    @FunctionalInterface
    private interface Step {
        EventTransition apply(GridEvent event, Acting by, Instant now);
    }

    /** The event if it exists and lies in the caller's jurisdiction; otherwise not found, either way. */
    private GridEvent load(Actor actor, GridEventId id) {
        return events.find(id).filter(e -> actor.answersFor(e.community()))
                .orElseThrow(() -> new NotFoundException("grid event", id));
    }

    private Deadline deadlineFor(GridEvent event, Instant now) {
        return Deadline.after(calendar, now, deadlines.workingDaysFor(event.grade(), event.category()));
    }

    /**
     * Open events of the same community (the same grid or an adjacent one: "adjacent" means "of the same
     * community", no geometry involved) reported within {@link #DUPLICATE_WINDOW}, whose text is similar by
     * {@link TextSimilarity#DUPLICATE_THRESHOLD}; most similar first, at most {@link #MAX_SUGGESTIONS}.
     */
    private List<DuplicateSuggestion> possibleDuplicates(EventIntake intake, AreaCode community, Instant now) {
        TextSimilarity.Prepared reported = TextSimilarity.to(intake.text());
        // The most similar few, kept in order as the candidates pass: candidates come newest first, so a candidate goes
        // after those as similar as it, and ties stay newest first. A hundred candidates, five kept: no sort of them all.
        List<DuplicateSuggestion> best = new ArrayList<>(MAX_SUGGESTIONS + 1);
        for (EventText candidate : events.recentOpen(community, now.minus(DUPLICATE_WINDOW), DUPLICATE_CANDIDATES)) {
            double similarity = reported.jaccardWith(candidate.bigrams());
            if (similarity < TextSimilarity.DUPLICATE_THRESHOLD
                    || best.size() == MAX_SUGGESTIONS && similarity <= best.getLast().similarity()) {
                continue;
            }
            int at = best.size();
            while (at > 0 && best.get(at - 1).similarity() < similarity) {
                at--;
            }
            best.add(at, new DuplicateSuggestion(candidate.id(), candidate.grid(), candidate.state(), candidate.reportedAt(), similarity));
            if (best.size() > MAX_SUGGESTIONS) {
                best.removeLast();
            }
        }
        return List.copyOf(best);
    }


    private static GridEventView view(Actor actor, GridEvent event, Instant now) {
        return GridEventView.of(event, actor, now);
    }
}
