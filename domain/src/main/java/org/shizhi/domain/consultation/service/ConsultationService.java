package org.shizhi.domain.consultation.service;

import static org.shizhi.domain.shared.StaleVersionException.requireVersion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.ConsultationFigures;
import org.shizhi.domain.consultation.model.Council;
import org.shizhi.domain.consultation.model.CouncilId;
import org.shizhi.domain.consultation.model.CouncilKind;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureId;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.consultation.model.Meeting;
import org.shizhi.domain.consultation.model.MeetingId;
import org.shizhi.domain.consultation.model.Opinion;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.Topic;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.consultation.model.Vote;
import org.shizhi.domain.consultation.port.in.AssessmentView;
import org.shizhi.domain.consultation.port.in.ConsultationFiguresQuery;
import org.shizhi.domain.consultation.port.in.ConsultationQuery;
import org.shizhi.domain.consultation.port.in.ConsultationReportsQuery;
import org.shizhi.domain.consultation.port.in.CouncilUseCase;
import org.shizhi.domain.consultation.port.in.CouncilView;
import org.shizhi.domain.consultation.port.in.DisclosureUseCase;
import org.shizhi.domain.consultation.port.in.MemberView;
import org.shizhi.domain.consultation.port.in.PublicDisclosureQuery;
import org.shizhi.domain.consultation.port.in.StabilityRiskUseCase;
import org.shizhi.domain.consultation.port.in.TopicUseCase;
import org.shizhi.domain.consultation.port.in.TopicView;
import org.shizhi.domain.consultation.port.out.CouncilRepository;
import org.shizhi.domain.consultation.port.out.DisclosureRepository;
import org.shizhi.domain.consultation.port.out.StabilityRiskRepository;
import org.shizhi.domain.consultation.port.out.TopicRepository;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;

/**
 * The consultation context: councils and their topics, stability-risk assessments, public disclosure and the village
 * ledger. Each change checks, in this order: the role (403), the record in the caller's jurisdiction (404), the
 * version (412), then the rule (409/400); only then is anything written. The public view of a board takes no actor
 * and shows nothing personal.
 */
