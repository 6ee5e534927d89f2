package org.shizhi.adapters.rest.consultation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.shizhi.adapters.rest.api.ConsultationApi;
import org.shizhi.adapters.rest.http.Caller;
import org.shizhi.adapters.rest.http.Cursors;
import org.shizhi.adapters.rest.http.Disclosures;
import org.shizhi.adapters.rest.http.ETags;
import org.shizhi.adapters.rest.http.Fields;
import org.shizhi.adapters.rest.http.Models;
import org.shizhi.adapters.rest.http.PublicReadLimit;
import org.shizhi.adapters.rest.http.Requests;
import org.shizhi.adapters.rest.model.CouncilKindJson;
import org.shizhi.adapters.rest.model.CouncilMeetingPageJson;
import org.shizhi.adapters.rest.model.CouncilPageJson;
import org.shizhi.adapters.rest.model.CouncilTopicPageJson;
import org.shizhi.adapters.rest.model.DisclosureBoardPageJson;
import org.shizhi.adapters.rest.model.DisclosureItemPageJson;
import org.shizhi.adapters.rest.model.DisposalRefJson;
import org.shizhi.adapters.rest.model.LateDisposalPageJson;
import org.shizhi.adapters.rest.model.NewCouncilJson;
import org.shizhi.adapters.rest.model.NewCouncilMeetingJson;
import org.shizhi.adapters.rest.model.NewCouncilMemberJson;
import org.shizhi.adapters.rest.model.NewCouncilTopicJson;
import org.shizhi.adapters.rest.model.NewDecisionJson;
import org.shizhi.adapters.rest.model.NewDisclosureBoardJson;
import org.shizhi.adapters.rest.model.NewDisclosureItemJson;
import org.shizhi.adapters.rest.model.NewDisposalJson;
import org.shizhi.adapters.rest.model.NewFeedbackJson;
import org.shizhi.adapters.rest.model.NewMitigationApprovalJson;
import org.shizhi.adapters.rest.model.NewOpinionJson;
import org.shizhi.adapters.rest.model.NewProposalJson;
import org.shizhi.adapters.rest.model.NewStabilityRiskAssessmentJson;
import org.shizhi.adapters.rest.model.NewVillageAssetJson;
import org.shizhi.adapters.rest.model.NewVoteJson;
import org.shizhi.adapters.rest.model.PublicDisclosurePageJson;
import org.shizhi.adapters.rest.model.StabilityRiskJson;
import org.shizhi.adapters.rest.model.VillageAssetPageJson;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.AssetKind;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureCategory;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.DisposalKind;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingId;
import org.shizhi.domain.consultation.model.MeetingMode;
import org.shizhi.domain.consultation.model.Member;
import org.shizhi.domain.consultation.model.QuorumRule;
import org.shizhi.domain.consultation.model.Risk;
import org.shizhi.domain.consultation.model.RiskScores;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.StabilityRiskLevel;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.consultation.port.in.AssessmentView;
import org.shizhi.domain.consultation.port.in.ConsultationFiguresQuery;
import org.shizhi.domain.consultation.port.in.ConsultationQuery;
import org.shizhi.domain.consultation.port.in.ConsultationReportsQuery;
import org.shizhi.domain.consultation.port.in.CouncilUseCase;
import org.shizhi.domain.consultation.port.in.CouncilView;
import org.shizhi.domain.consultation.port.in.DisclosureUseCase;
import org.shizhi.domain.consultation.port.in.PublicDisclosureQuery;
import org.shizhi.domain.consultation.port.in.StabilityRiskUseCase;
import org.shizhi.domain.consultation.port.in.TopicUseCase;
import org.shizhi.domain.consultation.port.in.TopicView;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Slice;

/**
 * The consultation context over HTTP: councils and their meetings, topics from raising to closing with feedback (each
 * step a POST naming the version in {@code If-Match}), stability-risk assessments, disclosure boards, items and the
 * village ledger, the reports, and the public view of a board, the one operation without a token. A refusal names
 * the request's field and nothing is written. A read showing members' or speakers' names in clear is audited first.
 */
@Path("/")
@ApplicationScoped
public class ConsultationResource implements ConsultationApi {

    private static final Map<String, String> VERSION = ETags.VERSION_FIELDS;

