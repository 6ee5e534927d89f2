package org.shizhi.adapters.rest.grid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.shizhi.adapters.rest.api.EventsApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.GeoJson;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.http.SearchRateLimited;
import org.shizhi.adapters.rest.model.AcceptEventRequestJson;
import org.shizhi.adapters.rest.model.AttachmentJson;
import org.shizhi.adapters.rest.model.CallEventRequestJson;
import org.shizhi.adapters.rest.model.DispatchEventRequestJson;
import org.shizhi.adapters.rest.model.EventCategoryJson;
import org.shizhi.adapters.rest.model.EventPageJson;
import org.shizhi.adapters.rest.model.EventStateJson;
import org.shizhi.adapters.rest.model.HotlineWorkOrderJson;
import org.shizhi.adapters.rest.model.HotlineWorkOrderReceivedJson;
import org.shizhi.adapters.rest.model.MergeEventRequestJson;
import org.shizhi.adapters.rest.model.NewEventJson;
import org.shizhi.adapters.rest.model.RejectEventRequestJson;
import org.shizhi.adapters.rest.model.ResolveEventRequestJson;
import org.shizhi.adapters.rest.model.StartEventHandlingRequestJson;
import org.shizhi.adapters.rest.model.SummonsReportRequestJson;
import org.shizhi.adapters.rest.model.SummonsRequestJson;
import org.shizhi.adapters.rest.model.TimelineJson;
import org.shizhi.adapters.rest.model.VerdictRequestJson;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEventChange;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.HotlineChannel;
import org.shizhi.domain.grid.model.HotlineWorkOrder;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.grid.port.in.EventChanged;
import org.shizhi.domain.grid.port.in.EventQuery;
import org.shizhi.domain.grid.port.in.GridEventView;
import org.shizhi.domain.grid.port.in.HandleEventUseCase;
import org.shizhi.domain.grid.port.in.MergeEventsUseCase;
import org.shizhi.domain.grid.port.in.ReceiveHotlineOrderUseCase;
import org.shizhi.domain.grid.port.in.ReportEventUseCase;
import org.shizhi.domain.grid.port.in.SummonsUseCase;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;

/**
 * Grid events: intake, the flow's transitions as POST sub-resources (one per command, each with its own roles and
 * body), summonses, merges, the timeline, and the lists. Every change names the event's version in {@code If-Match}
 * and answers with the event, the change as the timeline records it, and the new {@code ETag}.
 */
@Path("/")
@ApplicationScoped
public class EventsResource implements EventsApi {

    /** The domain's names for the version a change is based on, and for a few fields the request names otherwise. */
    private static final Map<String, String> FIELDS = Map.of(
            "expectedVersion", ETags.IF_MATCH, "version", ETags.IF_MATCH, "grid", "gridCode");
    /** A hotline order's fields as the order names them: its caller is the event's reporter, its order id the event's id. */
    private static final Map<String, String> HOTLINE_FIELDS = Map.of(
            "grid", "gridCode", "reporter.name", "caller.name", "id", "orderId");

    private final ReportEventUseCase intake;
    private final ReceiveHotlineOrderUseCase hotline;
    private final HandleEventUseCase handling;
    private final SummonsUseCase summonses;
    private final MergeEventsUseCase merging;
    private final EventQuery events;
    private final Caller caller;
    private final Disclosures disclosures;