public final class ConsultationService implements CouncilUseCase, TopicUseCase, StabilityRiskUseCase, DisclosureUseCase,
        ConsultationQuery, ConsultationReportsQuery, ConsultationFiguresQuery, PublicDisclosureQuery {

    /** The longest period the figures cover at once. */
    public static final int MAX_REPORT_DAYS = 3_660;
    /** The most days a late-disposal report may allow for disclosure. */
    public static final int MAX_DISCLOSURE_DAYS = 365;

    private final CouncilRepository councils;
    private final TopicRepository topics;
    private final StabilityRiskRepository assessments;
    private final DisclosureRepository disclosures;
    private final Clock clock;

    public ConsultationService(CouncilRepository councils, TopicRepository topics, StabilityRiskRepository assessments,
                               DisclosureRepository disclosures, Clock clock) {
        this.councils = Objects.requireNonNull(councils);
        this.topics = Objects.requireNonNull(topics);
        this.assessments = Objects.requireNonNull(assessments);
        this.disclosures = Objects.requireNonNull(disclosures);
        this.clock = Objects.requireNonNull(clock);
    }

    // Councils and meetings

    @Override
    public CouncilView form(Actor actor, Council.Charter charter) {
        actor.require(Permission.KEEP_COUNCILS);
        if (charter == null) {
            throw new InvalidValueException("council", "the council is required");
        }
        actor.requireJurisdiction(charter.area(), "area", charter.area());
        Council council = Council.form(CouncilId.random(), charter);
        councils.save(council);
        return view(actor, council);
    }

    @Override
    public CouncilView appoint(Actor actor, Appoint c) {
        actor.require(Permission.KEEP_COUNCILS);
        Council council = loadCouncil(actor, c.council());
        requireVersion("council " + c.council(), council.version(), c.expectedVersion());
        Council changed = council.appoint(c.member());
        councils.save(changed);
        return view(actor, changed);
    }

    @Override
    public Meeting hold(Actor actor, Hold c) {
        actor.require(Permission.HOLD_COUNCIL_MEETINGS);
        Council council = loadCouncil(actor, c.council());
        if (c.heldOn().isAfter(today())) {
            throw new InvalidValueException("heldOn", "a meeting is recorded once held; " + c.heldOn() + " lies in the future");
        }
        Meeting meeting = new Meeting(MeetingId.random(), council.id(), council.area(), c.mode(), c.heldOn(), c.venue(), c.attendance());
        councils.addMeeting(meeting);
        return meeting;
    }

    private Council loadCouncil(Actor actor, CouncilId id) {
        return councils.find(id).filter(x -> actor.answersFor(x.area())).orElseThrow(() -> new NotFoundException("council", id));
    }

    // Topics

    @Override
    public TopicView raise(Actor actor, Topic.Raise c) {
        actor.require(Permission.HOLD_COUNCIL_MEETINGS);
        if (c == null) {
            throw new InvalidValueException("topic", "the topic is required");
        }
        Meeting meeting = councils.meeting(c.meeting()).filter(m -> actor.answersFor(m.area()))
                .orElseThrow(() -> new NotFoundException("meeting", c.meeting()));
        Instant now = clock.instant();
        Topic topic = Topic.raise(TopicId.random(), meeting, c, now);
        topics.save(topic);
        return view(actor, topic, now);
    }

    @Override
    public TopicView hear(Actor actor, Hear c) {
        return changeTopic(actor, Permission.HOLD_COUNCIL_MEETINGS, c.topic(), c.expectedVersion(),
                (t, now) -> t.hear(c.speaker(), c.capacity(), c.content(), now));
    }

    @Override
    public TopicView propose(Actor actor, Propose c) {
        return changeTopic(actor, Permission.HOLD_COUNCIL_MEETINGS, c.topic(), c.expectedVersion(), (t, now) -> t.propose(c.text()));
    }

    @Override
    public TopicView vote(Actor actor, CastVote c) {
        return changeTopic(actor, Permission.HOLD_COUNCIL_MEETINGS, c.topic(), c.expectedVersion(), (t, now) -> {
            Council council = councils.find(t.council()).orElseThrow(() -> new NotFoundException("council", t.council()));
            Meeting meeting = councils.meeting(t.meeting()).orElseThrow(() -> new NotFoundException("meeting", t.meeting()));
            int serving = council.servingOn(meeting.heldOn()).size();
            if (serving == 0) {
                throw new ConflictException("council", "council " + council.id() + " has no member serving on "
                        + meeting.heldOn() + ": appoint its members before a vote");
            }
            if (c.present() > serving) {
                throw new InvalidValueException("present", c.present() + " present exceed the " + serving
                        + " members serving on " + meeting.heldOn());
            }
            return t.vote(c.proposal(), Vote.count(council.quorum(), serving, c.present(), c.inFavour(), c.against(),
                    c.abstaining(), now));
        });
    }

    @Override
    public TopicView decide(Actor actor, Decide c) {
        return changeTopic(actor, Permission.DECIDE_COUNCIL_TOPICS, c.topic(), c.expectedVersion(),
                (t, now) -> t.decide(c.proposal(), c.text(), t.major() ? assessments.latestFor(t.id()) : Optional.empty(), now));
    }

    @Override
    public TopicView publishFeedback(Actor actor, PublishFeedback c) {
        return changeTopic(actor, Permission.HOLD_COUNCIL_MEETINGS, c.topic(), c.expectedVersion(),
                (t, now) -> t.publishFeedback(c.text(), c.channel(), now));
    }

    @Override
    public TopicView close(Actor actor, Target c) {
        return changeTopic(actor, Permission.HOLD_COUNCIL_MEETINGS, c.topic(), c.expectedVersion(), (t, now) -> t.close(now));
    }

    private TopicView changeTopic(Actor actor, Permission permission, TopicId id, long expectedVersion,
                                  BiFunction<Topic, Instant, Topic> step) {
        actor.require(permission);
        Topic topic = loadTopic(actor, id);
        requireVersion("topic " + id, topic.version(), expectedVersion);
        Instant now = clock.instant();
        Topic changed = step.apply(topic, now);
        topics.save(changed);
        return view(actor, changed, now);
    }

    private Topic loadTopic(Actor actor, TopicId id) {
        return topics.find(id).filter(t -> actor.answersFor(t.area())).orElseThrow(() -> new NotFoundException("topic", id));
    }

    // Stability-risk assessment

    @Override
    public AssessmentView assess(Actor actor, StabilityRiskAssessment.Findings findings) {
        actor.require(Permission.ASSESS_STABILITY_RISK);
        if (findings == null) {
            throw new InvalidValueException("assessment", "the assessment is required");
        }
        Topic topic = topics.find(findings.topic()).filter(t -> actor.answersFor(t.area()))
                .orElseThrow(() -> new NotFoundException("topic", findings.topic()));
        if (!topic.major()) {
            throw new ConflictException("topicId", "topic " + topic.id() + " is not a major decision; it needs no stability-risk assessment");
        }
        if (topic.decision().isPresent() || topic.isClosed()) {
            throw new ConflictException("topicId", "topic " + topic.id() + " is decided already: the assessment comes before the decision");
        }
        StabilityRiskAssessment assessment = StabilityRiskAssessment.record(AssessmentId.random(), topic.area(), findings, clock.instant());
        assessments.save(assessment);
        return AssessmentView.of(assessment, shown(actor));
    }

    @Override
    public AssessmentView approveMitigation(Actor actor, ApproveMitigation c) {
        actor.require(Permission.APPROVE_STABILITY_RISK_PLAN);
        StabilityRiskAssessment a = loadAssessment(actor, c.assessment());
        requireVersion("assessment " + c.assessment(), a.version(), c.expectedVersion());
        StabilityRiskAssessment approved = a.approveMitigation(c.plan(), c.approver());
        assessments.save(approved);
        return AssessmentView.of(approved, shown(actor));
    }

    private StabilityRiskAssessment loadAssessment(Actor actor, AssessmentId id) {
        return assessments.find(id).filter(a -> actor.answersFor(a.area()))
                .orElseThrow(() -> new NotFoundException("assessment", id));
    }

    // Public disclosure and the village ledger

    @Override
    public DisclosureBoard openBoard(Actor actor, DisclosureBoard board) {
        actor.require(Permission.PUBLISH_DISCLOSURES);
        if (board == null) {
            throw new InvalidValueException("board", "the board is required");
        }
        actor.requireJurisdiction(board.community(), "community", board.community());
        disclosures.saveBoard(board);
        return board;
    }

    @Override
    public DisclosureItem publish(Actor actor, DisclosureItem.Draft draft) {
        actor.require(Permission.PUBLISH_DISCLOSURES);
        if (draft == null) {
            throw new InvalidValueException("item", "the item is required");
        }
        actor.requireJurisdiction(draft.community(), "community", draft.community());
        disclosures.board(draft.community()).orElseThrow(() -> new ConflictException("community",
                "community " + draft.community() + " has no disclosure board: open one before publishing"));
        for (DisposalRef ref : draft.disposals()) {
            VillageAsset asset = disclosures.asset(ref.asset()).filter(a -> a.community().equals(draft.community()))
                    .orElseThrow(() -> new InvalidValueException("disposals.assetId", "no asset " + ref.asset() + " in the ledger of " + draft.community()));
            if (ref.seq() > asset.disposals().size()) {
                throw new InvalidValueException("disposals.seq", "asset " + ref.asset() + " has disposals 1 to " + asset.disposals().size()
                        + ", not " + ref.seq());
            }
        }
        DisclosureItem item = DisclosureItem.publish(DisclosureId.random(), draft, today());
        disclosures.publish(item);
        return item;
    }

    @Override
    public VillageAsset registerAsset(Actor actor, VillageAsset.Entry entry) {
        actor.require(Permission.KEEP_VILLAGE_ASSETS);
        if (entry == null) {
            throw new InvalidValueException("asset", "the asset is required");
        }
        actor.requireJurisdiction(entry.community(), "community", entry.community());
        VillageAsset asset = VillageAsset.register(AssetId.random(), entry);
        disclosures.saveAsset(asset);
        return asset;
    }

    @Override
    public VillageAsset dispose(Actor actor, Dispose c) {
        actor.require(Permission.KEEP_VILLAGE_ASSETS);
        VillageAsset asset = loadAsset(actor, c.asset());
        requireVersion("asset " + c.asset(), asset.version(), c.expectedVersion());
        VillageAsset changed = asset.dispose(c.kind(), c.description(), c.amount(), c.disposedOn(), today());
        disclosures.saveAsset(changed);
        return changed;
    }

    private VillageAsset loadAsset(Actor actor, AssetId id) {
        return disclosures.asset(id).filter(a -> actor.answersFor(a.community())).orElseThrow(() -> new NotFoundException("asset", id));
    }

    // Reads

    @Override
    public CouncilView council(Actor actor, CouncilId id) {
        actor.require(Permission.READ_COUNCILS);
        return view(actor, loadCouncil(actor, id));
    }

    @Override
    public Slice<CouncilView> councils(Actor actor, AreaCode area, Optional<CouncilKind> kind, PageRequest page) {
        actor.require(Permission.READ_COUNCILS);
        requireArea(actor, area);
        return councils.within(area, kind, page).map(c -> view(actor, c));
    }

    @Override
    public Slice<Meeting> meetings(Actor actor, CouncilId council, PageRequest page) {
        actor.require(Permission.READ_COUNCILS);
        return councils.meetings(loadCouncil(actor, council).id(), page);
    }

    @Override
    public TopicView topic(Actor actor, TopicId id) {
        actor.require(Permission.READ_COUNCILS);
        return view(actor, loadTopic(actor, id), clock.instant());
    }

    @Override
    public Slice<TopicView> topics(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_COUNCILS);
        requireArea(actor, area);
        Instant now = clock.instant();
        return topics.within(area, page).map(t -> view(actor, t, now));
    }

    @Override
    public Slice<TopicView> topicsAwaitingFeedback(Actor actor, AreaCode area, PageRequest page) {
        actor.require(Permission.READ_COUNCILS);
        requireArea(actor, area);
        Instant now = clock.instant();
        return topics.openWithoutFeedback(area, page).map(t -> view(actor, t, now));
    }

    @Override
    public AssessmentView assessment(Actor actor, AssessmentId id) {
        actor.require(Permission.READ_STABILITY_RISK);
        return AssessmentView.of(loadAssessment(actor, id), shown(actor));
    }

    @Override
    public Slice<DisclosureItem> disclosures(Actor actor, AreaCode community, Optional<YearMonth> period, PageRequest page) {
        actor.require(Permission.READ_DISCLOSURES);
        requireCommunity(community);
        actor.requireJurisdiction(community, "community", community);
        return disclosures.items(community, period, page);
    }

    @Override
    public VillageAsset asset(Actor actor, AssetId id) {
        actor.require(Permission.READ_DISCLOSURES);
        return loadAsset(actor, id);
    }

    @Override
    public Slice<VillageAsset> assets(Actor actor, AreaCode community, PageRequest page) {
        actor.require(Permission.READ_DISCLOSURES);
        requireCommunity(community);
        actor.requireJurisdiction(community, "community", community);
        return disclosures.assets(community, page);
    }

    @Override
    public PublicBoard publicBoard(AreaCode community, Optional<YearMonth> period, PageRequest page) {
        requireCommunity(community);
        if (page.limit() > MAX_PAGE) {
            throw new InvalidValueException("limit", "the public view gives at most " + MAX_PAGE + " items a page");
        }
        DisclosureBoard board = disclosures.board(community).orElseThrow(() -> new NotFoundException("community", community));
        return new PublicBoard(board, disclosures.items(community, period, page));
    }

    // Reports and figures

    @Override
    public Slice<DisclosureBoard> silentBoards(Actor actor, AreaCode area, YearMonth period, PageRequest page) {
        actor.require(Permission.READ_CONSULTATION_REPORTS);
        requireArea(actor, area);
        if (period == null) {
            throw new InvalidValueException("period", "the month is required, as 2026-11");
        }
        return disclosures.silentBoards(area, period, page);
    }

    @Override
    public Slice<LateDisposal> lateDisposals(Actor actor, AreaCode area, int days, PageRequest page) {
        actor.require(Permission.READ_CONSULTATION_REPORTS);
        requireArea(actor, area);
        if (days < 1 || days > MAX_DISCLOSURE_DAYS) {
            throw new InvalidValueException("days", "the days allowed for disclosure are 1 to " + MAX_DISCLOSURE_DAYS + ", got " + days);
        }
        return disclosures.lateDisposals(area, days, today(), page);
    }

    @Override
    public ConsultationFigures figures(Actor actor, AreaCode area, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_CONSULTATION_FIGURES);
        requireArea(actor, area);
        requireFiguresPeriod(from, to);
        return figures(area, from, to, topics.count(area, from, to), disclosures.coverage(area, from, to));
    }

    @Override
    public List<ConsultationFigures> figuresByArea(Actor actor, AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        actor.require(Permission.READ_CONSULTATION_FIGURES);
        requireArea(actor, within);
        if (level == null || !within.level().isAbove(level)) {
            throw new InvalidValueException("level", "the areas counted lie below " + within + ", not at " + level);
        }
        requireFiguresPeriod(from, to);
        Map<AreaCode, TopicRepository.TopicCount> raised = topics.countByArea(within, level, from, to);
        Map<AreaCode, DisclosureRepository.Coverage> boards = disclosures.coverageByArea(within, level, from, to);
        Set<AreaCode> areas = new TreeSet<>(raised.keySet());
        areas.addAll(boards.keySet());
        return areas.stream().map(a -> figures(a, from, to, raised.getOrDefault(a, new TopicRepository.TopicCount(0, 0, 0)),
                boards.getOrDefault(a, new DisclosureRepository.Coverage(0, 0)))).toList();
    }

    private static ConsultationFigures figures(AreaCode area, LocalDate from, LocalDate to, TopicRepository.TopicCount t,
                                               DisclosureRepository.Coverage d) {
        return new ConsultationFigures(area, from, to, t.raised(), t.closedWithFeedback(), t.openWithoutFeedback(),
                d.boards(), d.disclosing());
    }

    private static void requireFiguresPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidValueException(from == null ? "from" : "to", "the period's first and last days are required");
        }
        if (to.isBefore(from)) {
            throw new InvalidValueException("to", "the period ends (" + to + ") before it starts (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_REPORT_DAYS) {
            throw new InvalidValueException("to", "a period covers at most " + MAX_REPORT_DAYS + " days");
        }
    }

    // Shared

    private static void requireArea(Actor actor, AreaCode area) {
        if (area == null) {
            throw new InvalidValueException("area", "the area is required");
        }
        actor.requireJurisdiction(area, "area", area);
    }

    private static void requireCommunity(AreaCode community) {
        if (community == null || community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("community", "a board is a community's (a 12-digit code)");
        }
    }

    private LocalDate today() {
        return WorkingTime.dateOf(clock.instant());
    }

    private CouncilView view(Actor actor, Council c) {
        PersonalData shown = shown(actor);
        LocalDate today = today();
        List<MemberView> members = c.members().stream().map(m -> MemberView.of(m, shown, today)).toList();
        return new CouncilView(c, members);
    }

    private static TopicView view(Actor actor, Topic t, Instant now) {
        PersonalData shown = shown(actor);
        List<Opinion> opinions = t.opinions().stream()
                .map(o -> new Opinion(o.seq(), shown.name(o.speaker()), o.capacity(), o.content(), o.at())).toList();
        return new TopicView(t, opinions, t.ageDays(now), !shown.isClear());
    }

    private static PersonalData shown(Actor actor) {
        return PersonalData.shownAs(actor.mayReadPersonalData());
    }
}