    private final CouncilUseCase councils;
    private final TopicUseCase topics;
    private final StabilityRiskUseCase risks;
    private final DisclosureUseCase disclosure;
    private final ConsultationQuery query;
    private final ConsultationReportsQuery reports;
    private final ConsultationFiguresQuery figures;
    private final PublicDisclosureQuery publicView;
    private final PublicReadLimit publicLimit;
    private final Disclosures audit;
    private final Caller caller;

    @Inject
    public ConsultationResource(CouncilUseCase councils, TopicUseCase topics, StabilityRiskUseCase risks, DisclosureUseCase disclosure,
                                ConsultationQuery query, ConsultationReportsQuery reports, ConsultationFiguresQuery figures,
                                PublicDisclosureQuery publicView, PublicReadLimit publicLimit, Disclosures audit, Caller caller) {
        this.councils = councils;
        this.topics = topics;
        this.risks = risks;
        this.disclosure = disclosure;
        this.query = query;
        this.reports = reports;
        this.figures = figures;
        this.publicView = publicView;
        this.publicLimit = publicLimit;
        this.audit = audit;
        this.caller = caller;
    }

    // Councils and meetings

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response formCouncil(NewCouncilJson request, String idempotencyKey) {
        Requests.required(request, "the council to form");
        AreaCode area = request.getAreaCode() == null ? null : Fields.as("areaCode", () -> AreaCode.of(request.getAreaCode()));
        List<Member> members = new ArrayList<>();
        List<NewCouncilMemberJson> given = request.getMembers() == null ? List.of() : request.getMembers();
        for (int i = 0; i < given.size(); i++) {
            members.add(member(present(given.get(i), "members[" + i + "]"), "members[" + i + "]"));
        }
        QuorumRule quorum = request.getQuorum() == null ? null : new QuorumRule(
                Requests.number(request.getQuorum().getAttendanceNumerator(), "quorum.attendanceNumerator"),
                Requests.number(request.getQuorum().getAttendanceDenominator(), "quorum.attendanceDenominator"));
        Council.Charter charter = Fields.renaming(Map.of("area", "areaCode"), () -> new Council.Charter(area, Models.as(CouncilKind.class, request.getKind()), request.getName(), quorum, members));
        CouncilView formed = Fields.renaming(Map.of("area", "areaCode"), () -> councils.form(caller.actor(), charter));
        return Response.created(URI.create("/api/v1/councils/" + formed.council().id())).tag(ETags.of(formed.council().version()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(councilShown(formed)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getCouncil(UUID councilId) {
        CouncilView view = query.council(caller.actor(), new CouncilId(councilId));
        return Response.ok(councilShown(view)).tag(ETags.of(view.council().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "CITY_ADMIN", "INTEGRATOR"})
    public Response appointCouncilMember(UUID councilId, String ifMatch, NewCouncilMemberJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the member to appoint");
        Member member = member(request, null);
        CouncilView view = Fields.renaming(VERSION, () -> councils.appoint(caller.actor(),
                new CouncilUseCase.Appoint(new CouncilId(councilId), version, member)));
        return Response.ok(councilShown(view)).tag(ETags.of(view.council().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listCouncils(String code, CouncilKindJson kind, String cursor, Integer limit) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        Optional<CouncilKind> of = Optional.ofNullable(kind).map(k -> Models.as(CouncilKind.class, k));
        String list = "councils|" + area.value() + "|" + of.map(Enum::name).orElse("");
        Slice<CouncilView> slice = query.councils(caller.actor(), area, of, Cursors.request(list, cursor, limit));
        List<String> shownClear = slice.items().stream().filter(v -> v.members().stream().anyMatch(m -> !m.masked()))
                .map(v -> v.council().id().toString()).toList();
        if (!shownClear.isEmpty()) {
            audit.shown("council members of " + area, shownClear, null);
        }
        CouncilPageJson page = new CouncilPageJson().items(slice.items().stream().map(ConsultationModels::council).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "STREET_OFFICER", "INTEGRATOR"})
    public Response holdCouncilMeeting(UUID councilId, NewCouncilMeetingJson request, String idempotencyKey) {
        Requests.required(request, "the meeting held");
        Meeting meeting = councils.hold(caller.actor(), new CouncilUseCase.Hold(new CouncilId(councilId),
                Models.as(MeetingMode.class, request.getMode()), request.getHeldOn(), request.getVenue(),
                Requests.number(request.getAttendance(), "attendance")));
        return Response.created(URI.create("/api/v1/councils/" + councilId + "/meetings"))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ConsultationModels.meeting(meeting)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listCouncilMeetings(UUID councilId, String cursor, Integer limit) {
        String list = "council-meetings|" + councilId;
        Slice<Meeting> slice = query.meetings(caller.actor(), new CouncilId(councilId), Cursors.request(list, cursor, limit));
        CouncilMeetingPageJson page = new CouncilMeetingPageJson().items(slice.items().stream().map(ConsultationModels::meeting).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Topics

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "STREET_OFFICER", "INTEGRATOR"})
    public Response raiseCouncilTopic(NewCouncilTopicJson request, String idempotencyKey) {
        Requests.required(request, "the topic to raise");
        Topic.Raise raise = new Topic.Raise(Optional.ofNullable(request.getMeetingId()).map(MeetingId::new).orElse(null),
                request.getTitle(), request.getDescription(), Boolean.TRUE.equals(request.getMajor()));
        TopicView raised = topics.raise(caller.actor(), raise);
        return Response.created(URI.create("/api/v1/council-topics/" + raised.topic().id())).tag(ETags.of(raised.topic().version()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(topicShown(raised)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getCouncilTopic(UUID topicId) {
        TopicView view = query.topic(caller.actor(), new TopicId(topicId));
        return topicAnswer(view);
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "STREET_OFFICER", "INTEGRATOR"})
    public Response hearOpinion(UUID topicId, String ifMatch, NewOpinionJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the opinion heard");
        return changed(() -> topics.hear(caller.actor(), new TopicUseCase.Hear(new TopicId(topicId), version, request.getSpeaker(),
                request.getCapacity(), request.getContent())));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "STREET_OFFICER", "INTEGRATOR"})
    public Response proposeOnTopic(UUID topicId, String ifMatch, NewProposalJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the proposal");
        return changed(() -> topics.propose(caller.actor(), new TopicUseCase.Propose(new TopicId(topicId), version, request.getText())));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "STREET_OFFICER", "INTEGRATOR"})
    public Response voteOnProposal(UUID topicId, String ifMatch, NewVoteJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the vote");
        TopicUseCase.CastVote vote = new TopicUseCase.CastVote(new TopicId(topicId), version,
                Requests.number(request.getProposal(), "proposal"), Requests.number(request.getPresent(), "present"),
                Requests.number(request.getInFavour(), "inFavour"), Requests.number(request.getAgainst(), "against"),
                Requests.number(request.getAbstaining(), "abstaining"));
        return changed(() -> topics.vote(caller.actor(), vote));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER"})
    public Response decideTopic(UUID topicId, String ifMatch, NewDecisionJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the decision");
        TopicUseCase.Decide decide = new TopicUseCase.Decide(new TopicId(topicId), version,
                Requests.number(request.getProposal(), "proposal"), request.getText());
        return changed(() -> topics.decide(caller.actor(), decide));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "STREET_OFFICER", "INTEGRATOR"})
    public Response publishTopicFeedback(UUID topicId, String ifMatch, NewFeedbackJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the feedback");
        return changed(() -> topics.publishFeedback(caller.actor(), new TopicUseCase.PublishFeedback(new TopicId(topicId), version,
                request.getText(), request.getChannel())));
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "GRID_WORKER", "STREET_OFFICER", "INTEGRATOR"})
    public Response closeCouncilTopic(UUID topicId, String ifMatch) {
        long version = ETags.expectedVersion(ifMatch);
        return changed(() -> topics.close(caller.actor(), new TopicUseCase.Target(new TopicId(topicId), version)));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listCouncilTopics(String code, String cursor, Integer limit) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        return topicPage("council-topics|" + area.value(), "topics in " + area, cursor, limit, page -> query.topics(caller.actor(), area, page));
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listTopicsAwaitingFeedback(String code, String cursor, Integer limit) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        return topicPage("topics-awaiting-feedback|" + area.value(), "topics awaiting feedback in " + area, cursor, limit,
                page -> query.topicsAwaitingFeedback(caller.actor(), area, page));
    }

    /** A page of topics; the speakers' names shown clear are audited. */
    private Response topicPage(String list, String what, String cursor, Integer limit,
                               Function<PageRequest, Slice<TopicView>> read) {
        Slice<TopicView> slice = read.apply(Cursors.request(list, cursor, limit));
        List<String> shownClear = slice.items().stream().filter(v -> !v.masked() && !v.opinions().isEmpty())
                .map(v -> v.topic().id().toString()).toList();
        if (!shownClear.isEmpty()) {
            audit.shown(what, shownClear, null);
        }
        CouncilTopicPageJson page = new CouncilTopicPageJson().items(slice.items().stream().map(ConsultationModels::topic).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response changed(Supplier<TopicView> change) {
        return topicAnswer(Fields.renaming(VERSION, change));
    }

    private Response topicAnswer(TopicView view) {
        return Response.ok(topicShown(view)).tag(ETags.of(view.topic().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Stability-risk assessment

    @Override
    @RolesAllowed({"STREET_OFFICER", "CITY_ADMIN"})
    public Response assessStabilityRisk(NewStabilityRiskAssessmentJson request, String idempotencyKey) {
        Requests.required(request, "the assessment");
        RiskScores scores = request.getScores() == null ? null : new RiskScores(
                Requests.number(request.getScores().getLegality(), "scores.legality"),
                Requests.number(request.getScores().getReasonableness(), "scores.reasonableness"),
                Requests.number(request.getScores().getFeasibility(), "scores.feasibility"),
                Requests.number(request.getScores().getControllability(), "scores.controllability"));
        List<Risk> found = new ArrayList<>();
        List<StabilityRiskJson> given = request.getRisks() == null ? List.of() : request.getRisks();
        for (int i = 0; i < given.size(); i++) {
            StabilityRiskJson r = present(given.get(i), "risks[" + i + "]");
            found.add(item("risks[" + i + "]", () -> new Risk(r.getDescription(), r.getMitigation())));
        }
        StabilityRiskAssessment.Findings findings = new StabilityRiskAssessment.Findings(
                Optional.ofNullable(request.getTopicId()).map(TopicId::new).orElse(null), request.getSubject(), scores, found,
                request.getOpinionsGathered(), Models.as(StabilityRiskLevel.class, request.getLevel()));
        AssessmentView assessed = risks.assess(caller.actor(), findings);
        return Response.created(URI.create("/api/v1/stability-risk-assessments/" + assessed.assessment().id()))
                .tag(ETags.of(assessed.assessment().version())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ConsultationModels.assessment(assessed)).build();
    }

    @Override
    @RolesAllowed({"STREET_OFFICER", "COMMUNITY_STAFF", "CITY_ADMIN", "AUDITOR"})
    public Response getStabilityRiskAssessment(UUID assessmentId) {
        return assessmentAnswer(query.assessment(caller.actor(), new AssessmentId(assessmentId)));
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER"})
    public Response approveStabilityRiskMitigation(UUID assessmentId, String ifMatch, NewMitigationApprovalJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the mitigation plan and its approver");
        return assessmentAnswer(Fields.renaming(VERSION, () -> risks.approveMitigation(caller.actor(),
                new StabilityRiskUseCase.ApproveMitigation(new AssessmentId(assessmentId), version, request.getMitigationPlan(),
                        request.getApprover()))));
    }

    /** An assessment as read: the approver's name shown clear is audited. */
    private Response assessmentAnswer(AssessmentView a) {
        if (!a.masked() && a.approver().isPresent()) {
            audit.shown("stability-risk assessment approver", List.of(a.assessment().id().toString()), null);
        }
        return Response.ok(ConsultationModels.assessment(a)).tag(ETags.of(a.assessment().version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Public disclosure and the village ledger

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response openDisclosureBoard(String code, NewDisclosureBoardJson request) {
        Requests.required(request, "the board");
        AreaCode community = Fields.as("code", () -> AreaCode.of(code));
        DisclosureBoard board = Fields.renaming(Map.of("community", "code"),
                () -> disclosure.openBoard(caller.actor(), new DisclosureBoard(community, request.getName(), request.getOpenedOn())));
        return Response.ok(ConsultationModels.board(board)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response publishDisclosure(String code, NewDisclosureItemJson request, String idempotencyKey) {
        Requests.required(request, "the item to publish");
        AreaCode community = Fields.as("code", () -> AreaCode.of(code));
        List<DisposalRef> refs = new ArrayList<>();
        List<DisposalRefJson> given = request.getDisposals() == null ? List.of() : request.getDisposals();
        for (int i = 0; i < given.size(); i++) {
            DisposalRefJson d = present(given.get(i), "disposals[" + i + "]");
            refs.add(item("disposals[" + i + "]", () -> new DisposalRef(Optional.ofNullable(d.getAssetId()).map(AssetId::new).orElse(null),
                    Requests.number(d.getSeq(), "seq"))));
        }
        YearMonth period = month("period", request.getPeriod()).orElse(null);
        DisclosureItem item = Fields.renaming(Map.of("community", "code"), () -> disclosure.publish(caller.actor(),
                new DisclosureItem.Draft(community, Models.as(DisclosureCategory.class, request.getCategory()), period,
                        request.getTitle(), request.getContent(), refs)));
        return Response.created(URI.create("/api/v1/communities/" + community.value() + "/disclosures"))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ConsultationModels.item(item)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listDisclosures(String code, String period, String cursor, Integer limit) {
        AreaCode community = Fields.as("code", () -> AreaCode.of(code));
        Optional<YearMonth> month = month("period", period);
        String list = "disclosures|" + community.value() + "|" + month.map(YearMonth::toString).orElse("");
        Slice<DisclosureItem> slice = Fields.renaming(Map.of("community", "code"),
                () -> query.disclosures(caller.actor(), community, month, Cursors.request(list, cursor, limit)));
        DisclosureItemPageJson page = new DisclosureItemPageJson().items(slice.items().stream().map(ConsultationModels::item).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Anyone's read. MP-JWT makes every JAX-RS method of the application require a token, so the request gate hands this
     * path to {@link PublicDisclosureService}, a plain web-server route; this method answers the same should it be
     * reached, and keeps the generated interface whole.
     */
    @Override
    @PermitAll
    public Response readPublicDisclosures(String code, String period, String cursor, Integer limit) {
        publicLimit.take();
        return Response.ok(publicPage(publicView, code, period, cursor, limit)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The public view's page: no actor, at most {@link PublicDisclosureQuery#MAX_PAGE} items, nothing personal. */
    static PublicDisclosurePageJson publicPage(PublicDisclosureQuery publicView, String code, String period, String cursor, Integer limit) {
        AreaCode community = Fields.as("code", () -> AreaCode.of(code));
        Optional<YearMonth> month = month("period", period);
        String list = "public-disclosures|" + community.value() + "|" + month.map(YearMonth::toString).orElse("");
        if (limit != null && (limit < 1 || limit > PublicDisclosureQuery.MAX_PAGE)) {
            throw new InvalidValueException("limit", "the public view gives 1 to " + PublicDisclosureQuery.MAX_PAGE + " items a page, got " + limit);
        }
        PageRequest request = new PageRequest(Cursors.decode(list, cursor), limit == null ? Cursors.DEFAULT_LIMIT : limit);
        PublicDisclosureQuery.PublicBoard board = Fields.renaming(Map.of("community", "code"),
                () -> publicView.publicBoard(community, month, request));
        PublicDisclosurePageJson page = new PublicDisclosurePageJson().communityCode(board.board().community().value())
                .boardName(board.board().name()).items(board.items().items().stream().map(ConsultationModels::item).toList());
        Cursors.next(list, board.items().next()).ifPresent(page::setNextCursor);
        return page;
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response registerVillageAsset(String code, NewVillageAssetJson request, String idempotencyKey) {
        Requests.required(request, "the asset to register");
        AreaCode community = Fields.as("code", () -> AreaCode.of(code));
        VillageAsset asset = Fields.renaming(Map.of("community", "code"), () -> disclosure.registerAsset(caller.actor(),
                new VillageAsset.Entry(community, Models.as(AssetKind.class, request.getKind()), request.getName(), request.getValue())));
        return Response.created(URI.create("/api/v1/village-assets/" + asset.id())).tag(ETags.of(asset.version()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(ConsultationModels.asset(asset)).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response listVillageAssets(String code, String cursor, Integer limit) {
        AreaCode community = Fields.as("code", () -> AreaCode.of(code));
        String list = "village-assets|" + community.value();
        Slice<VillageAsset> slice = Fields.renaming(Map.of("community", "code"),
                () -> query.assets(caller.actor(), community, Cursors.request(list, cursor, limit)));
        VillageAssetPageJson page = new VillageAssetPageJson().items(slice.items().stream().map(ConsultationModels::asset).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"GRID_WORKER", "COMMUNITY_STAFF", "STREET_OFFICER", "DEPARTMENT", "MEDIATOR", "CITY_ADMIN", "AUDITOR", "INTEGRATOR"})
    public Response getVillageAsset(UUID assetId) {
        VillageAsset asset = query.asset(caller.actor(), new AssetId(assetId));
        return Response.ok(ConsultationModels.asset(asset)).tag(ETags.of(asset.version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"COMMUNITY_STAFF", "STREET_OFFICER", "INTEGRATOR"})
    public Response recordDisposal(UUID assetId, String ifMatch, NewDisposalJson request) {
        long version = ETags.expectedVersion(ifMatch);
        Requests.required(request, "the disposal");
        VillageAsset asset = Fields.renaming(VERSION, () -> disclosure.dispose(caller.actor(), new DisclosureUseCase.Dispose(
                new AssetId(assetId), version, Models.as(DisposalKind.class, request.getKind()), request.getDescription(),
                request.getAmount(), request.getDisposedOn())));
        return Response.ok(ConsultationModels.asset(asset)).tag(ETags.of(asset.version())).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Reports and figures

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response listSilentDisclosureBoards(String code, String period, String cursor, Integer limit) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        YearMonth month = month("period", period).orElseThrow(() -> new InvalidValueException("period", "the month is required, as 2025-09"));
        String list = "silent-boards|" + area.value() + "|" + month;
        Slice<DisclosureBoard> slice = reports.silentBoards(caller.actor(), area, month, Cursors.request(list, cursor, limit));
        DisclosureBoardPageJson page = new DisclosureBoardPageJson().items(slice.items().stream().map(ConsultationModels::board).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response listLateDisposals(String code, Integer days, String cursor, Integer limit) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        int within = days == null ? 30 : days;
        String list = "late-disposals|" + area.value() + "|" + within;
        var slice = reports.lateDisposals(caller.actor(), area, within, Cursors.request(list, cursor, limit));
        LateDisposalPageJson page = new LateDisposalPageJson().items(slice.items().stream().map(ConsultationModels::late).toList());
        Cursors.next(list, slice.next()).ifPresent(page::setNextCursor);
        return Response.ok(page).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({"CITY_ADMIN", "STREET_OFFICER", "AUDITOR", "INTEGRATOR"})
    public Response getConsultationFigures(String code, LocalDate from, LocalDate to) {
        AreaCode area = Fields.as("code", () -> AreaCode.of(code));
        return Response.ok(ConsultationModels.figures(figures.figures(caller.actor(), area, from, to)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    // Mapping

    private static Member member(NewCouncilMemberJson m, String at) {
        Supplier<Member> build = () -> new Member(m.getName(),
                Optional.ofNullable(m.getPhone()).map(t -> Fields.as("phone", () -> PhoneNumber.parse(t))),
                m.getCapacity(), m.getTermFrom(), m.getTermTo());
        return at == null ? build.get() : Fields.at(at, build);
    }

    /** A list element the body gave as {@code null} is refused by its place in the list. */
    private static <T> T present(T element, String field) {
        if (element == null) {
            throw new InvalidValueException(field, field + " is required; a list holds no null");
        }
        return element;
    }

    /** The refusal is about a field of the list element at {@code prefix}: {@code risks[0].mitigation}. */
    private static <T> T item(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidValueException e) {
            String field = e.field().map(f -> prefix + "." + f.substring(f.lastIndexOf('.') + 1)).orElse(prefix);
            throw new InvalidValueException(field, e.getMessage());
        }
    }

    private static Optional<YearMonth> month(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YearMonth.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "a month is written as 2025-09, got '" + text + "'");
        }
    }

    /** A council as this caller sees it; the read is audited when the members show in clear. */
    private Object councilShown(CouncilView view) {
        if (view.members().stream().anyMatch(m -> !m.masked())) {
            audit.shown("council members", List.of(view.council().id().toString()), null);
        }
        return ConsultationModels.council(view);
    }

    private Object topicShown(TopicView view) {
        if (!view.masked() && !view.opinions().isEmpty()) {
            audit.shown("topic speakers", List.of(view.topic().id().toString()), null);
        }
        return ConsultationModels.topic(view);
    }
}