    @Inject
    public EventsResource(ReportEventUseCase intake, ReceiveHotlineOrderUseCase hotline, HandleEventUseCase handling,
                          SummonsUseCase summonses, MergeEventsUseCase merging, EventQuery events, Caller caller,
                          Disclosures disclosures) {
        this.intake = intake;
        this.hotline = hotline;
        this.handling = handling;
        this.summonses = summonses;
        this.merging = merging;
        this.events = events;
        this.caller = caller;
        this.disclosures = disclosures;
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "INTEGRATOR"})
    public Response reportEvent(NewEventJson request, String idempotencyKey) {
        // Idempotency-Key is handled for every create by IdempotencyFilter.
        Requests.required(request, "the event to report");
        EventIntake what = Fields.renaming(FIELDS, () -> intakeOf(request));
        var reported = Fields.renaming(FIELDS, () -> intake.report(caller.actor(), new ReportEventUseCase.ReportEventCommand(what)));
        GridEventView event = reported.event();
        return Response.created(URI.create("/api/v1/events/" + event.id()))
                .tag(ETags.of(event.version()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Models.reported(reported))
                .build();
    }

    @Override
    @RolesAllowed({"INTEGRATOR"})
    public Response receiveHotlineWorkOrder(HotlineWorkOrderJson request) {
        Requests.required(request, "the work order");
        HotlineWorkOrder order = Fields.renaming(HOTLINE_FIELDS, () -> hotlineOrderOf(request));
        var received = Fields.renaming(HOTLINE_FIELDS, () -> hotline.receive(caller.actor(),
                new ReceiveHotlineOrderUseCase.ReceiveHotlineOrderCommand(order)));
        GridEventView event = received.event();
        // A repeat answers 200 with the event as it stands: the hotline learns it had sent this order before.
        return Response.status(received.repeated() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create("/api/v1/events/" + event.id()))
                .tag(ETags.of(event.version()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new HotlineWorkOrderReceivedJson(received.orderId(), Models.event(event),
                        Models.timelineEntry(received.change().timelineEntry()), received.repeated()))
                .build();
    }

    private static HotlineWorkOrder hotlineOrderOf(HotlineWorkOrderJson request) {
        GridCode grid = request.getGridCode() == null ? null : Fields.as("gridCode", () -> GridCode.parse(request.getGridCode()));
        Reporter caller = null;
        if (request.getCaller() != null) {
            Optional<PhoneNumber> phone = Optional.ofNullable(request.getCaller().getPhone())
                    .map(text -> Fields.as("caller.phone", () -> PhoneNumber.parse(text)));
            caller = new Reporter(request.getCaller().getName(), phone);
        }
        return new HotlineWorkOrder(request.getOrderId(), Models.as(HotlineChannel.class, request.getChannel()), caller, grid,
                GeoJson.position(request.getLocation(), "location"), request.getText(),
                Models.as(EventCategory.class, request.getCategory()),
                request.getDeadline() == null ? null : request.getDeadline().toInstant());
    }

    private static EventIntake intakeOf(NewEventJson request) {
        GridCode grid = Fields.as("gridCode", () -> GridCode.parse(request.getGridCode()));
        Reporter reporter = null;
        if (request.getReporter() != null) {
            Optional<PhoneNumber> phone = Optional.ofNullable(request.getReporter().getPhone())
                    .map(text -> Fields.as("reporter.phone", () -> PhoneNumber.parse(text)));
            reporter = new Reporter(request.getReporter().getName(), phone);
        }
        List<Attachment> attachments = new ArrayList<>();
        var given = request.getAttachments() == null ? List.<AttachmentJson>of() : request.getAttachments();
        for (int i = 0; i < given.size(); i++) {
            var a = given.get(i);
            String at = "attachments[" + i + "]";
            if (a == null) {
                throw new InvalidValueException(at, "an attachment is an object with fileName, mediaType, sizeBytes and sha256");
            }
            attachments.add(Fields.renaming(Map.of("attachments", at), () -> new Attachment(a.getFileName(), a.getMediaType(),
                    a.getSizeBytes() == null ? 0 : a.getSizeBytes(), a.getSha256())));
        }
        return new EventIntake(grid, Models.as(EventCategory.class, request.getCategory()), request.getText(),
                Models.as(EventChannel.class, request.getChannel()), reporter, GeoJson.position(request.getLocation(), "location"),
                attachments);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    @SearchRateLimited
    public Response listEvents(String area, EventStateJson state, String grade,
                               EventCategoryJson category, OffsetDateTime reportedFrom,
                               OffsetDateTime reportedBefore, String cursor, Integer limit, String accessPurpose) {
        EventFilter filter = new EventFilter(area(area), Optional.ofNullable(Models.as(EventState.class, state)),
                Optional.ofNullable(grade), Optional.ofNullable(Models.as(EventCategory.class, category)),
                Optional.ofNullable(reportedFrom).map(OffsetDateTime::toInstant),
                Optional.ofNullable(reportedBefore).map(OffsetDateTime::toInstant));
        String list = "events|" + filter;
        Slice<GridEventView> page = events.events(caller.actor(), filter, Cursors.request(list, cursor, limit));
        return eventPage(list, page, "events in " + filter.within(), accessPurpose);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listOverdueEvents(String area, String cursor, Integer limit, String accessPurpose) {
        AreaCode within = area(area);
        String list = "overdue-events|" + within.value();
        Slice<GridEventView> page = events.overdue(caller.actor(), within, Cursors.request(list, cursor, limit));
        return eventPage(list, page, "overdue events in " + within, accessPurpose);
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getEvent(UUID eventId, String accessPurpose) {
        GridEventView event = events.event(caller.actor(), new GridEventId(eventId));
        disclosures.shown("event", List.of(event.id().toString()), accessPurpose);
        return Response.ok(Models.event(event)).tag(ETags.of(event.version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getEventTimeline(UUID eventId) {
        var entries = events.timeline(caller.actor(), new GridEventId(eventId)).stream().map(Models::timelineEntry).toList();
        return Response.ok(new TimelineJson(entries)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response acceptEvent(UUID eventId, String ifMatch, AcceptEventRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        String remark = request == null ? null : request.getRemark();
        return changed(() -> handling.accept(caller.actor(), new HandleEventUseCase.AcceptEventCommand(id(eventId), version, remark)));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response rejectEvent(UUID eventId, String ifMatch, RejectEventRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the reason for the rejection");
        return changed(() -> handling.reject(caller.actor(), new HandleEventUseCase.RejectEventCommand(id(eventId), version,
                request.getReason())));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "COMMUNITY_STAFF"})
    public Response callEvent(UUID eventId, String ifMatch, CallEventRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        String remark = request == null ? null : request.getRemark();
        return changed(() -> handling.call(caller.actor(), new HandleEventUseCase.CallEventCommand(id(eventId), version, remark)));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER"})
    public Response dispatchEvent(UUID eventId, String ifMatch, DispatchEventRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the departments to dispatch to");
        List<DepartmentCode> departments = departments(request.getDepartments());
        return changed(() -> handling.dispatch(caller.actor(), new HandleEventUseCase.DispatchEventCommand(id(eventId), version,
                departments, request.getRemark())));
    }

    @Override
    @RolesAllowed({"DEPARTMENT"})
    public Response startEventHandling(UUID eventId, String ifMatch, StartEventHandlingRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the department that takes the event in hand");
        DepartmentCode department = department(request.getDepartment(), "department");
        return changed(() -> handling.startHandling(caller.actor(), new HandleEventUseCase.StartHandlingCommand(id(eventId),
                version, department)));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT"})
    public Response resolveEvent(UUID eventId, String ifMatch, ResolveEventRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "how the event was resolved");
        return changed(() -> handling.resolve(caller.actor(), new HandleEventUseCase.ResolveEventCommand(id(eventId), version,
                request.getResolution())));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "INTEGRATOR"})
    public Response recordEventVerdict(UUID eventId, String ifMatch, VerdictRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the reporter's satisfaction");
        int satisfaction = Requests.number(request.getSatisfaction(), "satisfaction");
        return changed(() -> handling.recordVerdict(caller.actor(), new HandleEventUseCase.RecordVerdictCommand(id(eventId),
                version, satisfaction, request.getComment())));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response mergeEvent(UUID eventId, String ifMatch, MergeEventRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the event this one repeats");
        GridEventId original = request.getOriginal() == null ? null : new GridEventId(request.getOriginal());
        return changed(() -> merging.merge(caller.actor(), new MergeEventsUseCase.MergeEventsCommand(id(eventId), version, original)));
    }

    @Override
    @RolesAllowed({"STREET_OFFICER"})
    public Response summonDepartments(UUID eventId, String ifMatch, SummonsRequestJson request, String idempotencyKey) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the departments to summon and within how long they report");
        List<DepartmentCode> departments = departments(request.getDepartments());
        ReportWithin within = request.getWithin() == null ? null : new ReportWithin(
                Requests.number(request.getWithin().getAmount(), "within.amount"),
                Models.as(ReportWithin.Unit.class, request.getWithin().getUnit()));
        EventChanged changed = Fields.renaming(FIELDS, () -> summonses.summon(caller.actor(),
                new SummonsUseCase.SummonDepartmentsCommand(id(eventId), version, departments, within)));
        SummonsId summons = ((GridEventChange.Summoned) changed.change()).summons();
        return Response.created(URI.create("/api/v1/events/" + eventId + "/summonses/" + summons))
                .tag(ETags.of(changed.event().version()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Models.change(changed))
                .build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getSummons(UUID eventId, UUID summonsId) {
        GridEventView event = events.event(caller.actor(), new GridEventId(eventId));
        var summons = event.summonses().stream().filter(s -> s.id().value().equals(summonsId)).findFirst()
                .orElseThrow(() -> new NotFoundException("summons", summonsId + " of event " + eventId));
        return Response.ok(Models.summons(summons)).tag(ETags.of(event.version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"DEPARTMENT"})
    public Response reportToSummons(UUID eventId, UUID summonsId, String ifMatch, SummonsReportRequestJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the department's report");
        DepartmentCode department = department(request.getDepartment(), "department");
        return changed(() -> summonses.report(caller.actor(), new SummonsUseCase.ReportToSummonsCommand(id(eventId), version,
                new SummonsId(summonsId), department, Models.as(AnswerKind.class, request.getKind()), request.getNote())));
    }

    private static Response changed(Supplier<EventChanged> command) {
        EventChanged changed = Fields.renaming(FIELDS, command);
        return Response.ok(Models.change(changed)).tag(ETags.of(changed.event().version()))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private AreaCode area(String area) {
        return area == null ? caller.actor().jurisdiction() : Fields.as("area", () -> AreaCode.of(area));
    }

    private static GridEventId id(UUID eventId) {
        return new GridEventId(eventId);
    }

    private static List<DepartmentCode> departments(List<String> codes) {
        if (codes == null) {
            return null;
        }
        List<DepartmentCode> departments = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            departments.add(department(codes.get(i), "departments[" + i + "]"));
        }
        return departments;
    }

    private static DepartmentCode department(String code, String field) {
        return code == null ? null : Fields.as(field, () -> DepartmentCode.of(code));
    }

    /** A page of events shows each one's reporter. */
    private Response eventPage(String list, Slice<GridEventView> slice, String what, String accessPurpose) {
        disclosures.shown(what, slice.items().stream().map(e -> e.id().toString()).toList(), accessPurpose);
        EventPageJson page = new EventPageJson(slice.items().stream().map(Models::event).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
